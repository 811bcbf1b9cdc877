namespace ToanDan.Awards.Host.Domain;

public enum WorkflowVersionStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>One version of a workflow, as BPMN XML. Published versions never change; instances keep theirs.</summary>
public sealed class WorkflowVersion
{
    private WorkflowVersion() { }

    public WorkflowVersion(string key, int version, string name, string bpmnXml, string createdBy, DateTimeOffset createdAt)
    {
        (Key, Version, Name, BpmnXml, CreatedBy, CreatedAt, Status) = (key, version, name, bpmnXml, createdBy, createdAt, WorkflowVersionStatus.Draft);
    }

    public int Id { get; private set; }
    public string Key { get; private set; } = "";
    public int Version { get; private set; }
    public string Name { get; private set; } = "";
    public string BpmnXml { get; private set; } = "";
    public WorkflowVersionStatus Status { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>
    /// A fingerprint of the XML: an editor sends the one it started from, so a save from a second window, over a
    /// draft someone saved meanwhile, is refused instead of silently overwriting it.
    /// </summary>
    public string Revision => RevisionOf(BpmnXml);

    public static string RevisionOf(string bpmnXml) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(bpmnXml)))[..16];

    /// <param name="expectedRevision">The <see cref="Revision"/> the editor started from, or null to overwrite whatever is there.</param>
    public void ReplaceDraft(string name, string bpmnXml, string? expectedRevision = null)
    {
        if (Status != WorkflowVersionStatus.Draft) throw new DomainException("Chỉ sửa được bản nháp; hãy tạo bản nháp mới từ phiên bản này.", "status");
        if (expectedRevision is not null && expectedRevision != Revision)
            throw new ConflictException($"Bản nháp {Version} vừa được lưu từ một cửa sổ khác, nên thay đổi ở đây chưa được lưu. " +
                "Hãy tải tệp .bpmn của mình về nếu cần giữ, rồi tải lại trang để sửa tiếp trên bản mới nhất.");
        (Name, BpmnXml) = (name, bpmnXml);
    }

    /// <summary>Only a draft may be thrown away: a published version has, or had, dossiers running on it.</summary>
    public void EnsureDiscardable()
    {
        if (Status != WorkflowVersionStatus.Draft)
            throw new ConflictException($"Phiên bản {Version} của quy trình '{Key}' đã được công bố: không xóa được, chỉ bản nháp mới xóa được.");
    }

    public void Publish(DateTimeOffset at)
    {
        if (Status != WorkflowVersionStatus.Draft) throw new ConflictException($"Phiên bản {Version} của quy trình '{Key}' đã được công bố hoặc đã thôi dùng.");
        (Status, PublishedAt) = (WorkflowVersionStatus.Published, at);
    }

    public void Retire()
    {
        if (Status == WorkflowVersionStatus.Published) Status = WorkflowVersionStatus.Retired;
    }
}

/// <summary>A running or ended workflow instance of one nomination: the engine's state as JSON.</summary>
public sealed class WorkflowInstance
{
    private WorkflowInstance() { }

    public WorkflowInstance(string id, int nominationId, string key, int version)
    {
        (Id, NominationId, WorkflowKey, WorkflowVersion) = (id, nominationId, key, version);
    }

    public string Id { get; private set; } = "";
    public int NominationId { get; private set; }
    public string WorkflowKey { get; private set; } = "";
    public int WorkflowVersion { get; private set; }
    public string StateJson { get; private set; } = "";
    public bool IsRunning { get; private set; } = true;

    /// <summary>Bumped on every step: two steps from the same state conflict, and only one is saved.</summary>
    public int Revision { get; private set; }

    /// <summary>For an instance a call activity started: the caller's instance, and the call it answers; null at the top.</summary>
    public string? ParentInstanceId { get; private set; }

    public string? ParentCallId { get; private set; }

    /// <summary>The dossier's own instance: its end decides the dossier; a called one's end only lets its caller go on.</summary>
    public bool IsRoot => ParentInstanceId is null;

    public static WorkflowInstance CalledBy(WorkflowInstance caller, string callId, string id, string key, int version) =>
        new(id, caller.NominationId, key, version) { ParentInstanceId = caller.Id, ParentCallId = callId };

    public void Save(string stateJson, bool isRunning) => (StateJson, IsRunning, Revision) = (stateJson, isRunning, Revision + 1);
}

/// <summary>An open or closed user task, routed to the holders of a role in one unit: what inboxes read.</summary>
public sealed class WorkItem
{
    private WorkItem() { }

    public WorkItem(string instanceId, string engineTaskId, int nominationId, string elementId, string name, string role,
        int unitId, DateTimeOffset openedAt, DateTimeOffset? dueAt)
    {
        (InstanceId, EngineTaskId, NominationId, ElementId, Name, Role, UnitId, OpenedAt, DueAt) =
            (instanceId, engineTaskId, nominationId, elementId, name, role, unitId, openedAt, dueAt);
    }

