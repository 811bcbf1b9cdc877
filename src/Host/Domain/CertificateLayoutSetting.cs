using System.Text.Json;
using ToanDan.Awards.Host.Documents;

namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// Where the administrator placed the certificate text on the pre-printed form. One row, created by the migration;
/// while nothing is saved the configuration's layout (<c>Documents:Certificate</c>) applies.
/// </summary>
public sealed class CertificateLayoutSetting
{
    public const int SingletonId = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private CertificateLayoutSetting() { }

    public int Id { get; private set; } = SingletonId;

    /// <summary>The saved layout as JSON, or null: the configuration's layout applies.</summary>
    public string? LayoutJson { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }
    public string? ChangedBy { get; private set; }

    public bool IsSaved => LayoutJson is not null;

    /// <summary>The saved layout, or <paramref name="configured"/> while none is saved.</summary>
    public CertificateLayout LayoutOr(CertificateLayout configured) =>
        LayoutJson is null ? configured : JsonSerializer.Deserialize<CertificateLayout>(LayoutJson, Json) ?? configured;

    public void Save(CertificateLayout layout, string by, DateTimeOffset at) =>
        (LayoutJson, ChangedBy, ChangedAt) = (JsonSerializer.Serialize(layout, Json), by, at);

    /// <summary>Goes back to the configuration's layout.</summary>
    public void Reset(string by, DateTimeOffset at) => (LayoutJson, ChangedBy, ChangedAt) = (null, by, at);
}
