using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatisticsStepTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_NominationId_ClosedAt",
                table: "WorkItems");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_NominationId_ClosedAt",
                table: "WorkItems",
                columns: new[] { "NominationId", "ClosedAt", "Name", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_NominationId_ClosedAt",
                table: "WorkItems");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_NominationId_ClosedAt",
                table: "WorkItems",
                columns: new[] { "NominationId", "ClosedAt" });
        }
    }
}
