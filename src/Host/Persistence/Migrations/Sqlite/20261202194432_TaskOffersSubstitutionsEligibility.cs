using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TaskOffersSubstitutionsEligibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The key ring's table (DataProtectionKeys) is SharedKeyRing's, an earlier migration merged from another branch.
            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "WorkItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CandidateUsers",
                table: "WorkItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "WorkItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedOnBehalfOf",
                table: "WorkItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentCallId",
                table: "WorkflowInstances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentInstanceId",
                table: "WorkflowInstances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GroupCode",
                table: "Nominees",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HonoursHeld",
                table: "Nominees",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<bool>(
                name: "PendingComplaint",
                table: "Nominees",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PendingDiscipline",
                table: "Nominees",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PendingInspection",
                table: "Nominees",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ServicePeriods",
                table: "Nominees",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.CreateTable(
                name: "AreaDesignations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaDesignations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AreaDesignations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EligibilityRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AwardTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MinYearsMen = table.Column<int>(type: "INTEGER", nullable: true),
                    MinYearsWomen = table.Column<int>(type: "INTEGER", nullable: true),
                    DoubleTimeCounts = table.Column<bool>(type: "INTEGER", nullable: false),
                    Honour = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Matter = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SourceNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilityRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibilityRules_AwardTypes_AwardTypeId",
                        column: x => x.AwardTypeId,
                        principalTable: "AwardTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NomineeGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AwardTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NomineeGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NomineeGroups_AwardTypes_AwardTypeId",
                        column: x => x.AwardTypeId,
                        principalTable: "AwardTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Substitutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Principal = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Deputy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Substitutions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EligibilityConfirmations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NomineeId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilityConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibilityConfirmations_EligibilityRules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "EligibilityRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EligibilityConfirmations_Nominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "Nominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_AssignedTo_ClosedAt",
                table: "WorkItems",
                columns: new[] { "AssignedTo", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_ParentInstanceId",
                table: "WorkflowInstances",
                column: "ParentInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_AreaDesignations_UnitId",
                table: "AreaDesignations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityConfirmations_NomineeId_RuleId",
                table: "EligibilityConfirmations",
                columns: new[] { "NomineeId", "RuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityConfirmations_RuleId",
                table: "EligibilityConfirmations",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityRules_AwardTypeId_Order",
                table: "EligibilityRules",
                columns: new[] { "AwardTypeId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_NomineeGroups_AwardTypeId_Code",
                table: "NomineeGroups",
                columns: new[] { "AwardTypeId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_Deputy_To",
                table: "Substitutions",
                columns: new[] { "Deputy", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_Principal_To",
                table: "Substitutions",
                columns: new[] { "Principal", "To" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AreaDesignations");

            migrationBuilder.DropTable(
                name: "EligibilityConfirmations");

            migrationBuilder.DropTable(
                name: "NomineeGroups");

            migrationBuilder.DropTable(
                name: "Substitutions");

            migrationBuilder.DropTable(
                name: "EligibilityRules");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_AssignedTo_ClosedAt",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_ParentInstanceId",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "CandidateUsers",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "ClosedOnBehalfOf",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "ParentCallId",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "ParentInstanceId",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "GroupCode",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "HonoursHeld",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "PendingComplaint",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "PendingDiscipline",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "PendingInspection",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "ServicePeriods",
                table: "Nominees");
        }
    }
}
