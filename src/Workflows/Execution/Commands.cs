using System.Text.Json.Nodes;

namespace ToanDan.Awards.Workflows.Execution;

/// <summary>Something the host asks an instance to do.</summary>
/// <param name="Actor">Who asks (a user name), or null for the system (a timer, a background job).</param>
public abstract record WorkflowCommand(string? Actor)
{
    /// <summary>
    /// The instance the caller means, when it knows: a command sent to another instance's state is refused with
    /// <see cref="WorkflowError.WrongInstance"/> instead of acting on a task that happens to have the same id there.
    /// </summary>
    public string? ExpectedInstanceId { get; init; }
}

/// <summary>Start a new instance at the process's none start event.</summary>
/// <param name="InstanceId">The id the host gives the instance.</param>
/// <param name="DefinitionVersion">The version of the definition it runs on.</param>
/// <param name="Variables">Initial variables (e.g. <c>nomination</c>), or null.</param>
/// <param name="Actor">Who started it.</param>
public sealed record StartInstance(string InstanceId, int DefinitionVersion, JsonObject? Variables, string? Actor)
    : WorkflowCommand(Actor)
{
    /// <summary>
    /// For an instance a call activity starts: the caller's instance and call activity. An error the new instance does
    /// not catch then ends it and is passed to the caller (<see cref="ErrorPropagated"/>) instead of being refused, and an
    /// escalation it does not catch is passed there too (<see cref="EscalationPropagated"/>).
    /// </summary>
    public Runtime.CalledFrom? CalledFrom { get; init; }
}

/// <summary>A person completes an open user task with one of its outcomes.</summary>
/// <param name="TaskId">The open task's id.</param>
/// <param name="Outcome">One of the task's outcomes, e.g. <c>approve</c>, <c>return</c>, <c>reject</c>.</param>
/// <param name="Actor">Who completes it.</param>
/// <param name="Comment">The person's comment or reason, kept in the journal.</param>
/// <param name="Variables">Variables to set before the flow moves on (top-level keys are replaced), or null.</param>
public sealed record CompleteTask(string TaskId, string Outcome, string? Actor, string? Comment = null, JsonObject? Variables = null)
    : WorkflowCommand(Actor);

/// <summary>A pending boundary timer is due: fire it.</summary>
/// <param name="TimerId">The pending timer's id.</param>
public sealed record FireTimer(string TimerId) : WorkflowCommand((string?)null);

/// <summary>Cancel the whole instance: every open task and timer is closed.</summary>
/// <param name="Actor">Who cancels.</param>
/// <param name="Reason">Why, kept in the journal.</param>
public sealed record CancelInstance(string? Actor, string? Reason) : WorkflowCommand(Actor);

/// <summary>
/// The host delivers a named message to the instance (e.g. <c>ho-so-bo-sung-da-nhan</c>, <c>quyet-dinh-bo-da-ve</c>): the
/// receive task, message catch event or message boundary event that waits for it goes on. When several wait for the same
/// name, the one that started waiting first receives it. A message nobody waits for is refused with
/// <see cref="WorkflowError.MessageNotAwaited"/>.
/// </summary>
/// <param name="MessageName">The message's name, as in the diagram's <c>bpmn:message name</c>.</param>
/// <param name="Actor">Who delivers it, or null for the system.</param>
/// <param name="Variables">Variables to set before the flow moves on (top-level keys are replaced), or null.</param>
public sealed record DeliverMessage(string MessageName, string? Actor, JsonObject? Variables = null) : WorkflowCommand(Actor);

/// <summary>
/// The child instance of a call activity ended (the host saw its <c>InstanceEnded</c>): the call activity goes on.
/// </summary>
/// <param name="CallId">The pending call's id (<see cref="CallActivityStarted"/>).</param>
/// <param name="Output">The child's variables; copied as the call activity's output mappings say (all when it has none).</param>
/// <param name="Actor">Who or what reports it, or null for the system.</param>
/// <remarks>With <see cref="ErrorCode"/> set, the child failed with that BPMN error (<see cref="ErrorPropagated"/>): an
/// error boundary event on the call activity (or on an enclosing sub-process) catches it; when none does, an instance that
/// was itself called passes it on to its own caller, and a dossier's own instance refuses the command with
/// <see cref="WorkflowError.ErrorNotCaught"/>.</remarks>
public sealed record CompleteCallActivity(string CallId, JsonObject? Output, string? Actor = null) : WorkflowCommand(Actor)
{
    /// <summary>The error the child ended with, or null when it ended normally.</summary>
    public string? ErrorCode { get; init; }
}

/// <summary>
/// The child instance of a call activity raised an escalation it does not catch itself (<see cref="EscalationPropagated"/>):
/// an escalation boundary event on the call activity (or on an enclosing sub-process) catches it; an interrupting one
/// cancels the call (and so the child), a non-interrupting one starts a path beside it. When none catches it, an instance
/// that was itself called passes it on to its caller; otherwise the escalation is only recorded in the journal.
/// </summary>
/// <param name="CallId">The pending call's id.</param>
/// <param name="EscalationCode">The escalation's code, or null.</param>
/// <param name="Actor">Who or what reports it, or null for the system.</param>
public sealed record EscalateCallActivity(string CallId, string? EscalationCode, string? Actor = null) : WorkflowCommand(Actor);

/// <summary>The host records which child instance it started for a call activity, so that the caller's state shows it.</summary>
/// <param name="CallId">The pending call's id.</param>
/// <param name="CalledInstanceId">The child instance's id.</param>
public sealed record RecordCalledInstance(string CallId, string CalledInstanceId) : WorkflowCommand((string?)null);

/// <summary>A person takes an open task offered to several people: until they release it, only they may complete it.</summary>
/// <param name="TaskId">The open task's id.</param>
/// <param name="Actor">Who claims it (a user name).</param>
public sealed record ClaimTask(string TaskId, string Actor) : WorkflowCommand(Actor);

/// <summary>The person who claimed a task gives it back to everyone it is offered to.</summary>
/// <param name="TaskId">The open task's id.</param>
/// <param name="Actor">Who releases it: the person who claimed it.</param>
public sealed record ReleaseTask(string TaskId, string Actor) : WorkflowCommand(Actor);

/// <summary>
/// The host names the current holders of the role a multi-instance task over <c>roleHolders</c> asked for
/// (<see cref="RoleHoldersRequested"/>): one task opens for each, assigned to that account (element variable <c>roleHolder</c>).
/// An empty list is refused with <see cref="WorkflowError.LoopInvalid"/>.
/// </summary>
/// <param name="TokenId">The token of <see cref="RoleHoldersRequested"/>.</param>
/// <param name="UserNames">The accounts, in the order their tasks open.</param>
public sealed record SupplyRoleHolders(string TokenId, IReadOnlyList<string> UserNames) : WorkflowCommand((string?)null);
