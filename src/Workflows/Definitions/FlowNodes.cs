using System.Collections.Immutable;
using System.Xml.Linq;
using ToanDan.Awards.Workflows.Expressions;

namespace ToanDan.Awards.Workflows.Definitions;

/// <summary>A node of a process: an event, a task or a gateway, identified by its BPMN id.</summary>
/// <param name="Id">The BPMN element id, unique in the definition.</param>
/// <param name="Name">The display name (Vietnamese for people), or null.</param>
public abstract record FlowNode(string Id, string? Name)
{
    /// <summary>The text of the element's <c>bpmn:documentation</c>, if any.</summary>
    public string? Documentation { get; init; }

    /// <summary>The embedded sub-process this node lies in, or null for a node of the process itself.</summary>
    public string? ScopeId { get; init; }

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
public sealed record EndEvent(string Id, string? Name, bool Terminate, string? Result) : FlowNode(Id, Name)
{
    /// <summary>An error or escalation the end event throws, or null for a none or terminate end.</summary>
    public EndThrow? Throws { get; init; }
}

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
    public static readonly ImmutableArray<string> DefaultOutcomes = [Definitions.Outcomes.Approve, Definitions.Outcomes.Reject];

    /// <summary>The outcome this task offers that <paramref name="chosen"/> names (<see cref="Outcomes.Same"/>), or null.</summary>
    public string? Offered(string? chosen) => Outcomes.FirstOrDefault(o => Definitions.Outcomes.Same(chosen, o));

    /// <summary>The refusal of an outcome this task does not offer, naming those it does.</summary>
    public string NotOffered(string? chosen) =>
        $"Bước '{Name ?? Id}' không có lựa chọn '{chosen}'. Các lựa chọn: {string.Join(", ", Outcomes)}.";

    /// <summary>
    /// People named by the diagram (an assignee, candidate users, candidate groups), as other modelers write them;
    /// null when the diagram names only <see cref="Candidate"/>'s role.
    /// </summary>
    public TaskAssignment? Assignment { get; init; }

    /// <summary>The task runs once per item of a list or a number of times (a council's vote), or null for once.</summary>
    public MultiInstance? Loop { get; init; }

