using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Execution;

/// <summary>Something the host must carry out or know about after a command: the engine itself does no I/O.</summary>
public abstract record WorkflowEffect;

/// <summary>A user task opened: route it to the holders of its candidate role.</summary>
/// <param name="Task">The task, with its deadline.</param>
/// <param name="Name">The step's name from the diagram.</param>
public sealed record TaskOpened(OpenTask Task, string? Name) : WorkflowEffect;

/// <summary>Why a task closed.</summary>
public enum TaskCloseReason
{
    /// <summary>A person completed it.</summary>
    Completed,
    /// <summary>An interrupting boundary timer fired (escalation).</summary>
    Escalated,
    /// <summary>The instance was cancelled or ended by a terminate end event.</summary>
    Cancelled,
    /// <summary>Its branch was withdrawn because the flow went back before the parallel split it belonged to.</summary>
    Withdrawn,
    /// <summary>An interrupting boundary event other than a timer (a message, an error, an escalation) ended the activity.</summary>
    Interrupted,
    /// <summary>One instance of a multi-instance task was no longer needed: the completion condition held (the vote is decided).</summary>
    CompletionConditionMet,
}

/// <summary>A user task closed and must leave everybody's inbox.</summary>
/// <param name="TaskId">The task's id.</param>
/// <param name="ElementId">The BPMN user task.</param>
/// <param name="Reason">Why it closed.</param>
/// <param name="Outcome">The outcome chosen, when completed.</param>
public sealed record TaskClosed(string TaskId, string ElementId, TaskCloseReason Reason, string? Outcome) : WorkflowEffect;

/// <summary>A timer must fire at <see cref="PendingTimer.DueAt"/> (send <see cref="FireTimer"/> then).</summary>
/// <param name="Timer">The timer.</param>
public sealed record TimerScheduled(PendingTimer Timer) : WorkflowEffect;

/// <summary>A timer that was scheduled will not fire any more.</summary>
/// <param name="TimerId">The timer's id.</param>
public sealed record TimerCancelled(string TimerId) : WorkflowEffect;

/// <summary>A send or service task asks the host to send a message.</summary>
/// <param name="ElementId">The send or service task.</param>
/// <param name="Kind">Send or service task.</param>
/// <param name="Template">The e-mail template it names.</param>
/// <param name="Recipient">Who receives it, relative to the nominating unit, or null for the template's default.</param>
/// <param name="RelatedTaskId">The user task this message is about (the task a reminder or escalation watched,
/// or the task whose outcome led here), or null.</param>
/// <param name="RelatedElementId">That task's BPMN element, or null.</param>
public sealed record NotificationRequested(
    string ElementId, AutomaticTaskKind Kind, string? Template, Assignee? Recipient,
    string? RelatedTaskId, string? RelatedElementId) : WorkflowEffect;

/// <summary>The instance ended.</summary>
/// <param name="Status">Completed or cancelled.</param>
/// <param name="Result">The end event's <c>award:result</c> (e.g. <c>approved</c>), or null.</param>
/// <param name="EndElementId">The end event reached, or null when cancelled.</param>
public sealed record InstanceEnded(InstanceStatus Status, string? Result, string? EndElementId) : WorkflowEffect;

/// <summary>The instance now waits for a named message (deliver it with <see cref="DeliverMessage"/>).</summary>
/// <param name="Subscription">What waits, for which message.</param>
public sealed record MessageAwaited(MessageSubscription Subscription) : WorkflowEffect;

/// <summary>The instance no longer waits for a message (it arrived, or what waited for it ended).</summary>
/// <param name="SubscriptionId">The subscription's id.</param>
/// <param name="MessageName">The message's name.</param>
public sealed record MessageAwaitEnded(string SubscriptionId, string MessageName) : WorkflowEffect;

/// <summary>
/// A call activity was reached. The host must start a new instance of <see cref="PendingCall.CalledKey"/> (the latest
/// published version when <see cref="PendingCall.CalledVersion"/> is null, else that version) with
/// <paramref name="Variables"/>, may record its id with <see cref="RecordCalledInstance"/>, and sends
/// <see cref="CompleteCallActivity"/> with the child's variables when the child ends (with an error code when it failed).
/// If the caller is cancelled first, <see cref="CallActivityCancelled"/> tells the host to cancel the child.
/// </summary>
/// <param name="Call">The pending call.</param>
/// <param name="Name">The call activity's name.</param>
/// <param name="Variables">The variables for the child, after the input mappings.</param>
public sealed record CallActivityStarted(PendingCall Call, string? Name, System.Text.Json.Nodes.JsonObject Variables) : WorkflowEffect;

/// <summary>A call activity was cancelled (its caller was cancelled, or a boundary event interrupted it): cancel the child.</summary>
/// <param name="CallId">The pending call's id.</param>
/// <param name="CalledKey">The called workflow.</param>
/// <param name="CalledInstanceId">The child instance, when recorded.</param>
public sealed record CallActivityCancelled(string CallId, string CalledKey, string? CalledInstanceId) : WorkflowEffect;

/// <summary>
/// A called instance ended with an error it does not catch (<see cref="Runtime.InstanceStatus.Failed"/>): send
/// <see cref="CompleteCallActivity"/> with <see cref="CompleteCallActivity.ErrorCode"/> to the caller.
/// </summary>
/// <param name="Caller">The caller's instance and call activity.</param>
/// <param name="ErrorCode">The error's code, or null.</param>
/// <param name="ThrownBy">The element that threw it (an error end event, or a call activity passing its child's error on).</param>
public sealed record ErrorPropagated(CalledFrom Caller, string? ErrorCode, string ThrownBy) : WorkflowEffect;

/// <summary>
/// A called instance raised an escalation it does not catch: send <see cref="EscalateCallActivity"/> to the caller. The
/// called instance itself goes on (the path that raised it has ended).
/// </summary>
/// <param name="Caller">The caller's instance and call activity.</param>
/// <param name="EscalationCode">The escalation's code, or null.</param>
/// <param name="ThrownBy">The element that raised it.</param>
public sealed record EscalationPropagated(CalledFrom Caller, string? EscalationCode, string ThrownBy) : WorkflowEffect;

/// <summary>
/// A multi-instance user task over <c>roleHolders</c> was reached: send <see cref="SupplyRoleHolders"/> with the accounts that
/// hold <paramref name="Role"/> in the unit <paramref name="UnitLevel"/> names (relative to the nominating unit), in the same
/// transaction; one task then opens for each, assigned to that account.
/// </summary>
/// <param name="TokenId">The waiting token (what <see cref="SupplyRoleHolders"/> names).</param>
/// <param name="ElementId">The user task.</param>
/// <param name="Name">The step's name from the diagram.</param>
/// <param name="Role">The role whose holders vote.</param>
/// <param name="UnitLevel">The unit relative to the nominating unit, or null for the default.</param>
public sealed record RoleHoldersRequested(string TokenId, string ElementId, string? Name, string Role, string? UnitLevel) : WorkflowEffect;
