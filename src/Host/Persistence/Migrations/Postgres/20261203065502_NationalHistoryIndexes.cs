using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NationalHistoryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_AssignedTo_ClosedAt",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_NominationId",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Role_UnitId_ClosedAt",
                table: "WorkItems");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_NominationId_ClosedAt",
                table: "WorkItems",
                columns: new[] { "NominationId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Open_AssignedTo",
                table: "WorkItems",
                column: "AssignedTo",
                filter: "\"ClosedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Open_CandidateUsers",
                table: "WorkItems",
                column: "CandidateUsers",
                filter: "\"ClosedAt\" IS NULL AND \"CandidateUsers\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Open_Role_UnitId",
                table: "WorkItems",
                columns: new[] { "Role", "UnitId" },
                filter: "\"ClosedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_SubmittedAt",
                table: "Nominations",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_IssuedOn",
                table: "Decisions",
                column: "IssuedOn");

            // The dossier search by name: a trigram GIN index over the folded names (NameSearch); pg_trgm is a trusted extension.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_Nominees_NameKey_Trigram\" ON \"Nominees\" USING gin (\"NameKey\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Nominees_NameKey_Trigram\";");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_NominationId_ClosedAt",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Open_AssignedTo",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Open_CandidateUsers",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Open_Role_UnitId",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_SubmittedAt",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_IssuedOn",
                table: "Decisions");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_AssignedTo_ClosedAt",
                table: "WorkItems",
                columns: new[] { "AssignedTo", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_NominationId",
                table: "WorkItems",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Role_UnitId_ClosedAt",
                table: "WorkItems",
                columns: new[] { "Role", "UnitId", "ClosedAt" });
        }
    }
}
