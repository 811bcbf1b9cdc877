using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ToanDan.Awards.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignedDecisionCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SignedDecisionCopies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAfterSigning = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedDecisionCopies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedDecisionCopies_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignedCopySignatures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CertificateSubject = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    CertificateIssuer = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    CertificateThumbprint = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SigningTime = table.Column<long>(type: "INTEGER", nullable: true),
                    Valid = table.Column<bool>(type: "INTEGER", nullable: false),
                    CoversWholeDocument = table.Column<bool>(type: "INTEGER", nullable: false),
                    Trusted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    TrustNote = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    SignedDecisionCopyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedCopySignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedCopySignatures_SignedDecisionCopies_SignedDecisionCopyId",
                        column: x => x.SignedDecisionCopyId,
                        principalTable: "SignedDecisionCopies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignedCopySignatures_SignedDecisionCopyId",
                table: "SignedCopySignatures",
                column: "SignedDecisionCopyId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedDecisionCopies_DecisionId_UploadedAt",
                table: "SignedDecisionCopies",
                columns: new[] { "DecisionId", "UploadedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignedCopySignatures");

            migrationBuilder.DropTable(
                name: "SignedDecisionCopies");
        }
    }
}
