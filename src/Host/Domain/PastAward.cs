namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// An award decided before the system, or by another system, imported from the office's registers: a line of a decision
/// as it was issued (number, date, issuer and the unit's name as written then). It never changes; it counts for the
/// once-per-person rule, the look-up and the statistics like an awardee of a signed decision.
/// </summary>
public sealed class PastAward
{
    private PastAward() { }

    public PastAward(Guid batch, AwardType awardType, string decisionNumber, DateOnly issuedOn, string issuerName, NomineeKind kind, string name,
        DateOnly? dateOfBirth, Sex? sex, string? citizenId, string? formerCitizenId, Unit? unit, string unitName, string importedBy, DateTimeOffset importedAt, bool adHoc = false,
        AwardeeTarget? target = null, AwardMethod? method = null)
    {
        if (kind == NomineeKind.Collective && (citizenId is not null || formerCitizenId is not null || dateOfBirth is not null))
            throw new DomainException("Tập thể không có số CCCD, CMND hay ngày sinh.", "kind");
        if (target is { } t && ReportCategories.KindOf(t) != kind) throw new DomainException(ReportCategories.UnknownTarget(ReportCategories.Code(t), kind), "target");
        if (adHoc && method is { } m && m != AwardMethod.AdHoc) throw new DomainException(ReportCategories.AdHocButMethod(m), "method");
        // "Đột xuất" is both a method of form 0603 and the mark that keeps an award from counting toward a higher one.
        AdHoc = adHoc || method == AwardMethod.AdHoc;
        Target = target;
        Method = method;
        (CitizenId, FormerCitizenId) = PersonName.Numbers(citizenId, formerCitizenId);
        Batch = batch;
        AwardTypeId = awardType.Id;
        AwardType = awardType;
        DecisionNumber = Required(decisionNumber, "Số quyết định");
        IssuedOn = issuedOn;
        IssuerName = Required(issuerName, "Cơ quan ban hành");
        Kind = kind;
        Name = Required(name, "Tên tập thể / Họ và tên");
        NameKey = VietnameseText.Key(name);
        DateOfBirth = dateOfBirth;
        Sex = sex;
        UnitId = unit?.Id;
        Unit = unit;
        UnitName = Required(unitName, "Đơn vị");
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public int Id { get; private set; }

    /// <summary>The file it came in with: the rows of one import share it.</summary>
    public Guid Batch { get; private set; }

    public int AwardTypeId { get; private set; }
    public AwardType? AwardType { get; private set; }

    /// <summary>As written on the decision: <c>123/QĐ-UBND</c>.</summary>
    public string DecisionNumber { get; private set; } = "";

    public DateOnly IssuedOn { get; private set; }
    public string IssuerName { get; private set; } = "";
    public NomineeKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string NameKey { get; private set; } = "";
    public DateOnly? DateOfBirth { get; private set; }
    public Sex? Sex { get; private set; }
    public string? CitizenId { get; private set; }
    public string? FormerCitizenId { get; private set; }

    /// <summary>The unit of the tree it belongs to, when it is one (visibility, statistics); null for a unit the system never had.</summary>
    public int? UnitId { get; private set; }
    public Unit? Unit { get; private set; }

    /// <summary>The unit's name as the decision wrote it.</summary>
    public string UnitName { get; private set; } = "";

    /// <summary>An ad-hoc (đột xuất) award: it never counts toward the prerequisites of a higher one.</summary>
    public bool AdHoc { get; private set; }

    /// <summary>Who was awarded, as form 0603 breaks the awardees down (rows 03, 04, 06–10); null where the register did not say.</summary>
    public AwardeeTarget? Target { get; private set; }

    /// <summary>How the award was given (form 0603 rows 11–17); null where the register did not say (an ad-hoc one counts as đột xuất).</summary>
    public AwardMethod? Method { get; private set; }

    public string ImportedBy { get; private set; } = "";
    public DateTimeOffset ImportedAt { get; private set; }

    public PersonKey PersonKey => new(CitizenId, FormerCitizenId, Name, DateOfBirth);

    private static string Required(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"{field} không được để trống.", "name") : value.Trim();
}
