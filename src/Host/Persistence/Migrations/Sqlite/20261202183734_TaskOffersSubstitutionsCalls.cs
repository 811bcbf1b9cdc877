using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TaskOffersSubstitutionsCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_AssignedTo_ClosedAt",
                table: "WorkItems",
                columns: new[] { "AssignedTo", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_ParentInstanceId",
                table: "WorkflowInstances",
                column: "ParentInstanceId");

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
                name: "Substitutions");

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
        }
    }
}
