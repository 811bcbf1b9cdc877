using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "On hold" became "postponed" (tạm hoãn), its own state.
            migrationBuilder.Sql("UPDATE \"Nominations\" SET \"Status\" = 'Postponed' WHERE \"Status\" = 'OnHold';");

            migrationBuilder.DropForeignKey(
                name: "FK_Decisions_Nominations_NominationId",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_NominationId",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_Symbol_Year_Number",
                table: "Decisions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DecisionCounters",
                table: "DecisionCounters");

            migrationBuilder.DropColumn(
                name: "Symbol",
                table: "DecisionCounters");

            migrationBuilder.DropColumn(
                name: "DecisionSymbol",
                table: "AwardTypes");

            migrationBuilder.RenameColumn(
                name: "NominationId",
                table: "Decisions",
                newName: "SignedOnBehalf");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DisclosureFrom",
                table: "Rounds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DisclosureTo",
                table: "Rounds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IssuerId",
                table: "Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ReopenedAt",
                table: "Rounds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReopenedBy",
                table: "Rounds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "Rounds",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "AwardedAt",
                table: "Nominees",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionId",
                table: "Nominees",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPostponed",
                table: "Nominees",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LeftOutReason",
                table: "Nominees",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostponeReason",
                table: "Nominees",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PostponedAt",
                table: "Nominees",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostponedBy",
                table: "Nominees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Year",
                table: "Decisions",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "Number",
                table: "Decisions",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "IssuedOn",
                table: "Decisions",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            migrationBuilder.AddColumn<long>(
                name: "DraftedAt",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "DraftedBy",
                table: "Decisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "IssuerId",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OfficeUnitId",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RoundId",
                table: "Decisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SignedAt",
                table: "Decisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedBy",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerName",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerTitle",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Decisions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "IssuerId",
                table: "DecisionCounters",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NominationId",
                table: "DecisionAwardees",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Sex",
                table: "DecisionAwardees",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnitId",
                table: "DecisionAwardees",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "UnitName",
                table: "DecisionAwardees",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "IssuerKind",
                table: "AwardTypes",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_DecisionCounters",
                table: "DecisionCounters",
                columns: new[] { "IssuerId", "Year" });

            migrationBuilder.CreateTable(
                name: "Issuers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ParentAuthority = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecisionSymbol = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeciderTitle = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DeciderName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DeputyTitle = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Deputies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SignerRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LegalBases = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Issuers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Issuers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoundAwardTypes",
                columns: table => new
                {
                    AwardTypesId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundAwardTypes", x => new { x.AwardTypesId, x.RoundId });
                    table.ForeignKey(
                        name: "FK_RoundAwardTypes_AwardTypes_AwardTypesId",
                        column: x => x.AwardTypesId,
                        principalTable: "AwardTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoundAwardTypes_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Rounds_IssuerId",
                table: "Rounds",
                column: "IssuerId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominees_DecisionId",
                table: "Nominees",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_IssuerId_Year_Number",
                table: "Decisions",
                columns: new[] { "IssuerId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RoundId_Status",
                table: "Decisions",
                columns: new[] { "RoundId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_NominationId",
                table: "DecisionAwardees",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_Issuers_Code",
                table: "Issuers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Issuers_Kind_UnitId",
                table: "Issuers",
                columns: new[] { "Kind", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Issuers_UnitId",
                table: "Issuers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundAwardTypes_RoundId",
                table: "RoundAwardTypes",
                column: "RoundId");

            migrationBuilder.AddForeignKey(
                name: "FK_Decisions_Issuers_IssuerId",
                table: "Decisions",
                column: "IssuerId",
                principalTable: "Issuers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Decisions_Rounds_RoundId",
                table: "Decisions",
                column: "RoundId",
                principalTable: "Rounds",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Nominees_Decisions_DecisionId",
                table: "Nominees",
                column: "DecisionId",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Rounds_Issuers_IssuerId",
                table: "Rounds",
                column: "IssuerId",
                principalTable: "Issuers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Decisions_Issuers_IssuerId",
                table: "Decisions");

            migrationBuilder.DropForeignKey(
                name: "FK_Decisions_Rounds_RoundId",
                table: "Decisions");

            migrationBuilder.DropForeignKey(
                name: "FK_Nominees_Decisions_DecisionId",
                table: "Nominees");

            migrationBuilder.DropForeignKey(
                name: "FK_Rounds_Issuers_IssuerId",
                table: "Rounds");

            migrationBuilder.DropTable(
                name: "Issuers");

            migrationBuilder.DropTable(
                name: "RoundAwardTypes");

            migrationBuilder.DropIndex(
                name: "IX_Rounds_IssuerId",
                table: "Rounds");

            migrationBuilder.DropIndex(
                name: "IX_Nominees_DecisionId",
                table: "Nominees");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_IssuerId_Year_Number",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_RoundId_Status",
                table: "Decisions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DecisionCounters",
                table: "DecisionCounters");

            migrationBuilder.DropIndex(
                name: "IX_DecisionAwardees_NominationId",
                table: "DecisionAwardees");

            migrationBuilder.DropColumn(
                name: "DisclosureFrom",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "DisclosureTo",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "IssuerId",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ReopenedAt",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ReopenedBy",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "State",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "AwardedAt",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "DecisionId",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "IsPostponed",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "LeftOutReason",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "PostponeReason",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "PostponedAt",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "PostponedBy",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "DraftedAt",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "DraftedBy",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "IssuerId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "OfficeUnitId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "RoundId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SignedAt",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SignedBy",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SignerName",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SignerTitle",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "IssuerId",
                table: "DecisionCounters");

            migrationBuilder.DropColumn(
                name: "NominationId",
                table: "DecisionAwardees");

            migrationBuilder.DropColumn(
                name: "Sex",
                table: "DecisionAwardees");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "DecisionAwardees");

            migrationBuilder.DropColumn(
                name: "UnitName",
                table: "DecisionAwardees");

            migrationBuilder.DropColumn(
                name: "IssuerKind",
                table: "AwardTypes");

            migrationBuilder.RenameColumn(
                name: "SignedOnBehalf",
                table: "Decisions",
                newName: "NominationId");

            migrationBuilder.AlterColumn<int>(
                name: "Year",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Number",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "IssuedOn",
                table: "Decisions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Symbol",
                table: "DecisionCounters",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DecisionSymbol",
                table: "AwardTypes",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_DecisionCounters",
                table: "DecisionCounters",
                columns: new[] { "Symbol", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_NominationId",
                table: "Decisions",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_Symbol_Year_Number",
                table: "Decisions",
                columns: new[] { "Symbol", "Year", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Decisions_Nominations_NominationId",
                table: "Decisions",
                column: "NominationId",
                principalTable: "Nominations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
