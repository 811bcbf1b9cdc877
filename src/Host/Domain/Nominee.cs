namespace ToanDan.Awards.Host.Domain;

public enum NomineeKind
{
    Collective,
    Individual,
}

/// <summary>Where a nominee stands, derived from their own marks and their dossier's status.</summary>
public enum NomineeStanding
{
    Proposed,
    Struck,
    Postponed,
    Waiting,
    InDraft,
    Awarded,
}

public enum Sex
{
    Male,
    Female,
}

/// <summary>A collective or an individual proposed in a nomination.</summary>
public sealed class Nominee
{
    public const string MemberCountNeeded = "Số thành viên của tập thể phải lớn hơn 0.";

    private Nominee() { }

    public int Id { get; private set; }
    public int NominationId { get; private set; }
    public NomineeKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The name without diacritics, lower case: what search and the once-per-person rule compare.</summary>
    public string NameKey { get; private set; } = "";

    public string Achievements { get; private set; } = "";

    // Collective
    public string? ParentUnitName { get; private set; }
    public int? MemberCount { get; private set; }
    public decimal? WomenShare { get; private set; }

    // Individual
    public DateOnly? DateOfBirth { get; private set; }
    public Sex? Sex { get; private set; }
    public string? Position { get; private set; }
    public string? Workplace { get; private set; }
    public string? CitizenId { get; private set; }

    /// <summary>The old 9-digit chứng minh nhân dân (CMND), which older records of the same person carry.</summary>
    public string? FormerCitizenId { get; private set; }

    /// <summary>What the once-per-person rule compares.</summary>
    public PersonKey PersonKey => new(CitizenId, FormerCitizenId, Name, DateOfBirth);

    // What the eligibility check reads (EligibilityCheck): declared by the unit.
    /// <summary>The group of people of the award type (<see cref="NomineeGroup.Code"/>), e.g. leaders or the grassroots force.</summary>
    public string? GroupCode { get; private set; }
    public IReadOnlyList<ServicePeriod> ServicePeriods { get; private set; } = [];
    public IReadOnlyList<HeldHonour> HonoursHeld { get; private set; } = [];
    public bool PendingDiscipline { get; private set; }
    public bool PendingComplaint { get; private set; }
    public bool PendingInspection { get; private set; }

    /// <summary>Who the awardee is, as the statistical report form 0603.N/BNV-TĐKT counts them (rows 03–10); null: not said.</summary>
    public AwardeeTarget? Target { get; private set; }

    /// <summary>Says who the awardee is for the report forms; a group of the other kind (a leader for a collective) is refused.</summary>
    public Nominee AsTarget(AwardeeTarget? target)
    {
        if (target is { } t && ReportCategories.KindOf(t) != Kind)
            throw new DomainException(ReportCategories.UnknownTarget(ReportCategories.Code(t), Kind), "target");
        Target = target;
        return this;
    }

    /// <summary>Struck out by a reviewer; the dossier goes on with the nominees kept.</summary>
    public bool IsStruck { get; private set; }
    public string? StrikeReason { get; private set; }
    public string? StruckBy { get; private set; }

    /// <summary>Postponed (tạm hoãn) by a reviewer while discipline, a complaint or an inspection is pending: never refused.</summary>
    public bool IsPostponed { get; private set; }
    public string? PostponeReason { get; private set; }
    public string? PostponedBy { get; private set; }
    public DateTimeOffset? PostponedAt { get; private set; }

    /// <summary>The decision (draft or signed) that lists this nominee; null while they wait or are still in review.</summary>
    public int? DecisionId { get; private set; }
    public Decision? Decision { get; private set; }
    public DateTimeOffset? AwardedAt { get; private set; }

    /// <summary>The votes the emulation council gave this nominee at its meeting, as its secretary recorded them.</summary>
    public int? CouncilVotes { get; private set; }

    /// <summary>The secretary records the council's result for this nominee (null clears it).</summary>
    public void RecordCouncilVotes(int? votes)
    {
        if (votes is < 0) throw new DomainException($"Số phiếu của '{Name}' không được âm.", "votes");
        CouncilVotes = votes;
    }

    /// <summary>Why the office left this nominee out of a draft decision, for a later one.</summary>
    public string? LeftOutReason { get; private set; }

    public NomineeStanding Standing(NominationStatus dossier) =>
        IsStruck ? NomineeStanding.Struck
        : IsPostponed ? NomineeStanding.Postponed
        : AwardedAt is not null ? NomineeStanding.Awarded
        : DecisionId is not null ? NomineeStanding.InDraft
        : dossier is NominationStatus.AwaitingDecision or NominationStatus.Approved ? NomineeStanding.Waiting
        : NomineeStanding.Proposed;

    public static Nominee Collective(string name, string? parentUnitName, int? memberCount, decimal? womenShare, string achievements)
    {
        if (memberCount is < 1) throw new DomainException(MemberCountNeeded);
        if (womenShare is < 0 or > 1) throw new DomainException("Tỷ lệ nữ phải từ 0 đến 100%.");
        return new Nominee
        {
            Kind = NomineeKind.Collective,
            Name = Required(name, "Tên tập thể"),
            NameKey = VietnameseText.Key(name),
            ParentUnitName = parentUnitName?.Trim(),
            MemberCount = memberCount,
            WomenShare = womenShare,
            Achievements = achievements.Trim(),
        };
    }

