using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PastAwardsAndFormerCitizenIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FormerCitizenId",
                table: "Nominees",
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormerCitizenId",
                table: "DecisionAwardees",
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            // A 9-digit number kept as the citizen ID was always the old CMND: it moves to its own column.
            foreach (var table in new[] { "Nominees", "DecisionAwardees" })
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"FormerCitizenId\" = \"CitizenId\", \"CitizenId\" = NULL WHERE length(\"CitizenId\") = 9;");

            migrationBuilder.CreateTable(
                name: "PastAwards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Batch = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CitizenId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    FormerCitizenId = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PastAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PastAwards_AwardTypes_AwardTypeId",
                        column: x => x.AwardTypeId,
                        principalTable: "AwardTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PastAwards_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Nominees_FormerCitizenId",
                table: "Nominees",
                column: "FormerCitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_FormerCitizenId",
                table: "DecisionAwardees",
                column: "FormerCitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_PastAwards_AwardTypeId",
                table: "PastAwards",
                column: "AwardTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_PastAwards_Batch",
                table: "PastAwards",
                column: "Batch");

            migrationBuilder.CreateIndex(
                name: "IX_PastAwards_CitizenId",
                table: "PastAwards",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_PastAwards_FormerCitizenId",
                table: "PastAwards",
                column: "FormerCitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_PastAwards_IssuedOn",
                table: "PastAwards",
                column: "IssuedOn");

            migrationBuilder.CreateIndex(
                name: "IX_PastAwards_NameKey",
                table: "PastAwards",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_PastAwards_UnitId",
                table: "PastAwards",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "Nominees", "DecisionAwardees" })
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"CitizenId\" = \"FormerCitizenId\" WHERE \"CitizenId\" IS NULL AND \"FormerCitizenId\" IS NOT NULL;");

            migrationBuilder.DropTable(
                name: "PastAwards");

            migrationBuilder.DropIndex(
                name: "IX_Nominees_FormerCitizenId",
                table: "Nominees");

            migrationBuilder.DropIndex(
                name: "IX_DecisionAwardees_FormerCitizenId",
                table: "DecisionAwardees");

            migrationBuilder.DropColumn(
                name: "FormerCitizenId",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "FormerCitizenId",
                table: "DecisionAwardees");
        }
    }
}
