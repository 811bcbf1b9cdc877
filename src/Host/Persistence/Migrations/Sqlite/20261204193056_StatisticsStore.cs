using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatisticsStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DossierTallies",
                columns: table => new
                {
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AwardTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedDay = table.Column<int>(type: "INTEGER", nullable: false),
                    NominatedCollectives = table.Column<int>(type: "INTEGER", nullable: false),
                    NominatedIndividuals = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedCollectives = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedIndividuals = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusedCollectives = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusedIndividuals = table.Column<int>(type: "INTEGER", nullable: false),
                    PostponedCollectives = table.Column<int>(type: "INTEGER", nullable: false),
                    PostponedIndividuals = table.Column<int>(type: "INTEGER", nullable: false),
                    Ancestors = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StepDays = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierTallies", x => x.NominationId);
                });

            migrationBuilder.CreateTable(
                name: "StepTimeTallies",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    AwardTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepTimeTallies", x => new { x.UnitId, x.Month, x.AwardTypeId, x.RoundId, x.Step, x.Days });
                });

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
                name: "DossierTallies");

            migrationBuilder.DropTable(
                name: "StepTimeTallies");

            migrationBuilder.DropTable(
                name: "UnitTallies");
        }
    }
}
