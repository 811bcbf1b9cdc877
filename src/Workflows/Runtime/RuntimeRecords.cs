using System.Text.Json.Nodes;

namespace ToanDan.Awards.Workflows.Runtime;

/// <summary>
/// A token waiting at a node: at a user task, a sub-process, a call activity, a receive task, a catch event, an
/// event-based gateway, or at a join for its other branches.
/// </summary>
/// <param name="Id">Unique within the instance.</param>
/// <param name="ElementId">The node it waits at.</param>
/// <param name="ViaFlowId">The flow it arrived by (a join counts arrivals per incoming flow).</param>
/// <param name="ForkId">The parallel split activation it descends from, or null outside any split.</param>
public sealed record Token(string Id, string ElementId, string? ViaFlowId, string? ForkId)
{
    /// <summary>Inside an embedded sub-process: the id of the token waiting at that sub-process; null at the top.</summary>
    public string? ScopeId { get; init; }
}

/// <summary>One firing of a parallel split, remembered until its branches join again or are withdrawn.</summary>
/// <param name="Id">Unique within the instance.</param>
/// <param name="GatewayId">The split gateway.</param>
/// <param name="ParentForkId">The enclosing split activation, for nested splits.</param>
public sealed record ForkActivation(string Id, string GatewayId, string? ParentForkId);

/// <summary>A user task waiting for a person.</summary>
/// <param name="Id">Unique within the instance; the handle a person completes.</param>
/// <param name="ElementId">The BPMN user task.</param>
/// <param name="TokenId">The token waiting on it.</param>
/// <param name="CandidateRole">The role whose holders may act.</param>
/// <param name="UnitLevel">Whose holders, relative to the nominating unit.</param>
/// <param name="OpenedAt">When it opened.</param>
/// <param name="DueAt">Its deadline, or null.</param>
public sealed record OpenTask(
    string Id, string ElementId, string TokenId, string? CandidateRole, string? UnitLevel,
    DateTimeOffset OpenedAt, DateTimeOffset? DueAt)
{
    /// <summary>The one account the task is assigned to (the diagram's assignee, resolved), or null.</summary>
    public string? Assignee { get; init; }

    /// <summary>Accounts that may take the task (candidate users, resolved), or null.</summary>
    public IReadOnlyList<string>? CandidateUsers { get; init; }

    /// <summary>Groups whose members may take the task (candidate groups, resolved; the first is <see cref="CandidateRole"/>), or null.</summary>
    public IReadOnlyList<string>? CandidateGroups { get; init; }

    /// <summary>Who claimed the task (only they may complete it until they release it), or null.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>For one instance of a multi-instance task: its index, 0, 1, 2…; null otherwise.</summary>
    public int? LoopCounter { get; init; }

    /// <summary>For one instance of a multi-instance task over a list: its item (e.g. the council member), or null.</summary>
    public JsonNode? LoopItem { get; init; }

    /// <inheritdoc />
    public bool Equals(OpenTask? other) =>
        other is not null && Id == other.Id && ElementId == other.ElementId && TokenId == other.TokenId
        && CandidateRole == other.CandidateRole && UnitLevel == other.UnitLevel && OpenedAt == other.OpenedAt
        && DueAt == other.DueAt && Assignee == other.Assignee && ClaimedBy == other.ClaimedBy && LoopCounter == other.LoopCounter
        && Same(CandidateUsers, other.CandidateUsers) && Same(CandidateGroups, other.CandidateGroups)
        && JsonNode.DeepEquals(LoopItem, other.LoopItem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ElementId, TokenId, OpenedAt);

    private static bool Same(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b, StringComparer.Ordinal);
}

/// <summary>A multi-instance user task running: its counters, and the items still to open when it is sequential.</summary>
/// <param name="TokenId">The token waiting at the task (the multi-instance body).</param>
/// <param name="ElementId">The user task.</param>
/// <param name="Total">nrOfInstances.</param>
/// <param name="Completed">nrOfCompletedInstances.</param>
/// <param name="Active">nrOfActiveInstances.</param>
/// <param name="Next">The index of the next instance to open (sequential).</param>
public sealed record MultiInstanceLoop(string TokenId, string ElementId, int Total, int Completed, int Active, int Next)
{
    /// <summary>The list the instances run over, as read when the task was reached; null for a count.</summary>
    public JsonArray? Items { get; init; }

    /// <summary>True while a task over <c>roleHolders</c> waits for the host to name the holders (<c>SupplyRoleHolders</c>).</summary>
    public bool? AwaitingHolders { get; init; }

    /// <inheritdoc />
    public bool Equals(MultiInstanceLoop? other) =>
        other is not null && TokenId == other.TokenId && ElementId == other.ElementId && Total == other.Total
        && Completed == other.Completed && Active == other.Active && Next == other.Next && JsonNode.DeepEquals(Items, other.Items)
        && AwaitingHolders == other.AwaitingHolders;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TokenId, Total, Completed, Active, Next);
}