    /// <inheritdoc />
    /// <remarks>Outcomes compare by content (an immutable array alone compares by reference).</remarks>
    public bool Equals(UserTask? other) =>
        other is not null && base.Equals(other) && Equals(Candidate, other.Candidate) && Equals(Due, other.Due)
        && Outcomes.SequenceEqual(other.Outcomes, StringComparer.Ordinal)
        && Equals(Assignment, other.Assignment) && Equals(Loop, other.Loop);

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

/// <summary>An event attached to the boundary of an activity (a user task, a sub-process, a call activity, a receive task).</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="AttachedToId">The activity it watches.</param>
/// <param name="Interrupting">True cancels the activity when the event occurs; false leaves it running.</param>
public abstract record BoundaryEvent(string Id, string? Name, string AttachedToId, bool Interrupting) : FlowNode(Id, Name);

/// <summary>A timer attached to the boundary of an activity.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="AttachedToId">The activity it watches.</param>
/// <param name="Interrupting">True (escalation) cancels the task when the timer fires; false (reminder) leaves it open.</param>
/// <param name="Timer">When it fires; null if the diagram's timer could not be read (a validation error).</param>
public sealed record BoundaryTimerEvent(string Id, string? Name, string AttachedToId, bool Interrupting, TimeSpec? Timer)
    : BoundaryEvent(Id, Name, AttachedToId, Interrupting);

/// <summary>A message that may arrive while an activity runs (e.g. "quyết định của Bộ đã về").</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="AttachedToId">The activity it watches.</param>
/// <param name="Interrupting">True cancels the activity when the message arrives.</param>
/// <param name="Message">The message it waits for; null when the diagram names none (a validation error).</param>
public sealed record BoundaryMessageEvent(string Id, string? Name, string AttachedToId, bool Interrupting, EventRef? Message)
    : BoundaryEvent(Id, Name, AttachedToId, Interrupting);

/// <summary>Catches an error thrown inside a sub-process (an error end event) or by a called workflow; always interrupting.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="AttachedToId">The sub-process or call activity it watches.</param>
/// <param name="Error">The error it catches, or null to catch every error.</param>
public sealed record BoundaryErrorEvent(string Id, string? Name, string AttachedToId, EventRef? Error)
    : BoundaryEvent(Id, Name, AttachedToId, true);

/// <summary>Catches an escalation thrown inside a sub-process or by a called workflow.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="AttachedToId">The sub-process or call activity it watches.</param>
/// <param name="Interrupting">True cancels the sub-process.</param>
/// <param name="Escalation">The escalation it catches, or null to catch every escalation.</param>
public sealed record BoundaryEscalationEvent(string Id, string? Name, string AttachedToId, bool Interrupting, EventRef? Escalation)
    : BoundaryEvent(Id, Name, AttachedToId, Interrupting);

/// <summary>
/// A reference from an event to a root element of the file (<c>bpmn:message</c>, <c>bpmn:error</c>, <c>bpmn:escalation</c>).
/// </summary>
/// <param name="RefId">The id of the root element (<c>messageRef</c>, <c>errorRef</c>, <c>escalationRef</c>), kept for export; null for an event built in code.</param>
/// <param name="Code">What the engine matches on: the message's <c>name</c>, the error's <c>errorCode</c>, the escalation's
/// <c>escalationCode</c> (the element's id when it has none).</param>
public sealed record EventRef(string? RefId, string Code);

/// <summary>What an end event throws besides ending its path.</summary>
public enum EndThrowKind
{
    /// <summary>An error: the enclosing sub-process is cancelled and its error boundary event continues.</summary>
    Error,
    /// <summary>An escalation: the boundary escalation event of the enclosing sub-process continues; uncaught, the path just ends.</summary>
    Escalation,
}

/// <summary>An error or escalation thrown by an end event.</summary>
/// <param name="Kind">Error or escalation.</param>
/// <param name="Event">What is thrown; null when the diagram names nothing (a validation error for an error).</param>
public sealed record EndThrow(EndThrowKind Kind, EventRef? Event);

/// <summary>An inclusive (OR) gateway: splits into every outgoing flow whose condition holds (else the default); joins by
/// waiting until no other path of the instance can still reach it.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="DefaultFlowId">The id of the default flow, or null.</param>
public sealed record InclusiveGateway(string Id, string? Name, string? DefaultFlowId) : FlowNode(Id, Name);

/// <summary>An event-based gateway: waits for the first of the events after it (a message or a timer) and takes that path.</summary>
public sealed record EventBasedGateway(string Id, string? Name) : FlowNode(Id, Name);

/// <summary>An intermediate timer catch event: the path waits for a duration (calendar or working days) or until a date.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Timer">When it fires; null if the diagram's timer could not be read (a validation error).</param>
public sealed record TimerCatchEvent(string Id, string? Name, TimeSpec? Timer) : FlowNode(Id, Name);

/// <summary>An intermediate message catch event: the path waits until the host delivers the message.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Message">The message; null when the diagram names none (a validation error).</param>
public sealed record MessageCatchEvent(string Id, string? Name, EventRef? Message) : FlowNode(Id, Name);

/// <summary>A receive task: like a message catch event, but an activity that boundary events can watch.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Message">The message; null when the diagram names none (a validation error).</param>
public sealed record ReceiveTask(string Id, string? Name, EventRef? Message) : FlowNode(Id, Name);

/// <summary>A none intermediate throw event (a milestone drawn on the path): passed through.</summary>
public sealed record IntermediateThrowEvent(string Id, string? Name) : FlowNode(Id, Name);

/// <summary>
/// An embedded sub-process: its own start event, nodes and end events (their <see cref="FlowNode.ScopeId"/> is this id).
/// It completes when the last path inside ends; boundary events on it watch everything inside.
/// </summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
public sealed record SubProcess(string Id, string? Name) : FlowNode(Id, Name)
{
    /// <summary>Why a sub-process cannot be entered: it has no start event (the validator says it, the engine refuses it).</summary>
    public string NoStart => $"Tiến trình con '{Label}' chưa có sự kiện bắt đầu.";

