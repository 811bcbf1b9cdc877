using System.Globalization;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Domain;

public enum DecisionStatus
{
    Draft,
    Signed,
}

/// <summary>
/// An award decision (quyết định khen thưởng) of one issuer and its awardees. A round's decision starts as a draft
/// that the office consolidates (tổng hợp) from many dossiers; it gets its number from the issuer's register only when
/// the decider (or a deputy, KT.) signs it. An ad-hoc dossier's decision is drafted and signed at once.
/// </summary>
public sealed class Decision
{
    /// <summary>The sentence for a decision that does not exist or that the caller may not see.</summary>
    public static string NotFound(int id) => $"Không tìm thấy quyết định số {id}, hoặc anh/chị không có quyền xem quyết định này.";

    private readonly List<DecisionAwardee> _awardees = [];

    private Decision() { }

    /// <summary>A draft listing <paramref name="awardees"/> (each with the dossier and unit it came from).</summary>
    public Decision(Issuer issuer, AwardType awardType, Round? round, Unit office, IEnumerable<(Nominee Nominee, Nomination Nomination)> awardees,
        string draftedBy, DateTimeOffset draftedAt)
    {
        OfficeUnitId = office.Id;
        IssuerId = issuer.Id;
        Issuer = issuer;
        AwardTypeId = awardType.Id;
        AwardType = awardType;
        RoundId = round?.Id;
        Round = round;
        Symbol = issuer.DecisionSymbol;
        Decider = issuer.DeciderFull;
        DraftedBy = draftedBy;
        DraftedAt = draftedAt;
        Status = DecisionStatus.Draft;
        foreach (var (nominee, nomination) in awardees)
        {
            if (nominee.DecisionId is not null && nominee.DecisionId != Id)
                throw new ConflictException($"'{nominee.Name}' đã có trong một quyết định khác.");
            _awardees.Add(DecisionAwardee.From(nominee, nomination));
            nominee.PlaceIn(this);
        }
        if (_awardees.Count == 0) throw new DomainException("Quyết định phải có ít nhất một tập thể hoặc cá nhân được khen thưởng.", "nominees");
    }

    public int Id { get; private set; }
    public DecisionStatus Status { get; private set; }
    public int IssuerId { get; private set; }
    public Issuer? Issuer { get; private set; }
    public int AwardTypeId { get; private set; }
    public AwardType? AwardType { get; private set; }
    public int? RoundId { get; private set; }
    public Round? Round { get; private set; }

    /// <summary>The unit whose emulation office (PV05) consolidated the draft and proposes it: the province.</summary>
    public int OfficeUnitId { get; private set; }

    /// <summary>From the issuer's register when signed (per issuer and year), or typed from a paper register.</summary>
    public int? Number { get; private set; }
    public int? Year { get; private set; }
    public string Symbol { get; private set; } = "";

    /// <summary>As written on the document: <c>05/QĐ-CAT</c> (numbers under 10 take a leading zero, Nghị định 30/2020).</summary>
    public string FullNumber => Number is int n ? Format(n, Symbol) : "";

    public DateOnly? IssuedOn { get; private set; }

    /// <summary>The decider as the decision names them: "Giám đốc Công an tỉnh Thanh Hóa".</summary>
    public string Decider { get; private set; } = "";

    public string? SignerName { get; private set; }
    public string? SignerTitle { get; private set; }

    /// <summary>Signed by a deputy on the decider's behalf: printed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".</summary>
    public bool SignedOnBehalf { get; private set; }
    public string? SignedBy { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    public string DraftedBy { get; private set; } = "";
    public DateTimeOffset DraftedAt { get; private set; }

    public IReadOnlyList<DecisionAwardee> Awardees => _awardees;

    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }
    public string? RevocationReason { get; private set; }
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>An ad-hoc (đột xuất) decision, outside any round: it never counts toward the prerequisites of a higher award.</summary>
    public bool IsAdHoc => RoundId is null;
    public bool IsSigned => Status == DecisionStatus.Signed;

    public static string Format(int number, string symbol) => $"{number.ToString("00", CultureInfo.InvariantCulture)}/{symbol}";

