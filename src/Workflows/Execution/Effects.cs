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
