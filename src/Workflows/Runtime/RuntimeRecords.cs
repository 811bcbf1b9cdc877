namespace ToanDan.Awards.Workflows.Runtime;

/// <summary>A token waiting at a node: at a user task, or at a parallel join for its other branches.</summary>
/// <param name="Id">Unique within the instance.</param>
/// <param name="ElementId">The node it waits at.</param>
/// <param name="ViaFlowId">The flow it arrived by (a join counts arrivals per incoming flow).</param>
/// <param name="ForkId">The parallel split activation it descends from, or null outside any split.</param>
public sealed record Token(string Id, string ElementId, string? ViaFlowId, string? ForkId);

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
    DateTimeOffset OpenedAt, DateTimeOffset? DueAt);

/// <summary>A boundary timer set on an open task.</summary>
/// <param name="Id">Unique within the instance.</param>
/// <param name="ElementId">The boundary timer event.</param>
/// <param name="TaskId">The open task it watches.</param>
/// <param name="DueAt">When it fires.</param>
/// <param name="Interrupting">Whether firing cancels the task.</param>
public sealed record PendingTimer(string Id, string ElementId, string TaskId, DateTimeOffset DueAt, bool Interrupting);

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
