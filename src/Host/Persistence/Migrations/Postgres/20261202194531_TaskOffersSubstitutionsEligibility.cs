using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CandidateUsers",
                table: "WorkItems",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "WorkItems",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedOnBehalfOf",
                table: "WorkItems",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentCallId",
                table: "WorkflowInstances",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentInstanceId",
                table: "WorkflowInstances",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GroupCode",
                table: "Nominees",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HonoursHeld",
                table: "Nominees",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<bool>(
                name: "PendingComplaint",
                table: "Nominees",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PendingDiscipline",
                table: "Nominees",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PendingInspection",
                table: "Nominees",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ServicePeriods",
                table: "Nominees",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.CreateTable(
                name: "AreaDesignations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AwardTypeId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    GroupCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    MinYearsMen = table.Column<int>(type: "integer", nullable: true),
                    MinYearsWomen = table.Column<int>(type: "integer", nullable: true),
                    DoubleTimeCounts = table.Column<bool>(type: "boolean", nullable: false),
                    Honour = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Matter = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SourceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AwardTypeId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Principal = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Deputy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Substitutions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EligibilityConfirmations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NomineeId = table.Column<int>(type: "integer", nullable: false),
                    RuleId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
