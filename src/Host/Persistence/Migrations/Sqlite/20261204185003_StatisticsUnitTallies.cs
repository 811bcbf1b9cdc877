using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatisticsUnitTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DossierTallies_SubmittedDay",
                table: "DossierTallies");

            migrationBuilder.DropIndex(
                name: "IX_DossierTallies_UnitId_SubmittedDay",
                table: "DossierTallies");

            migrationBuilder.CreateTable(
                name: "UnitTallies",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AwardTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Dossiers = table.Column<int>(type: "INTEGER", nullable: false),
                    NominatedCollectives = table.Column<int>(type: "INTEGER", nullable: false),
                    NominatedIndividuals = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedCollectives = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedIndividuals = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusedCollectives = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusedIndividuals = table.Column<int>(type: "INTEGER", nullable: false),
                    PostponedCollectives = table.Column<int>(type: "INTEGER", nullable: false),
                    PostponedIndividuals = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitTallies", x => new { x.UnitId, x.AwardTypeId, x.RoundId, x.Year });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DossierTallies_SubmittedDay_Counts",
                table: "DossierTallies",
                columns: new[] { "SubmittedDay", "UnitId", "AwardTypeId", "RoundId", "NominatedCollectives", "NominatedIndividuals", "ApprovedCollectives", "ApprovedIndividuals", "RefusedCollectives", "RefusedIndividuals", "PostponedCollectives", "PostponedIndividuals" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierTallies_UnitId_Counts",
                table: "DossierTallies",
                columns: new[] { "UnitId", "SubmittedDay", "AwardTypeId", "RoundId", "NominatedCollectives", "NominatedIndividuals", "ApprovedCollectives", "ApprovedIndividuals", "RefusedCollectives", "RefusedIndividuals", "PostponedCollectives", "PostponedIndividuals" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnitTallies");

            migrationBuilder.DropIndex(
                name: "IX_DossierTallies_SubmittedDay_Counts",
                table: "DossierTallies");

            migrationBuilder.DropIndex(
                name: "IX_DossierTallies_UnitId_Counts",
                table: "DossierTallies");

            migrationBuilder.CreateIndex(
                name: "IX_DossierTallies_SubmittedDay",
                table: "DossierTallies",
                column: "SubmittedDay");

            migrationBuilder.CreateIndex(
                name: "IX_DossierTallies_UnitId_SubmittedDay",
                table: "DossierTallies",
                columns: new[] { "UnitId", "SubmittedDay" });
        }
    }
}