/// <summary>A named message the instance waits for (a receive task, a message catch event, a message boundary event).</summary>
/// <param name="Id">Unique within the instance.</param>
/// <param name="ElementId">The receive task, catch event or boundary event that waits.</param>
/// <param name="MessageName">The message's name, as the host delivers it.</param>
/// <param name="TokenId">The waiting token (for a boundary event: the token of the activity it watches).</param>
public sealed record MessageSubscription(string Id, string ElementId, string MessageName, string TokenId)
{
    /// <summary>For a boundary event on a user task: the open task it watches, or null.</summary>
    public string? TaskId { get; init; }
}

/// <summary>A call activity waiting for the child instance the host started.</summary>
/// <param name="Id">Unique within the instance; the handle of <c>CompleteCallActivity</c>.</param>
/// <param name="ElementId">The call activity.</param>
/// <param name="TokenId">The token waiting at it.</param>
/// <param name="CalledKey">The called workflow.</param>
/// <param name="CalledVersion">The pinned version, or null for the latest published one.</param>
public sealed record PendingCall(string Id, string ElementId, string TokenId, string CalledKey, int? CalledVersion)
{
    /// <summary>The child instance, once the host has recorded it (<c>RecordCalledInstance</c>), or null.</summary>
    public string? CalledInstanceId { get; init; }
}

/// <summary>
/// Where a called instance was started from: the caller's instance and its call activity. An error or escalation the
/// called workflow does not catch itself is passed there (<c>ErrorPropagated</c>, <c>EscalationPropagated</c>).
/// </summary>
/// <param name="InstanceId">The caller's instance.</param>
/// <param name="ElementId">The caller's call activity.</param>
/// <param name="CallId">The caller's pending call (<see cref="PendingCall.Id"/>).</param>
public sealed record CalledFrom(string InstanceId, string ElementId, string CallId);

/// <summary>A timer that will fire: a boundary timer, an intermediate timer catch event, or a timer after an event-based gateway.</summary>
/// <param name="Id">Unique within the instance.</param>
/// <param name="ElementId">The boundary timer event or the timer catch event.</param>
/// <param name="TaskId">For a boundary timer on a (single) user task: the open task it watches; else null.</param>
/// <param name="DueAt">When it fires.</param>
/// <param name="Interrupting">Whether firing cancels the activity it watches.</param>
public sealed record PendingTimer(string Id, string ElementId, string? TaskId, DateTimeOffset DueAt, bool Interrupting)
{
    /// <summary>When <see cref="TaskId"/> is null: the waiting token (at the catch event, the event-based gateway, or the
    /// activity the boundary timer watches).</summary>
    public string? TokenId { get; init; }
}

/// <summary>What a journal entry records.</summary>
public enum JournalKind
{
    /// <summary>The instance started.</summary>
    Started,
    /// <summary>A user task opened.</summary>
    TaskOpened,
    /// <summary>A person completed a task with an outcome.</summary>
    TaskCompleted,
    /// <summary>A task was closed without a person's outcome (escalation, cancellation, a withdrawn branch).</summary>
    TaskCancelled,
    /// <summary>A boundary timer fired.</summary>
    TimerFired,
    /// <summary>A send or service task asked the host to notify someone.</summary>
    NotificationRequested,
    /// <summary>The instance reached an end.</summary>
    Ended,
    /// <summary>The instance was cancelled from outside.</summary>
    Cancelled,
    /// <summary>A message the instance waited for was delivered (the comment names it).</summary>
    MessageReceived,
    /// <summary>A call activity asked the host to start another workflow (the comment names its key).</summary>
    CallStarted,
    /// <summary>The called workflow ended and its call activity went on.</summary>
    CallCompleted,
    /// <summary>An error was thrown and caught by a boundary event (the outcome is its code).</summary>
    ErrorThrown,
    /// <summary>An escalation was thrown (the outcome is its code).</summary>
    EscalationThrown,
    /// <summary>An error or escalation nothing in this instance catches was passed to the caller (the outcome is its code).</summary>
    PassedToCaller,
    /// <summary>A person claimed a task.</summary>
    TaskClaimed,
    /// <summary>A person released a task they had claimed.</summary>
    TaskReleased,
}

/// <summary>One line of the append-only journal: what happened, when, by whom.</summary>
/// <param name="Seq">1, 2, 3… in order.</param>
/// <param name="At">When it happened (the command's clock).</param>
/// <param name="Kind">What happened.</param>
/// <param name="ElementId">The BPMN element concerned, if any.</param>
/// <param name="TaskId">The task concerned, if any.</param>
/// <param name="Actor">Who did it (a user name), or null for the engine itself.</param>
/// <param name="Outcome">The chosen outcome, or the end result.</param>
/// <param name="Comment">A person's comment or a reason.</param>
public sealed record JournalEntry(
    int Seq, DateTimeOffset At, JournalKind Kind, string? ElementId = null, string? TaskId = null,
    string? Actor = null, string? Outcome = null, string? Comment = null);
