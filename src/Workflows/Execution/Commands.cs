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
    : WorkflowCommand(Actor);

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
