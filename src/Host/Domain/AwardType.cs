namespace ToanDan.Awards.Host.Domain;

/// <summary>A kind of award (Giấy khen, Bằng khen, Kỷ niệm chương) and its rules; administrators edit it.</summary>
public sealed class AwardType
{
    public static NotFoundException NotFound(int id) => new($"Không tìm thấy loại khen thưởng số {id}.");

    private AwardType() { }

    public AwardType(string code, string name, string decider, string issuerKind, bool allowsCollectives,
        bool allowsIndividuals, bool oncePerLifetime, string workflowKey, string criteria)
    {
        Code = code;
        Update(name, decider, issuerKind, allowsCollectives, allowsIndividuals, oncePerLifetime, workflowKey, criteria);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>Who decides, as written on the decision ("Giám đốc Công an tỉnh").</summary>
    public string Decider { get; private set; } = "";

    /// <summary>Which kind of issuer decides it (<see cref="IssuerKinds"/>); the nominating unit's place picks the issuer.</summary>
    public string IssuerKind { get; private set; } = "";

    public bool AllowsCollectives { get; private set; }
    public bool AllowsIndividuals { get; private set; }
    public bool OncePerLifetime { get; private set; }
    public string WorkflowKey { get; private set; } = "";
    public string Criteria { get; private set; } = "";

    /// <summary>On a tie the council prefers women and collectives with at least this share of women, in per cent.</summary>
    public int WomenCollectivePercent { get; private set; } = TiePreference.DefaultPercent;

    /// <summary>The law the tie preference comes from, as the administrator cites it.</summary>
    public string TiePreferenceBasis { get; private set; } = TiePreference.DefaultBasis;

    /// <summary>Changes the share of women that makes a collective preferred on a tie, and its legal basis.</summary>
    public void SetTiePreference(int percent, string legalBasis)
    {
        if (percent is < 1 or > 100) throw new DomainException(TiePreference.PercentRange, "womenCollectivePercent");
        if (string.IsNullOrWhiteSpace(legalBasis)) throw new DomainException(EligibilityRule.LegalBasisNeeded, "tiePreferenceBasis");
        (WomenCollectivePercent, TiePreferenceBasis) = (percent, legalBasis.Trim());
    }

    public void Update(string name, string decider, string issuerKind, bool allowsCollectives, bool allowsIndividuals,
        bool oncePerLifetime, string workflowKey, string criteria)
    {
        if (!allowsCollectives && !allowsIndividuals)
            throw new DomainException("Loại khen thưởng phải cho phép ít nhất tập thể hoặc cá nhân.");
        Name = name.Trim();
        Decider = decider.Trim();
        IssuerKind = issuerKind.Trim();
        AllowsCollectives = allowsCollectives;
        AllowsIndividuals = allowsIndividuals;
        OncePerLifetime = oncePerLifetime;
        WorkflowKey = workflowKey.Trim();
        Criteria = criteria.Trim();
    }

    public bool Allows(NomineeKind kind) => kind == NomineeKind.Collective ? AllowsCollectives : AllowsIndividuals;
}
