using System.Collections.Immutable;
using System.Xml.Linq;

namespace ToanDan.Awards.Workflows.Definitions;

/// <summary>A node of a process: an event, a task or a gateway, identified by its BPMN id.</summary>
/// <param name="Id">The BPMN element id, unique in the definition.</param>
/// <param name="Name">The display name (Vietnamese for people), or null.</param>
public abstract record FlowNode(string Id, string? Name)
{
    /// <summary>The text of the element's <c>bpmn:documentation</c>, if any.</summary>
    public string? Documentation { get; init; }

    /// <summary>A label for messages: the name when there is one, else the id.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}

/// <summary>A none start event: where a new instance begins.</summary>
public sealed record StartEvent(string Id, string? Name) : FlowNode(Id, Name);

/// <summary>A none or terminate end event.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Terminate">True for a terminate end event, which ends every token of the instance.</param>
/// <param name="Result">The business result the host reads when the instance ends here
/// (<c>award:result</c>: e.g. <c>approved</c>, <c>refused</c>, <c>withdrawn</c>), or null.</param>
public sealed record EndEvent(string Id, string? Name, bool Terminate, string? Result) : FlowNode(Id, Name);

/// <summary>Who receives a task or a message, relative to the nominating unit.</summary>
/// <param name="Role">A role code, e.g. <c>pv05-reviewer</c>.</param>
/// <param name="UnitLevel">Whose holders of the role: <c>self</c>, <c>parent</c>, or a level such as
/// <c>commune</c>, <c>province</c>, <c>ministry</c> (the ancestor-or-self at that level).</param>
public sealed record Assignee(string Role, string UnitLevel)
{
    /// <summary>The unit level used when a diagram names none.</summary>
    public const string DefaultUnitLevel = "self";
}

/// <summary>A task that waits for a person to choose one of its outcomes.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The step's name, shown to people.</param>
/// <param name="Candidate">Who may act on it; null when the diagram names no role (a validation error).</param>
/// <param name="Outcomes">The outcomes a person may choose (<c>award:outcomes</c>, default <c>approve,reject</c>).</param>
/// <param name="Due">When the task falls due after it opens, or null for no deadline.</param>
public sealed record UserTask(string Id, string? Name, Assignee? Candidate, ImmutableArray<string> Outcomes, TimeSpec? Due)
    : FlowNode(Id, Name)
{
    /// <summary>The outcomes a task offers when the diagram names none.</summary>
    public static readonly ImmutableArray<string> DefaultOutcomes = ["approve", "reject"];

    /// <inheritdoc />
    /// <remarks>Outcomes compare by content (an immutable array alone compares by reference).</remarks>
    public bool Equals(UserTask? other) =>
        other is not null && base.Equals(other) && Equals(Candidate, other.Candidate) && Equals(Due, other.Due)
        && Outcomes.SequenceEqual(other.Outcomes, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Candidate, Due, Outcomes.Length);
}

/// <summary>What kind of automatic task emitted a notification.</summary>
public enum AutomaticTaskKind
{
    /// <summary>A BPMN send task.</summary>
    Send,
    /// <summary>A BPMN service task.</summary>
    Service,
}

/// <summary>A send or service task: the engine emits an effect for the host and moves on at once.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">Send task or service task.</param>
/// <param name="Template">The e-mail template it names (<c>award:template</c>).</param>
/// <param name="Recipient">Who receives it (<c>award:recipientRole</c>, <c>award:recipientLevel</c>), or null
/// for the host's default recipients of that template.</param>
public sealed record AutomaticTask(string Id, string? Name, AutomaticTaskKind Kind, string? Template, Assignee? Recipient)
    : FlowNode(Id, Name);

/// <summary>An exclusive (XOR) gateway: the first outgoing flow whose condition holds is taken, else the default.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="DefaultFlowId">The id of the default flow, or null.</param>
public sealed record ExclusiveGateway(string Id, string? Name, string? DefaultFlowId) : FlowNode(Id, Name);

/// <summary>A parallel (AND) gateway: splits into every outgoing flow, joins by waiting for every incoming one.</summary>
public sealed record ParallelGateway(string Id, string? Name) : FlowNode(Id, Name);

/// <summary>A timer attached to the boundary of a user task.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="AttachedToId">The user task it watches.</param>
/// <param name="Interrupting">True (escalation) cancels the task when the timer fires; false (reminder) leaves it open.</param>
/// <param name="Timer">When it fires; null if the diagram's timer could not be read (a validation error).</param>
public sealed record BoundaryTimerEvent(string Id, string? Name, string AttachedToId, bool Interrupting, TimeSpec? Timer)
    : FlowNode(Id, Name);

/// <summary>
/// A BPMN element the engine does not execute. It is kept so that validation can name it:
/// nothing is silently skipped.
/// </summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="ElementType">The BPMN element's local name, e.g. <c>scriptTask</c>, or a description such as
/// <c>messageStartEvent</c>.</param>
public sealed record UnsupportedNode(string Id, string? Name, string ElementType) : FlowNode(Id, Name)
{
    /// <summary>
    /// The element as read from the file, written back verbatim on export; null for a node built in code.
    /// Not part of equality: two nodes read from equal files are equal.
    /// </summary>
    public XElement? Element { get; init; }

    /// <inheritdoc />
    public bool Equals(UnsupportedNode? other) =>
        other is not null && base.Equals(other) && string.Equals(ElementType, other.ElementType, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), ElementType);
}
