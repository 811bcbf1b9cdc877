namespace ToanDan.Awards.Host.Domain;

/// <summary>A numbered award decision (quyết định khen thưởng) and its awardees.</summary>
public sealed class Decision
{
    private readonly List<DecisionAwardee> _awardees = [];

    private Decision() { }

    public Decision(int number, int year, string symbol, DateOnly issuedOn, string decider, int awardTypeId, int nominationId,
        IEnumerable<Nominee> awardees)
    {
        Number = number;
        Year = year;
        Symbol = symbol;
        IssuedOn = issuedOn;
        Decider = decider;
        AwardTypeId = awardTypeId;
        NominationId = nominationId;
        _awardees.AddRange(awardees.Select(DecisionAwardee.From));
        if (_awardees.Count == 0) throw new DomainException("Quyết định phải có ít nhất một người được khen thưởng.");
    }

    public int Id { get; private set; }
    public int Number { get; private set; }
    public int Year { get; private set; }
    public string Symbol { get; private set; } = "";

    /// <summary>As written on the document: <c>15/QĐ-CAT</c>.</summary>
    public string FullNumber => $"{Number}/{Symbol}";

    public DateOnly IssuedOn { get; private set; }
    public string Decider { get; private set; } = "";
    public int AwardTypeId { get; private set; }
    public AwardType? AwardType { get; private set; }
    public int NominationId { get; private set; }
    public Nomination? Nomination { get; private set; }
    public IReadOnlyList<DecisionAwardee> Awardees => _awardees;

    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }
    public string? RevocationReason { get; private set; }
    public bool IsRevoked => RevokedAt is not null;

    public void Revoke(string reason, string by, DateTimeOffset at)
    {
        if (IsRevoked) throw new ConflictException($"Quyết định {FullNumber} đã bị thu hồi trước đó.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Cần ghi lý do thu hồi quyết định.", "reason");
        (RevokedAt, RevokedBy, RevocationReason) = (at, by, reason.Trim());
    }
}

/// <summary>One awardee as listed in a decision: a copy, so the decision stays as issued.</summary>
public sealed class DecisionAwardee
{
    private DecisionAwardee() { }

    public int Id { get; private set; }
    public int DecisionId { get; private set; }
    public int NomineeId { get; private set; }
    public NomineeKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string NameKey { get; private set; } = "";
    public DateOnly? DateOfBirth { get; private set; }
    public string? CitizenId { get; private set; }
    public string? Position { get; private set; }
    public string? Workplace { get; private set; }

    internal static DecisionAwardee From(Nominee n) => new()
    {
        NomineeId = n.Id, Kind = n.Kind, Name = n.Name, NameKey = n.NameKey, DateOfBirth = n.DateOfBirth,
        CitizenId = n.CitizenId, Position = n.Position, Workplace = n.Workplace ?? n.ParentUnitName,
    };
}

/// <summary>The last number used per decision symbol and year: incremented in the decision's own transaction.</summary>
public sealed class DecisionCounter
{
    public string Symbol { get; set; } = "";
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
