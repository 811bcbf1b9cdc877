using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ToanDan.Awards.Host.Documents;

namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// Where the administrator placed the text of one award type's certificate on its pre-printed form. A row appears with
/// the first save; while there is none, or it was reset, the configuration's form of the award type applies
/// (<see cref="DocumentOptions.CertificateFor"/>).
/// </summary>
public sealed class CertificateLayoutSetting
{
    /// <summary>The award type the single layout of earlier versions moved to (the migration carries it there).</summary>
    public const string LegacyAwardTypeCode = CertificateLayouts.GiayKhen;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private CertificateLayoutSetting() { }

    public CertificateLayoutSetting(AwardType awardType) => AwardTypeId = awardType.Id;

    public int AwardTypeId { get; private set; }

    /// <summary>The saved layout as JSON, or null: the configuration's layout applies.</summary>
    public string? LayoutJson { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }
    public string? ChangedBy { get; private set; }

    public bool IsSaved => LayoutJson is not null;

    /// <summary>
    /// The saved layout, or <paramref name="configured"/> while none is saved. A layout saved before a line existed (the
    /// single five-line layout of earlier versions) takes the missing lines from <paramref name="configured"/>.
    /// </summary>
    public CertificateLayout LayoutOr(CertificateLayout configured)
    {
        if (LayoutJson is null) return configured;
        var merged = JsonSerializer.SerializeToNode(configured, Json)!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(LayoutJson)!.AsObject())
            merged[key] = value?.DeepClone();
        return merged.Deserialize<CertificateLayout>(Json) ?? configured;
    }

    public void Save(CertificateLayout layout, string by, DateTimeOffset at) =>
        (LayoutJson, ChangedBy, ChangedAt) = (JsonSerializer.Serialize(layout, Json), by, at);

    /// <summary>Goes back to the configuration's layout.</summary>
    public void Reset(string by, DateTimeOffset at) => (LayoutJson, ChangedBy, ChangedAt) = (null, by, at);
}