    /// <summary>The office leaves a nominee out for a later decision; they wait again, with the reason kept.</summary>
    public void LeaveOut(Nominee nominee, string reason)
    {
        EnsureDraft();
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException($"Cần ghi lý do để '{nominee.Name}' lại quyết định sau.", "reason");
        var awardee = _awardees.Find(a => a.NomineeId == nominee.Id)
            ?? throw new NotFoundException($"'{nominee.Name}' không có trong dự thảo quyết định này.");
        if (_awardees.Count == 1)
            throw new DomainException("Dự thảo phải còn ít nhất một người; nếu không ban hành, hãy hủy dự thảo.", "nominees");
        _awardees.Remove(awardee);
        nominee.LeaveOut(reason);
    }

    /// <summary>The decider approves the draft: from now on it has a number, a date and a signer, and never changes.</summary>
    public void Sign(int number, DateOnly issuedOn, Signatory signer, string by, DateTimeOffset at, IEnumerable<Nominee> nominees)
    {
        EnsureDraft();
        if (number < 1) throw new DomainException("Số quyết định phải là số nguyên dương.", "number");
        (Number, Year, IssuedOn) = (number, issuedOn.Year, issuedOn);
        (SignerName, SignerTitle, SignedOnBehalf, SignedBy, SignedAt) = (signer.Name, signer.Title, signer.OnBehalf, by, at);
        Status = DecisionStatus.Signed;
        var ids = _awardees.Select(a => a.NomineeId).ToHashSet();
        foreach (var nominee in nominees.Where(n => ids.Contains(n.Id))) nominee.Award(at);
    }

    /// <summary>A draft nobody will sign: its nominees wait again for another decision.</summary>
    public void Discard(IEnumerable<Nominee> nominees)
    {
        EnsureDraft();
        var ids = _awardees.Select(a => a.NomineeId).ToHashSet();
        foreach (var nominee in nominees.Where(n => ids.Contains(n.Id))) nominee.LeaveOut(null);
    }

    public void Revoke(string reason, string by, DateTimeOffset at)
    {
        if (!IsSigned) throw new ConflictException("Dự thảo chưa ký, không có gì để thu hồi; hãy hủy dự thảo.");
        if (IsRevoked) throw new ConflictException($"Quyết định {FullNumber} đã bị thu hồi trước đó.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Cần ghi lý do thu hồi quyết định.", "reason");
        (RevokedAt, RevokedBy, RevocationReason) = (at, by, reason.Trim());
    }

    private void EnsureDraft()
    {
        if (Status != DecisionStatus.Draft)
            throw new ConflictException($"Quyết định {FullNumber} đã được ký ngày {(IssuedOn is { } d ? VietnamTime.Date(d) : "")}, không thay đổi được nữa.");
    }
}

/// <summary>One awardee as listed in a decision: a copy, so the decision stays as issued (with the unit's name then).</summary>
public sealed class DecisionAwardee
{
    private DecisionAwardee() { }

    public int Id { get; private set; }
    public int DecisionId { get; private set; }
    public int NomineeId { get; private set; }
    public int NominationId { get; private set; }
    public int UnitId { get; private set; }
    public string UnitName { get; private set; } = "";
    public NomineeKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string NameKey { get; private set; } = "";
    public DateOnly? DateOfBirth { get; private set; }
    public Sex? Sex { get; private set; }
    public string? CitizenId { get; private set; }
    public string? FormerCitizenId { get; private set; }
    public string? Position { get; private set; }
    public string? Workplace { get; private set; }

    internal static DecisionAwardee From(Nominee n, Nomination nomination) => new()
    {
        NomineeId = n.Id, NominationId = nomination.Id, UnitId = nomination.UnitId,
        UnitName = nomination.Unit?.Name ?? throw new InvalidOperationException("Unit not loaded."),
        Kind = n.Kind, Name = n.Name, NameKey = n.NameKey, DateOfBirth = n.DateOfBirth, Sex = n.Sex,
        CitizenId = n.CitizenId, FormerCitizenId = n.FormerCitizenId, Position = n.Position, Workplace = n.Workplace ?? n.ParentUnitName,
    };
}

/// <summary>The issuer's register: the last number used per issuer and year, incremented in the signing transaction.</summary>
public sealed class DecisionCounter
{
    public int IssuerId { get; set; }
    public int Year { get; set; }
    public int LastNumber { get; set; }
}

public static class DecisionStatusNames
{
    public static string Of(DecisionStatus status) => status switch
    {
        DecisionStatus.Draft => "Dự thảo, chờ ký",
        DecisionStatus.Signed => "Đã ký ban hành",
        _ => status.ToString(),
    };
}