    /// <summary>Chosen when the task opens, so that the e-mail announcing it can already link to it.</summary>
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string InstanceId { get; private set; } = "";
    public string EngineTaskId { get; private set; } = "";
    public int NominationId { get; private set; }
    public Nomination? Nomination { get; private set; }
    public string ElementId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Role { get; private set; } = "";
    public int UnitId { get; private set; }
    public Unit? Unit { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public string? Outcome { get; private set; }
    public string? Comment { get; private set; }
    public string? CloseReason { get; private set; }

    /// <summary>The one account the diagram assigns the task to (its role holders do not get it then), or null.</summary>
    public string? AssignedTo { get; private set; }

    /// <summary>Accounts the diagram names beside the role, stored as ",a,b," so that a query can look for ",name,".</summary>
    public string? CandidateUsers { get; private set; }

    /// <summary>Who took the task from those it is offered to: until they release it, only they complete it.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>When a deputy completed it: the person they stood in for.</summary>
    public string? ClosedOnBehalfOf { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public IReadOnlyList<string> CandidateUserNames =>
        CandidateUsers is null ? [] : CandidateUsers.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void OfferTo(string? assignee, IReadOnlyList<string>? candidateUsers) =>
        (AssignedTo, CandidateUsers) = (assignee, candidateUsers is { Count: > 0 } ? $",{string.Join(',', candidateUsers)}," : null);

    public string ClaimedByOther => $"Bước '{Name}' đã được {ClaimedBy} nhận xử lý: chỉ người đó xử lý, hoặc trả lại để người khác nhận.";

    public void Claim(string userName)
    {
        if (!IsOpen) throw new ConflictException($"Bước '{Name}' đã đóng, không nhận xử lý được nữa.");
        if (ClaimedBy is not null && !string.Equals(ClaimedBy, userName, StringComparison.OrdinalIgnoreCase))
            throw new ConflictException(ClaimedByOther);
        ClaimedBy = userName;
    }

    public void Release(string userName)
    {
        if (!string.Equals(ClaimedBy, userName, StringComparison.OrdinalIgnoreCase))
            throw new ConflictException(ClaimedBy is null
                ? $"Bước '{Name}' chưa có ai nhận xử lý."
                : $"Bước '{Name}' do {ClaimedBy} nhận xử lý: chỉ người đó trả lại được.");
        ClaimedBy = null;
    }

    /// <summary>Why a step takes no more decisions: who handled it and how, or that it closed by itself.</summary>
    /// <param name="step">The step as the reader knows it ("Bước này", "Bước 'Xét duyệt'").</param>
    public static string Closed(string step, DateTimeOffset at, string? by, string? outcome) => by is null
        ? $"{step} đã đóng lúc {Workflow.VietnamTime.DateTime(at)} (quá hạn đã chuyển cấp trên, hoặc hồ sơ đã đi đường khác)."
        : $"{step} đã được {by} xử lý lúc {Workflow.VietnamTime.DateTime(at)} (ý kiến: {outcome}).";

    public void Close(DateTimeOffset at, string? by, string? outcome, string? comment, string reason) =>
        (ClosedAt, ClosedBy, Outcome, Comment, CloseReason) = (at, by, outcome, comment, reason);

    /// <summary>Records that <see cref="ClosedBy"/> acted as the deputy of <paramref name="principal"/>.</summary>
    public void ActedFor(string principal) => ClosedOnBehalfOf = principal;
}

/// <summary>A pending boundary timer, for the background service that fires them.</summary>
public sealed class ScheduledTimer
{
    private ScheduledTimer() { }

    public ScheduledTimer(string instanceId, string engineTimerId, DateTimeOffset dueAt) =>
        (InstanceId, EngineTimerId, DueAt) = (instanceId, engineTimerId, dueAt);

    public int Id { get; private set; }
    public string InstanceId { get; private set; } = "";
    public string EngineTimerId { get; private set; } = "";
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>Failed attempts to fire it since it was due (or since an administrator retried it).</summary>
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>Set when it failed too often: it waits for an administrator (retry or cancel) and no longer fires.</summary>
    public DateTimeOffset? ParkedAt { get; private set; }

    public bool IsParked => ParkedAt is not null;

    /// <summary>
    /// A failed attempt: the next one waits twice as long as the last (from <paramref name="firstDelay"/>); after
    /// <paramref name="maxAttempts"/> the timer is parked with its reason.
    /// </summary>
    public void MarkFailedAttempt(string error, DateTimeOffset now, int maxAttempts, TimeSpan firstDelay)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= maxAttempts) ParkedAt = now;
        else DueAt = now + firstDelay * Math.Pow(2, Attempts - 1);
    }

    /// <summary>An administrator fixed the cause (an account now holds the role): fire it at the next round.</summary>
    public void Retry(DateTimeOffset now)
    {
        if (!IsParked) throw new ConflictException("Hẹn giờ này chưa bị dừng: nó sẽ tự chạy lại, không cần thử lại.");
        (Attempts, ParkedAt, DueAt) = (0, null, now);
    }
}
