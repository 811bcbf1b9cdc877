namespace ToanDan.Awards.Host.Persistence.Migrations;

/// <summary>
/// What the CertificateLayoutPerAwardType migrations of both providers carry between the single layout of before and the
/// Giấy khen's layout (the award type whose certificates it mostly printed); the SQL is the same on SQLite and PostgreSQL.
/// </summary>
internal static class CertificateLayoutCarry
{
    private const string GiayKhen = $"SELECT a.\"Id\" FROM \"AwardTypes\" a WHERE a.\"Code\" = '{Domain.CertificateLayoutSetting.LegacyAwardTypeCode}'";

    public const string Up = $"""
        INSERT INTO "CertificateLayouts" ("AwardTypeId", "LayoutJson", "ChangedAt", "ChangedBy")
        SELECT ({GiayKhen}), s."LayoutJson", s."ChangedAt", s."ChangedBy" FROM "CertificateLayoutSettings" s
        WHERE s."LayoutJson" IS NOT NULL AND EXISTS ({GiayKhen});
        """;

    public const string Down = $"""
        UPDATE "CertificateLayoutSettings" SET
            "LayoutJson" = (SELECT l."LayoutJson" FROM "CertificateLayouts" l WHERE l."AwardTypeId" = ({GiayKhen})),
            "ChangedAt" = (SELECT l."ChangedAt" FROM "CertificateLayouts" l WHERE l."AwardTypeId" = ({GiayKhen})),
            "ChangedBy" = (SELECT l."ChangedBy" FROM "CertificateLayouts" l WHERE l."AwardTypeId" = ({GiayKhen}))
        WHERE "Id" = 1;
        """;
}
