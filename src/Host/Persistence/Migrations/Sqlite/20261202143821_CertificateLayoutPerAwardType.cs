using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <summary>One certificate layout per award type; a layout saved in the single row of before becomes the Giấy khen's.</summary>
    public partial class CertificateLayoutPerAwardType : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CertificateLayouts",
                columns: table => new
                {
                    AwardTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    LayoutJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateLayouts", x => x.AwardTypeId);
                    table.ForeignKey(
                        name: "FK_CertificateLayouts_AwardTypes_AwardTypeId",
                        column: x => x.AwardTypeId,
                        principalTable: "AwardTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(CertificateLayoutCarry.Up);

            migrationBuilder.DropTable(
                name: "CertificateLayoutSettings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CertificateLayoutSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LayoutJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateLayoutSettings", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "CertificateLayoutSettings",
                columns: new[] { "Id", "ChangedAt", "ChangedBy", "LayoutJson" },
                values: new object[] { 1, null, null, null });

            migrationBuilder.Sql(CertificateLayoutCarry.Down);

            migrationBuilder.DropTable(
                name: "CertificateLayouts");
        }
    }
}
