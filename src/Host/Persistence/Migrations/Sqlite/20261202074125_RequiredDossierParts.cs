using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RequiredDossierParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "NomineeId",
                table: "Attachments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartCode",
                table: "Attachments",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RequiredParts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AwardTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Procedure = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PerNominee = table.Column<bool>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequiredParts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequiredParts_AwardTypes_AwardTypeId",
                        column: x => x.AwardTypeId,
                        principalTable: "AwardTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_NomineeId",
                table: "Attachments",
                column: "NomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_RequiredParts_AwardTypeId_Procedure_Code",
                table: "RequiredParts",
                columns: new[] { "AwardTypeId", "Procedure", "Code" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Attachments_Nominees_NomineeId",
                table: "Attachments",
                column: "NomineeId",
                principalTable: "Nominees",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Attachments_Nominees_NomineeId",
                table: "Attachments");

            migrationBuilder.DropTable(
                name: "RequiredParts");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_NomineeId",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "NomineeId",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "PartCode",
                table: "Attachments");
        }
    }
}