    public static Nominee Individual(string fullName, DateOnly? dateOfBirth, Sex? sex, string? position, string? workplace,
        string? citizenId, string achievements, string? formerCitizenId = null)
    {
        var (id, former) = PersonName.Numbers(citizenId, formerCitizenId);
        return new Nominee
        {
            Kind = NomineeKind.Individual,
            Name = Required(fullName, "Họ và tên"),
            NameKey = VietnameseText.Key(fullName),
            DateOfBirth = dateOfBirth,
            Sex = sex,
            Position = position?.Trim(),
            Workplace = workplace?.Trim(),
            CitizenId = id,
            FormerCitizenId = former,
            Achievements = achievements.Trim(),
        };
    }

    /// <summary>The facts the eligibility check needs; each service period must end after it starts and name its place.</summary>
    public Nominee WithEligibilityFacts(string? groupCode, IEnumerable<ServicePeriod>? periods, IEnumerable<HeldHonour>? honours,
        bool pendingDiscipline, bool pendingComplaint, bool pendingInspection)
    {
        var spans = (periods ?? []).ToList();
        foreach (var p in spans)
        {
            if (string.IsNullOrWhiteSpace(p.Place)) throw new DomainException($"Hãy ghi nơi công tác của từng giai đoạn ('{Name}').", "servicePeriods");
            if (p.To is { } to && to <= p.From)
                throw new DomainException($"Giai đoạn công tác từ {p.From:dd/MM/yyyy} của '{Name}' phải kết thúc sau ngày bắt đầu.", "servicePeriods");
        }
        var held = (honours ?? []).ToList();
        if (held.Any(h => string.IsNullOrWhiteSpace(h.Name))) throw new DomainException($"Hãy ghi tên hình thức khen thưởng đã nhận ('{Name}').", "honoursHeld");
        GroupCode = string.IsNullOrWhiteSpace(groupCode) ? null : groupCode.Trim();
        ServicePeriods = [.. spans.OrderBy(p => p.From).Select(p => p with { Place = p.Place.Trim() })];
        HonoursHeld = [.. held.Select(h => h with { Name = h.Name.Trim() })];
        (PendingDiscipline, PendingComplaint, PendingInspection) = (pendingDiscipline, pendingComplaint, pendingInspection);
        return this;
    }

    /// <summary>The same collective or person typed again: a shared number (CCCD or CMND) when both have one, else the same kind and name.</summary>
    public bool IsSamePerson(Nominee other) =>
        PersonKey.Numbers.Any() && other.PersonKey.Numbers.Any()
            ? PersonKey.Numbers.Intersect(other.PersonKey.Numbers).Any()
            : Kind == other.Kind && NameKey == other.NameKey;

    /// <summary>The refusal of a strike-out or a postponement without a reason; <paramref name="who"/> names the nominee as the reader knows it.</summary>
    public static string ReasonNeeded(NomineeAction action, string who) => action == NomineeAction.Postpone
        ? $"Cần ghi lý do tạm hoãn xét {who} (kỷ luật, khiếu nại, thanh tra…)."
        : $"Cần ghi lý do không đề nghị khen thưởng {who}.";

    internal void Strike(string reason, string by)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ReasonNeeded(NomineeAction.Strike, $"'{Name}'"), "reason");
        // Struck out and postponed exclude each other, as a postponement clears a strike.
        (IsStruck, StrikeReason, StruckBy) = (true, reason.Trim(), by);
        (IsPostponed, PostponeReason, PostponedBy, PostponedAt) = (false, null, null, null);
    }

    internal void Keep() => (IsStruck, StrikeReason, StruckBy, IsPostponed, PostponeReason, PostponedBy, PostponedAt) =
        (false, null, null, false, null, null, null);

    internal void Postpone(string reason, string by, DateTimeOffset at)
    {
        if (AwardedAt is not null || DecisionId is not null)
            throw new DomainException($"'{Name}' đã có trong quyết định khen thưởng, không tạm hoãn được.", "nominees");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ReasonNeeded(NomineeAction.Postpone, $"'{Name}'"), "reason");
        (IsStruck, StrikeReason, StruckBy) = (false, null, null);
        (IsPostponed, PostponeReason, PostponedBy, PostponedAt) = (true, reason.Trim(), by, at);
    }

    /// <summary>The postponement is lifted (e.g. the inspection ended): the nominee waits for a later decision.</summary>
    internal void Resume()
    {
        if (!IsPostponed) throw new ConflictException($"'{Name}' không ở trạng thái tạm hoãn.");
        (IsPostponed, LeftOutReason) = (false, null);
    }

    internal void PlaceIn(Decision decision) => (Decision, LeftOutReason) = (decision, null);

    internal void LeaveOut(string? reason) => (Decision, DecisionId, LeftOutReason) = (null, null, reason?.Trim());

    internal void Award(DateTimeOffset at) => AwardedAt = at;

    private static string Required(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"{field} không được để trống.", "name") : value.Trim();
}

public static class StandingNames
{
    public static string Of(NomineeStanding standing) => standing switch
    {
        NomineeStanding.Proposed => "Đang xét",
        NomineeStanding.Struck => "Không đề nghị",
        NomineeStanding.Postponed => StatusNames.Of(NominationStatus.Postponed),
        NomineeStanding.Waiting => "Chờ quyết định",
        NomineeStanding.InDraft => "Trong dự thảo quyết định",
        NomineeStanding.Awarded => "Đã khen thưởng",
        _ => standing.ToString(),
    };
}
