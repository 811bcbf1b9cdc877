using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CouncilAndUnitNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AdHoc",
                table: "PastAwards",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "CouncilVotes",
                table: "Nominees",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TiePreferenceBasis",
                table: "AwardTypes",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "Nguyên tắc khen thưởng: khi các cá nhân, tập thể cùng đủ điều kiện, tiêu chuẩn thì ưu tiên cá nhân nữ, tập thể có tỷ lệ nữ từ 70% trở lên (Luật Thi đua, khen thưởng số 06/2022/QH15 và nghị định quy định chi tiết; trước đây khoản 3 Điều 2 Nghị định 65/2014/NĐ-CP). Cần đối chiếu điều, khoản của văn bản đang có hiệu lực.");

            migrationBuilder.AddColumn<int>(
                name: "WomenCollectivePercent",
                table: "AwardTypes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 70);

            migrationBuilder.CreateTable(
                name: "UnitNames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitNames_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnitNames_UnitId_Until",
                table: "UnitNames",
                columns: new[] { "UnitId", "Until" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnitNames");

            migrationBuilder.DropColumn(
                name: "AdHoc",
                table: "PastAwards");

            migrationBuilder.DropColumn(
                name: "CouncilVotes",
                table: "Nominees");

            migrationBuilder.DropColumn(
                name: "TiePreferenceBasis",
                table: "AwardTypes");

            migrationBuilder.DropColumn(
                name: "WomenCollectivePercent",
                table: "AwardTypes");
        }
    }
}
