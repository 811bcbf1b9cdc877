using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
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

            // The dossier search by name: an FTS5 trigram index over the folded names (NameSearch), kept by triggers.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"NomineeNameSearch\" USING fts5(\"NameKey\", content='Nominees', content_rowid='Id', tokenize='trigram');");
            migrationBuilder.Sql("CREATE TRIGGER \"Nominees_NameSearch_Insert\" AFTER INSERT ON \"Nominees\" BEGIN " +
                "INSERT INTO \"NomineeNameSearch\" (rowid, \"NameKey\") VALUES (new.\"Id\", new.\"NameKey\"); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"Nominees_NameSearch_Delete\" AFTER DELETE ON \"Nominees\" BEGIN " +
                "INSERT INTO \"NomineeNameSearch\" (\"NomineeNameSearch\", rowid, \"NameKey\") VALUES ('delete', old.\"Id\", old.\"NameKey\"); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"Nominees_NameSearch_Update\" AFTER UPDATE OF \"NameKey\" ON \"Nominees\" BEGIN " +
                "INSERT INTO \"NomineeNameSearch\" (\"NomineeNameSearch\", rowid, \"NameKey\") VALUES ('delete', old.\"Id\", old.\"NameKey\"); " +
                "INSERT INTO \"NomineeNameSearch\" (rowid, \"NameKey\") VALUES (new.\"Id\", new.\"NameKey\"); END;");
            migrationBuilder.Sql("INSERT INTO \"NomineeNameSearch\" (\"NomineeNameSearch\") VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Nominees_NameSearch_Update\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Nominees_NameSearch_Delete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Nominees_NameSearch_Insert\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"NomineeNameSearch\";");

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
