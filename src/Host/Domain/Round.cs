using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Domain;

public enum RoundState
{
    Open,
    Closed,
    Decided,
}

/// <summary>
/// A nomination round (đợt xét khen thưởng) of one issuer: e.g. the annual review, or Ngày hội 19/8. Its dossiers are
/// decided together in one decision per award type; nominations outside a round are ad hoc (đột xuất).
/// </summary>
public sealed class Round
{
    /// <summary>The sentence for a round that does not exist or that the caller may not see.</summary>
    public static string NotFound(int id) => $"Không tìm thấy đợt khen thưởng số {id}.";

    /// <summary>A dossier names a round that does not exist.</summary>
    public static string NoSuch(int? id) => $"Không có đợt khen thưởng số {id}.";

    private readonly List<AwardType> _awardTypes = [];

    private Round() { }

    public Round(string name, Issuer issuer, IEnumerable<AwardType> awardTypes, DateOnly opensOn, DateOnly closesOn,
        DateOnly? disclosureFrom = null, DateOnly? disclosureTo = null)
    {
        IssuerId = issuer.Id;
        Issuer = issuer;
        Change(name, awardTypes, opensOn, closesOn, disclosureFrom, disclosureTo);
        State = RoundState.Open;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int IssuerId { get; private set; }
    public Issuer? Issuer { get; private set; }
    public IReadOnlyList<AwardType> AwardTypes => _awardTypes;
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }

    /// <summary>When the list of proposed nominees is on the public page (công khai) for anyone to comment on.</summary>
    public DateOnly? DisclosureFrom { get; private set; }
    public DateOnly? DisclosureTo { get; private set; }

    public RoundState State { get; private set; }
    public DateTimeOffset? ReopenedAt { get; private set; }
    public string? ReopenedBy { get; private set; }

    public const string NameRequired = "Hãy nhập tên đợt khen thưởng.";
    public const string AwardTypeRequired = "Hãy chọn ít nhất một loại khen thưởng của đợt.";

    public bool IsOpenOn(DateOnly date) => State == RoundState.Open && OpensOn <= date && date <= ClosesOn;

    /// <summary>The round still takes dossiers: open, and its close date not yet passed (it may not have opened yet).</summary>
    public static bool TakesDossiers(RoundState state, DateOnly closesOn, DateOnly today) => state == RoundState.Open && today <= closesOn;

    /// <summary>The state as people read it on <paramref name="today"/>: an open round past its close date takes no more dossiers.</summary>
    public static string StateName(RoundState state, DateOnly closesOn, DateOnly today) =>
        RoundStateNames.Of(state == RoundState.Open && !TakesDossiers(state, closesOn, today) ? RoundState.Closed : state);

    /// <summary>Why the round cannot be consolidated yet (it still takes dossiers), or null once it can.</summary>
    public string? NotYetToConsolidate(DateOnly today) => TakesDossiers(State, ClosesOn, today)
        ? $"Đợt '{Name}' còn nhận hồ sơ đến hết ngày {VietnamTime.Date(ClosesOn)}; tổng hợp sau khi hết hạn nhận hồ sơ."
        : null;

    /// <summary>
    /// What is wrong with a round's dates, field by field (none when they hold): the domain refuses the first, the
    /// administrator's form shows them all. Submission dates not given yet are not compared.
    /// </summary>
    public static IEnumerable<(string Field, string Message)> DateProblems(DateOnly? opensOn, DateOnly? closesOn,
        DateOnly? disclosureFrom, DateOnly? disclosureTo)
    {
        if (!Periods.InOrder(opensOn, closesOn)) yield return ("closesOn", Periods.EndsBeforeStart);
        if (disclosureFrom is null && disclosureTo is not null) yield return ("disclosureFrom", "Hãy chọn ngày bắt đầu công khai.");
        if (disclosureFrom is not null && disclosureTo is null) yield return ("disclosureTo", "Hãy chọn ngày kết thúc công khai.");
        if (!Periods.InOrder(disclosureFrom, disclosureTo)) yield return ("disclosureTo", "Ngày kết thúc công khai phải từ ngày bắt đầu trở đi.");
    }

    public bool IsDisclosedOn(DateOnly date) => DisclosureFrom <= date && date <= DisclosureTo;

