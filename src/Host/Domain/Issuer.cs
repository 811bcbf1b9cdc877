namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// An authority whose head signs award decisions (Công an tỉnh, UBND tỉnh, Bộ Công an): what its documents print
/// and whose register numbers them. One national database holds many, each with its own register.
/// </summary>
public sealed class Issuer
{
    private Issuer() { }

    public Issuer(string code, string kind, Unit unit, IssuerText text)
    {
        Code = code.Trim();
        Kind = kind.Trim();
        UnitId = unit.Id;
        Unit = unit;
        Change(text);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";

    /// <summary>Which award types it decides: an award type names the kind, the nominating unit's place picks the issuer.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The unit whose subtree it decides for (a province, the ministry).</summary>
    public int UnitId { get; private set; }
    public Unit? Unit { get; private set; }

    public string Name { get; private set; } = "";
    public string ParentAuthority { get; private set; } = "";
    public string Place { get; private set; } = "";
    public string DecisionSymbol { get; private set; } = "";
    public string DeciderTitle { get; private set; } = "";
    public string DeciderName { get; private set; } = "";
    public string DeputyTitle { get; private set; } = "";
    public string Deputies { get; private set; } = "";
    public string SignerRole { get; private set; } = "";
    public string LegalBases { get; private set; } = "";
    public string Recipients { get; private set; } = "";

    /// <summary>The deputies who may sign on the decider's behalf (KT.), one per line.</summary>
    public IReadOnlyList<string> DeputyNames => Lines(Deputies);

    public IReadOnlyList<string> LegalBasisLines => Lines(LegalBases);

    public IReadOnlyList<string> RecipientLines => Lines(Recipients);

    /// <summary>The decider as the body of a decision names them: "Giám đốc Công an tỉnh Thanh Hóa".</summary>
    public string DeciderFull => $"{DeciderTitle} {Name}";

    public IssuerText Text => new(Name, ParentAuthority, Place, DecisionSymbol, DeciderTitle, DeciderName, DeputyTitle, Deputies,
        SignerRole, LegalBases, Recipients);

    public void Change(IssuerText text)
    {
        Name = Required(text.Name, "Tên cơ quan ban hành");
        ParentAuthority = (text.ParentAuthority ?? "").Trim();
        Place = Required(text.Place, "Địa danh ghi trên văn bản");
        DecisionSymbol = Required(text.DecisionSymbol, "Ký hiệu quyết định");
        DeciderTitle = Required(text.DeciderTitle, "Chức danh người ký");
        DeciderName = Required(text.DeciderName, "Họ tên người ký");
        DeputyTitle = (text.DeputyTitle ?? "").Trim();
        Deputies = Normalise(text.Deputies);
        SignerRole = Required(text.SignerRole, "Vai trò ký quyết định");
        LegalBases = Normalise(text.LegalBases);
        Recipients = Normalise(text.Recipients);
        if (DeputyNames.Count > 0 && DeputyTitle.Length == 0)
            throw new DomainException("Có cấp phó ký thay thì phải ghi chức danh cấp phó (ví dụ: Phó Giám đốc).", "deputyTitle");
    }

    /// <summary>Who may sign: the decider, or a listed deputy "KT." on the decider's behalf.</summary>
    public Signatory Signatory(string? deputyName)
    {
        if (string.IsNullOrWhiteSpace(deputyName)) return new Signatory(DeciderName, DeciderTitle, OnBehalf: false);
        var name = DeputyNames.FirstOrDefault(d => string.Equals(d, deputyName.Trim(), StringComparison.Ordinal))
            ?? throw new DomainException($"'{deputyName.Trim()}' không có trong danh sách cấp phó được ký thay của {Name}.", "deputy");
        return new Signatory(name, DeputyTitle, OnBehalf: true);
    }

    private static IReadOnlyList<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string Normalise(string? text) => string.Join('\n', Lines(text ?? ""));

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"{field} không được để trống.", "issuer") : value.Trim();
}

/// <summary>What an administrator edits of an issuer; multi-line fields hold one item per line.</summary>
public sealed record IssuerText(string? Name, string? ParentAuthority, string? Place, string? DecisionSymbol, string? DeciderTitle,
    string? DeciderName, string? DeputyTitle, string? Deputies, string? SignerRole, string? LegalBases, string? Recipients);

/// <summary>The person printed under a decision: the decider, or a deputy signing "KT." for them.</summary>
public sealed record Signatory(string Name, string Title, bool OnBehalf);

/// <summary>The kinds of issuer an award type can name, with their Vietnamese names.</summary>
public static class IssuerKinds
{
    public const string ProvincePolice = "province-police";
    public const string ProvinceCommittee = "province-committee";
    public const string Ministry = "ministry";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [ProvincePolice] = "Công an tỉnh",
        [ProvinceCommittee] = "Ủy ban nhân dân tỉnh",
        [Ministry] = "Bộ Công an",
    };
}
