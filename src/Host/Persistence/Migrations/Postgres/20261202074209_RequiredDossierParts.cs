using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartCode",
                table: "Attachments",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RequiredParts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AwardTypeId = table.Column<int>(type: "integer", nullable: false),
                    Procedure = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PerNominee = table.Column<bool>(type: "boolean", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