    public bool Covers(AwardType awardType) => _awardTypes.Any(a => a.Id == awardType.Id);

    /// <summary>A unit may put a dossier into a round of an issuer above it only (its province's, or the ministry's).</summary>
    public void EnsureAccepts(Unit unit, AwardType awardType, DateOnly today)
    {
        var issuerUnit = Issuer?.Unit ?? throw new InvalidOperationException("Issuer not loaded.");
        if (!unit.IsWithin(issuerUnit))
            throw new DomainException($"Đợt '{Name}' là đợt của {Issuer.Name}, không nhận hồ sơ của {unit.Name}.", "roundId");
        EnsureAccepts(awardType, today);
    }

    /// <summary>The one rule for sending a dossier into this round: it must be open today and cover the award.</summary>
    public void EnsureAccepts(AwardType awardType, DateOnly today)
    {
        if (!Covers(awardType))
            throw new DomainException($"Đợt '{Name}' không xét {awardType.Name}.", "roundId");
        if (State == RoundState.Decided)
            throw new DomainException($"Đợt '{Name}' đã có quyết định khen thưởng, không nhận thêm hồ sơ.", "roundId");
        if (today < OpensOn)
            throw new DomainException($"Đợt '{Name}' bắt đầu nhận hồ sơ từ ngày {VietnamTime.Date(OpensOn)}.", "roundId");
        if (State == RoundState.Closed || today > ClosesOn)
            throw new DomainException($"Đợt '{Name}' đã hết hạn nhận hồ sơ ngày {VietnamTime.Date(ClosesOn)}. " +
                "Nếu cần nộp muộn, hãy đề nghị quản trị viên mở lại đợt.", "roundId");
    }

    public void Change(string name, IEnumerable<AwardType> awardTypes, DateOnly opensOn, DateOnly closesOn,
        DateOnly? disclosureFrom, DateOnly? disclosureTo)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException(NameRequired, "name");
        if (DateProblems(opensOn, closesOn, disclosureFrom, disclosureTo).FirstOrDefault() is { Field: not null } problem)
            throw new DomainException(problem.Message, problem.Field);
        var types = awardTypes.DistinctBy(a => a.Id).ToList();
        if (types.Count == 0) throw new DomainException(AwardTypeRequired, "awardTypes");
        var issuer = Issuer ?? throw new InvalidOperationException("Issuer not loaded.");
        var foreign = types.FirstOrDefault(a => a.IssuerKind != issuer.Kind);
        if (foreign is not null)
            throw new DomainException($"{foreign.Name} không do {issuer.Name} quyết định, nên không xét trong đợt này.", "awardTypes");
        Name = name.Trim();
        (OpensOn, ClosesOn, DisclosureFrom, DisclosureTo) = (opensOn, closesOn, disclosureFrom, disclosureTo);
        _awardTypes.RemoveAll(a => types.All(t => t.Id != a.Id));
        _awardTypes.AddRange(types.Where(t => _awardTypes.All(a => a.Id != t.Id)));
    }

    public void Close()
    {
        if (State != RoundState.Open) throw new ConflictException($"Đợt '{Name}' không còn mở.");
        State = RoundState.Closed;
    }

    /// <summary>An administrator lets late dossiers in until <paramref name="until"/>; the command is audited.</summary>
    public void Reopen(DateOnly until, DateOnly today, string by, DateTimeOffset at)
    {
        if (State == RoundState.Decided) throw new ConflictException($"Đợt '{Name}' đã có quyết định khen thưởng, không mở lại được.");
        if (until < today) throw new DomainException("Ngày nhận hồ sơ mới phải từ hôm nay trở đi.", "until");
        (State, ClosesOn, ReopenedBy, ReopenedAt) = (RoundState.Open, until, by, at);
    }

    public void MarkDecided() => State = RoundState.Decided;
}

public static class RoundStateNames
{
    public static string Of(RoundState state) => state switch
    {
        RoundState.Open => "Đang nhận hồ sơ",
        RoundState.Closed => "Đã hết hạn nhận hồ sơ",
        RoundState.Decided => "Đã có quyết định",
        _ => state.ToString(),
    };
}