    /// <summary>Children of the sub-process without execution meaning (annotations, data objects), kept verbatim for export;
    /// not part of equality.</summary>
    public ImmutableArray<XElement> Artifacts { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(SubProcess? other) => other is not null && base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>One variable copied into or out of a called workflow.</summary>
/// <param name="Source">The variable read (a name, or a dotted path).</param>
/// <param name="Target">The variable written.</param>
public sealed record VariableMapping(string Source, string Target);

/// <summary>
/// A call activity: another published workflow runs as a child instance. The engine stays pure: it emits
/// <c>CallActivityStarted</c> and waits; the host starts the child and sends <c>CompleteCallActivity</c> when it ends.
/// </summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name.</param>
/// <param name="CalledKey">The called workflow's key (<c>calledElement</c>); null when the diagram names none (a validation error).</param>
/// <param name="CalledVersion">A pinned version, or null for the latest published one.</param>
public sealed record CallActivity(string Id, string? Name, string? CalledKey, int? CalledVersion) : FlowNode(Id, Name)
{
    /// <summary>Variables passed to the child; null passes every variable.</summary>
    public ImmutableArray<VariableMapping>? Inputs { get; init; }

    /// <summary>Variables copied back from the child's output; null copies every output variable.</summary>
    public ImmutableArray<VariableMapping>? Outputs { get; init; }

    /// <inheritdoc />
    public bool Equals(CallActivity? other) =>
        other is not null && base.Equals(other) && CalledKey == other.CalledKey && CalledVersion == other.CalledVersion
        && Same(Inputs, other.Inputs) && Same(Outputs, other.Outputs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), CalledKey, CalledVersion);

    private static bool Same(ImmutableArray<VariableMapping>? a, ImmutableArray<VariableMapping>? b) =>
        a is null ? b is null : b is not null && a.Value.SequenceEqual(b.Value);
}

/// <summary>
/// Who may take a task, as Camunda, Flowable, Zeebe and BPMN's <c>potentialOwner</c>/<c>humanPerformer</c> write it.
/// Each entry is a literal (a user name, a group) or an expression over the variables (<c>${reviewer}</c>, <c>=reviewer</c>),
/// resolved when the task opens.
/// </summary>
/// <param name="Assignee">The one account the task goes to, or null.</param>
/// <param name="CandidateUsers">Accounts that may claim it.</param>
/// <param name="CandidateGroups">Groups (roles) whose members may claim it.</param>
public sealed record TaskAssignment(string? Assignee, ImmutableArray<string> CandidateUsers, ImmutableArray<string> CandidateGroups)
{
    /// <inheritdoc />
    public bool Equals(TaskAssignment? other) =>
        other is not null && Assignee == other.Assignee
        && CandidateUsers.SequenceEqual(other.CandidateUsers, StringComparer.Ordinal)
        && CandidateGroups.SequenceEqual(other.CandidateGroups, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Assignee, CandidateUsers.Length, CandidateGroups.Length);
}

/// <summary>
/// Multi-instance characteristics of a user task: one task per item of a list variable, or a number of tasks, in parallel
/// or one after another, until all are done or <see cref="CompletionText"/> holds.
/// </summary>
/// <param name="Sequential">True opens the tasks one after another; false opens them all at once.</param>
/// <param name="CollectionText">The list to run over (<c>${councilMembers}</c> or <c>councilMembers</c>), or null.</param>
/// <param name="ElementVariable">The local variable holding each item (e.g. <c>member</c>), or null.</param>
/// <param name="CardinalityText">The number of instances (<c>loopCardinality</c>: a number or an expression), or null.</param>
/// <param name="CompletionText">The completion condition, or null.</param>
/// <remarks>While the tasks run, the completion condition and the assignment see <c>nrOfInstances</c>,
/// <c>nrOfCompletedInstances</c>, <c>nrOfActiveInstances</c>, <c>loopCounter</c> and the element variable; every
/// completed instance counts its outcome in <c>outcomeCounts.&lt;taskId&gt;.&lt;outcome&gt;</c>, for the conditions after.</remarks>
public sealed record MultiInstance(bool Sequential, string? CollectionText, string? ElementVariable, string? CardinalityText, string? CompletionText)
{
    /// <summary>The parsed list expression.</summary>
    public ConditionExpression? Collection { get; init; }

    /// <summary>The parsed number of instances.</summary>
    public ConditionExpression? Cardinality { get; init; }

    /// <summary>The parsed completion condition.</summary>
    public ConditionExpression? Completion { get; init; }

    /// <summary>Why one of the expressions does not parse, or null.</summary>
    public string? Error { get; init; }

    /// <summary>The list that stands for the current holders of the task's role in its unit (supplied by the host).</summary>
    public const string RoleHoldersList = "roleHolders";

    /// <summary>The element variable of a task over <see cref="RoleHoldersList"/> when the diagram names none.</summary>
    public const string RoleHolderVariable = "roleHolder";

    /// <summary>
    /// True when the list is <c>roleHolders</c> (<c>award:collection="roleHolders"</c>, <c>${roleHolders}</c>,
    /// <c>=roleHolders</c>): one instance per account holding the task's role in its unit, each assigned to that account.
    /// The engine asks the host for them (<c>RoleHoldersRequested</c>) and opens the instances on <c>SupplyRoleHolders</c>.
    /// </summary>
    public bool OverRoleHolders => CollectionText is { } text && Bare(text) == RoleHoldersList;

    /// <summary>The local variable holding each item: <see cref="ElementVariable"/>, else <c>roleHolder</c> over role holders.</summary>
    public string? ItemVariable => ElementVariable ?? (OverRoleHolders ? RoleHolderVariable : null);

    private static string Bare(string text)
    {
        var t = text.Trim();
        if ((t.StartsWith("${", StringComparison.Ordinal) || t.StartsWith("#{", StringComparison.Ordinal)) && t.EndsWith('}')) t = t[2..^1];
        else if (t.StartsWith('=')) t = t[1..];
        return t.Trim();
    }

    /// <inheritdoc />
    public bool Equals(MultiInstance? other) =>
        other is not null && Sequential == other.Sequential && CollectionText == other.CollectionText
        && ElementVariable == other.ElementVariable && CardinalityText == other.CardinalityText && CompletionText == other.CompletionText;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequential, CollectionText, ElementVariable, CardinalityText, CompletionText);
}

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
