using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_UnitId_SubmittedAt",
                table: "Nominations",
                columns: new[] { "UnitId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_NominationId_ClosedAt",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_UnitId_SubmittedAt",
                table: "Nominations");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_NominationId_ClosedAt",
                table: "WorkItems",
                columns: new[] { "NominationId", "ClosedAt" });
        }
    }
}
