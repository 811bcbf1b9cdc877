using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Postgres
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
                    NominationId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    AwardTypeId = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    SubmittedDay = table.Column<int>(type: "integer", nullable: false),
                    NominatedCollectives = table.Column<int>(type: "integer", nullable: false),
                    NominatedIndividuals = table.Column<int>(type: "integer", nullable: false),
                    ApprovedCollectives = table.Column<int>(type: "integer", nullable: false),
                    ApprovedIndividuals = table.Column<int>(type: "integer", nullable: false),
                    RefusedCollectives = table.Column<int>(type: "integer", nullable: false),
                    RefusedIndividuals = table.Column<int>(type: "integer", nullable: false),
                    PostponedCollectives = table.Column<int>(type: "integer", nullable: false),
                    PostponedIndividuals = table.Column<int>(type: "integer", nullable: false),
                    Ancestors = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StepDays = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierTallies", x => x.NominationId);
                });

            migrationBuilder.CreateTable(
                name: "StepTimeTallies",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    AwardTypeId = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Step = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepTimeTallies", x => new { x.UnitId, x.Month, x.AwardTypeId, x.RoundId, x.Step, x.Days });
                });

            migrationBuilder.CreateTable(
                name: "UnitTallies",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    AwardTypeId = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Dossiers = table.Column<int>(type: "integer", nullable: false),
                    NominatedCollectives = table.Column<int>(type: "integer", nullable: false),
                    NominatedIndividuals = table.Column<int>(type: "integer", nullable: false),
                    ApprovedCollectives = table.Column<int>(type: "integer", nullable: false),
                    ApprovedIndividuals = table.Column<int>(type: "integer", nullable: false),
                    RefusedCollectives = table.Column<int>(type: "integer", nullable: false),
                    RefusedIndividuals = table.Column<int>(type: "integer", nullable: false),
                    PostponedCollectives = table.Column<int>(type: "integer", nullable: false),
                    PostponedIndividuals = table.Column<int>(type: "integer", nullable: false)
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
