using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Domain;

public enum NominationStatus
{
    Draft,
    InReview,
    Returned,
    AwaitingDecision,
    Approved,
    Refused,
    Postponed,
    Withdrawn,
}

/// <summary>What a reviewer does with one nominee at their step.</summary>
public enum NomineeAction
{
    Keep,
    Strike,
    Postpone,
}

/// <summary>
/// A dossier (hồ sơ đề nghị khen thưởng) of one unit for one award type: its nominees and files. Its status
/// changes only through the methods below, which refuse moves the process does not allow.
/// </summary>
public sealed class Nomination
{
    public const string NoNominees = "Hồ sơ phải có ít nhất một tập thể hoặc cá nhân được đề nghị.";

    public const string ClosedToAttachments = "Hồ sơ đã kết thúc, không thể đính kèm thêm tệp.";

    /// <summary>Asked before a first submission: after it, only a return reopens the dossier for editing.</summary>
    public const string SubmitConfirmation = "Gửi hồ sơ đi xét duyệt? Sau khi gửi, hồ sơ chỉ sửa được nếu bị trả lại.";

    private readonly List<Nominee> _nominees = [];
    private readonly List<Attachment> _attachments = [];

    private Nomination() { }

    public Nomination(Unit unit, AwardType awardType, Round? round, string? submissionNumber, DateOnly? submissionDate,
        string createdBy, DateTimeOffset createdAt)
    {
        UnitId = unit.Id;
        Unit = unit;
        AwardTypeId = awardType.Id;
        AwardType = awardType;
        RoundId = round?.Id;
        Round = round;
        SubmissionNumber = submissionNumber?.Trim();
        SubmissionDate = submissionDate;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Status = NominationStatus.Draft;
    }

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public Unit? Unit { get; private set; }
    public int AwardTypeId { get; private set; }
    public AwardType? AwardType { get; private set; }
    public int? RoundId { get; private set; }
    public Round? Round { get; private set; }

    /// <summary>The number of the unit's cover submission (tờ trình), e.g. <c>12/TTr-CAX</c>.</summary>
    public string? SubmissionNumber { get; private set; }
    public DateOnly? SubmissionDate { get; private set; }

    public NominationStatus Status { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Why the dossier was last returned or refused, shown on top to the unit.</summary>
    public string? LastReason { get; private set; }

    /// <summary>Changes on every write; two people saving the same version conflict.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<Nominee> Nominees => _nominees;
    public IReadOnlyList<Attachment> Attachments => _attachments;
    public IEnumerable<Nominee> KeptNominees => _nominees.Where(n => !n.IsStruck);

    /// <summary>Nominees still going forward: neither struck out nor postponed.</summary>
    public IEnumerable<Nominee> ActiveNominees => _nominees.Where(n => !n.IsStruck && !n.IsPostponed);

    /// <summary>Nominees whose review ended approved and who wait for the round's decision.</summary>
    public IEnumerable<Nominee> WaitingNominees => _nominees.Where(n => n.Standing(Status) == NomineeStanding.Waiting);

    public Procedure Procedure => RoundId is null ? Procedure.Simplified : Procedure.Standard;

    public bool IsEditable => Status is NominationStatus.Draft or NominationStatus.Returned;
    public bool IsClosed => Status is NominationStatus.Approved or NominationStatus.Refused or NominationStatus.Withdrawn;

    /// <summary>The review path has ended (approved, waiting, refused, postponed or withdrawn): no step is open.</summary>
    public bool IsReviewed => IsClosed || Status is NominationStatus.AwaitingDecision or NominationStatus.Postponed;

    /// <summary>The parts this dossier must hold under its award type and procedure, in order, each with the files that fulfil it;
    /// a per-nominee part has one line for each nominee kept (a struck-out nominee needs none).</summary>
    public IReadOnlyList<ChecklistLine> Checklist(IEnumerable<RequiredPart> parts) =>
    [
        .. parts.Where(p => p.AwardTypeId == AwardTypeId && p.Procedure == Procedure && p.IsRequired)
            .OrderBy(p => p.Order).ThenBy(p => p.Id)
            .SelectMany(p => p.PerNominee
                ? KeptNominees.Select(n => new ChecklistLine(p, n, FilesOf(p, n)))
                : [new ChecklistLine(p, null, FilesOf(p, null))]),
    ];

    public IReadOnlyList<string> MissingParts(IEnumerable<RequiredPart> parts) =>
        [.. Checklist(parts).Where(l => !l.IsFulfilled).Select(l => l.Text)];

    /// <summary>Refuses to send the dossier while a required part is missing, naming every one.</summary>
    public void EnsureComplete(IEnumerable<RequiredPart> parts)
    {
        var missing = MissingParts(parts);
        if (missing.Count > 0)
            throw new DomainErrorsException($"Chưa gửi được hồ sơ vì còn thiếu: {string.Join("; ", missing)}.", [.. missing], "missing-parts");
    }

    private List<Attachment> FilesOf(RequiredPart part, Nominee? nominee) =>
        [.. _attachments.Where(a => a.PartCode == part.Code && (nominee is null || a.Nominee == nominee || (a.NomineeId == nominee.Id && nominee.Id != 0)))];

    /// <summary>How the unit proposes the award be given (form 0603.N/BNV-TĐKT, rows 11–17); null: not said.</summary>
    public AwardMethod? Method { get; private set; }

    /// <summary>The way of awarding the dossier proposes; while it can still be edited.</summary>
    public void ProposeMethod(AwardMethod? method)
    {
        EnsureEditable();
        Method = method;
        Touch();
    }

    public void ChangeCover(Round? round, string? submissionNumber, DateOnly? submissionDate)
    {
        EnsureEditable();
        (RoundId, Round, SubmissionNumber, SubmissionDate) = (round?.Id, round, submissionNumber?.Trim(), submissionDate);
        Touch();
    }

    public void ReplaceNominees(IReadOnlyCollection<Nominee> nominees)
    {
        EnsureEditable();
        foreach (var nominee in nominees) EnsureAllowed(nominee);
        var before = _nominees.ToList();
        _nominees.Clear();
        _nominees.AddRange(nominees);
        KeepFilesWithTheirNominees(before);
        Touch();
    }

    public void AddNominee(Nominee nominee)
    {
        EnsureEditable();
        EnsureAllowed(nominee);
        _nominees.Add(nominee);
        Touch();
    }

    public void Attach(Attachment attachment)
    {
        if (IsClosed) throw new DomainException(ClosedToAttachments);
        _attachments.Add(attachment);
        Touch();
    }

    public void Submit(DateTimeOffset at)
    {
        if (Status != NominationStatus.Draft)
            throw new DomainException($"Chỉ hồ sơ nháp mới được gửi đi; hồ sơ này đang ở trạng thái '{StatusNames.Of(Status)}'.", "status");
        if (_nominees.Count == 0) throw new DomainException(NoNominees, "nominees");
        Round?.EnsureAccepts(AwardType ?? throw new InvalidOperationException("Award type not loaded."), DateOnly.FromDateTime(VietnamTime.Local(at).DateTime));
        Status = NominationStatus.InReview;
        SubmittedAt = at;
        Touch();
    }

    public void Return(string reason)
    {
        EnsureStatus(NominationStatus.InReview, "trả lại");
        LastReason = RequiredReason(reason, "trả lại");
        Status = NominationStatus.Returned;
        Touch();
    }

    public void Resubmit(DateTimeOffset at)
    {
        EnsureStatus(NominationStatus.Returned, "gửi lại");
        if (!KeptNominees.Any()) throw new DomainException("Hồ sơ phải còn ít nhất một tập thể hoặc cá nhân được đề nghị.", "nominees");
        Status = NominationStatus.InReview;
        SubmittedAt = at;
        Touch();
    }

    public void Refuse(string reason, DateTimeOffset at)
    {
        EnsureStatus(NominationStatus.InReview, "không đồng ý");
        LastReason = RequiredReason(reason, "không đồng ý");
        Status = NominationStatus.Refused;
        ClosedAt = at;
        Touch();
    }

    /// <summary>The review path ended approved; the active nominees wait for a decision (the round's, or their own).</summary>
    public void AwaitDecision(DateTimeOffset at)
    {
        EnsureStatus(NominationStatus.InReview, "phê duyệt");
        if (!ActiveNominees.Any()) throw new DomainException("Không còn ai được đề nghị khen thưởng trong hồ sơ.", "nominees");
        Status = NominationStatus.AwaitingDecision;
        ClosedAt = at;
        Touch();
    }

    /// <summary>Called after a decision was signed: the dossier is awarded once none of its nominees waits any more.</summary>
    public void FollowDecisions(DateTimeOffset at)
    {
        if (Status is not (NominationStatus.AwaitingDecision or NominationStatus.Postponed)) return;
        var standings = _nominees.Select(n => n.Standing(Status)).ToList();
        if (standings.Contains(NomineeStanding.Awarded) && !standings.Any(s => s is NomineeStanding.Waiting or NomineeStanding.InDraft))
        {
            Status = NominationStatus.Approved;
            ClosedAt = at;
            Touch();
        }
    }

    /// <summary>
    /// The whole dossier is postponed (tạm hoãn) with a reason: discipline, a complaint or an inspection pending.
    /// Not a refusal: each nominee can be resumed later, into a later decision of the same award.
    /// </summary>
    public void Postpone(string reason, string by, DateTimeOffset at)
    {
        EnsureStatus(NominationStatus.InReview, "tạm hoãn");
        var why = RequiredReason(reason, "tạm hoãn");
        foreach (var nominee in ActiveNominees.ToList()) nominee.Postpone(why, by, at);
        LastReason = why;
        Status = NominationStatus.Postponed;
        ClosedAt = at;
        Touch();
    }

    /// <summary>A postponed nominee is resumed: they wait for a later decision of the same award.</summary>
    private static string NoNominee(int nomineeId) => $"Không có người được đề nghị số {nomineeId} trong hồ sơ này.";

    public Nominee ResumeNominee(int nomineeId)
    {
        if (Status is not (NominationStatus.Postponed or NominationStatus.AwaitingDecision or NominationStatus.Approved))
            throw new DomainException($"Chỉ tiếp tục xét người đã tạm hoãn khi hồ sơ đã xét xong; hồ sơ đang ở trạng thái '{StatusNames.Of(Status)}'.", "status");
        var nominee = _nominees.Find(n => n.Id == nomineeId)
            ?? throw new NotFoundException(NoNominee(nomineeId));
        nominee.Resume();
        if (Status is NominationStatus.Postponed or NominationStatus.Approved) Status = NominationStatus.AwaitingDecision;
        Touch();
        return nominee;
    }

    public void Withdraw(DateTimeOffset at)
    {
        if (Status is not (NominationStatus.Draft or NominationStatus.Returned or NominationStatus.InReview))
            throw new DomainException($"Không thể rút hồ sơ đang ở trạng thái '{StatusNames.Of(Status)}'.", "status");
        Status = NominationStatus.Withdrawn;
        ClosedAt = at;
        Touch();
    }

    /// <summary>A reviewer keeps, strikes out or postpones single nominees; at least one must go on.</summary>
    public void Screen(IReadOnlyCollection<(int NomineeId, NomineeAction Action, string? Reason)> choices, string by, DateTimeOffset at)
    {
        EnsureStatus(NominationStatus.InReview, "xét từng người");
        foreach (var (nomineeId, action, reason) in choices)
        {
            var nominee = _nominees.Find(n => n.Id == nomineeId)
                ?? throw new DomainException(NoNominee(nomineeId), "nominees");
            switch (action)
            {
                case NomineeAction.Keep: nominee.Keep(); break;
                case NomineeAction.Strike: nominee.Strike(reason ?? "", by); break;
                case NomineeAction.Postpone: nominee.Postpone(reason ?? "", by, at); break;
            }
        }
        if (!ActiveNominees.Any())
            throw new DomainException("Không thể loại hoặc tạm hoãn hết người được đề nghị; nếu không đồng ý cả hồ sơ, hãy chọn " +
                "'Không đồng ý', nếu cần chờ kết luận kỷ luật, khiếu nại, thanh tra thì chọn 'Tạm hoãn cả hồ sơ'.", "nominees");
        Touch();
    }

    /// <summary>Per-nominee files stay with the same person (same citizen ID, or same kind and name) when the list is typed again.</summary>
    private void KeepFilesWithTheirNominees(List<Nominee> before)
    {
        foreach (var file in _attachments.Where(a => a.NomineeId is not null || a.Nominee is not null))
        {
            var old = file.Nominee ?? before.Find(n => n.Id == file.NomineeId);
            file.Follow(old is null ? null : _nominees.Find(n => n.IsSamePerson(old)));
        }
    }

    private void EnsureAllowed(Nominee nominee)
    {
        var awardType = AwardType ?? throw new InvalidOperationException("Award type not loaded.");
        if (!awardType.Allows(nominee.Kind))
            throw new DomainException(nominee.Kind == NomineeKind.Collective
                ? $"{awardType.Name} chỉ xét tặng cho cá nhân, không xét cho tập thể ('{nominee.Name}')."
                : $"{awardType.Name} chỉ xét tặng cho tập thể, không xét cho cá nhân ('{nominee.Name}').", "nominees");
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
            throw new DomainException($"Chỉ sửa được hồ sơ nháp hoặc hồ sơ bị trả lại; hồ sơ này đang ở trạng thái '{StatusNames.Of(Status)}'.", "status");
    }

    private void EnsureStatus(NominationStatus expected, string action)
    {
        if (Status != expected)
            throw new DomainException($"Không thể {action} hồ sơ đang ở trạng thái '{StatusNames.Of(Status)}'.", "status");
    }

    private static string RequiredReason(string reason, string action) =>
        string.IsNullOrWhiteSpace(reason) ? throw new DomainException($"Cần ghi lý do khi {action}.", "comment") : reason.Trim();

    private void Touch() => Version = Guid.NewGuid();
}

public static class StatusNames
{
    /// <summary>A nominee named in a decision that stands (statistics, the workflow's happy end).</summary>
    public const string Awarded = "Được khen thưởng";

    public static string Of(NominationStatus status) => status switch
    {
        NominationStatus.Draft => "Nháp",
        NominationStatus.InReview => "Đang xét duyệt",
        NominationStatus.Returned => "Bị trả lại",
        NominationStatus.AwaitingDecision => "Chờ quyết định khen thưởng",
        NominationStatus.Approved => "Đã khen thưởng",
        NominationStatus.Refused => "Không được khen thưởng",
        NominationStatus.Postponed => "Tạm hoãn",
        NominationStatus.Withdrawn => "Đã rút",
        _ => status.ToString(),
    };
}
