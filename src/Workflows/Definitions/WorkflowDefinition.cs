using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Xml.Linq;

namespace ToanDan.Awards.Workflows.Definitions;

/// <summary>
/// One executable BPMN process: its nodes and flows, indexed for execution, plus the parts of the
/// BPMN document the engine does not execute (diagram, lanes, annotations), kept so that export loses nothing.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class WorkflowDefinition
{
    private readonly FrozenDictionary<string, FlowNode> _nodes;
    private readonly FrozenDictionary<string, SequenceFlow> _flows;
    private readonly FrozenDictionary<string, ImmutableArray<SequenceFlow>> _outgoing;
    private readonly FrozenDictionary<string, ImmutableArray<SequenceFlow>> _incoming;
    private readonly FrozenDictionary<string, ImmutableArray<BoundaryTimerEvent>> _boundaries;
    private readonly FrozenDictionary<string, ImmutableArray<BoundaryEvent>> _boundaryEvents;
    private readonly FrozenDictionary<string, StartEvent> _scopeStarts;
    private readonly FrozenDictionary<string, FrozenSet<string>> _inclusiveUpstream;

    /// <summary>Builds a definition from its parts. Ids must be unique; use <see cref="Validate"/> for the rest.</summary>
    /// <param name="key">The process id, used as the workflow key.</param>
    /// <param name="name">The process name.</param>
    /// <param name="nodes">The nodes, in document order.</param>
    /// <param name="flows">The sequence flows, in document order.</param>
    public WorkflowDefinition(string key, string? name, IEnumerable<FlowNode> nodes, IEnumerable<SequenceFlow> flows)
    {
        Key = key;
        Name = name;
        Nodes = [.. nodes];
        Flows = [.. flows];
        _nodes = Nodes.ToFrozenDictionary(n => n.Id, StringComparer.Ordinal);
        _flows = Flows.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        _outgoing = Flows.GroupBy(f => f.SourceId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _incoming = Flows.GroupBy(f => f.TargetId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _boundaries = Nodes.OfType<BoundaryTimerEvent>().GroupBy(b => b.AttachedToId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _boundaryEvents = Nodes.OfType<BoundaryEvent>().GroupBy(b => b.AttachedToId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        StartEvent = Nodes.OfType<StartEvent>().FirstOrDefault(s => s.ScopeId is null);
        _scopeStarts = Nodes.OfType<StartEvent>().Where(s => s.ScopeId is not null).GroupBy(s => s.ScopeId!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _inclusiveUpstream = Nodes.OfType<InclusiveGateway>().Where(g => Incoming(g.Id).Length > 1)
            .ToFrozenDictionary(g => g.Id, g => Upstream(g.Id), StringComparer.Ordinal);
        HasInclusiveJoins = _inclusiveUpstream.Count > 0;
    }

    /// <summary>
    /// The nodes from which a path leads to <paramref name="joinId"/> without passing through it: an activity leads
    /// wherever its boundary events lead, a node inside a sub-process wherever the sub-process leads.
    /// </summary>
    private FrozenSet<string> Upstream(string joinId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        stack.Push(joinId);
        while (stack.TryPop(out var id))
        {
            foreach (var flow in Incoming(id))
                if (flow.SourceId != joinId && seen.Add(flow.SourceId)) stack.Push(flow.SourceId);
            if (FindNode(id) is BoundaryEvent boundary && seen.Add(boundary.AttachedToId))
                stack.Push(boundary.AttachedToId);
        }
        return seen.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The process id, used as the workflow key (e.g. <c>giay-khen-cat</c>).</summary>
    public string Key { get; }

    /// <summary>The process name, shown to people.</summary>
    public string? Name { get; }

    /// <summary>Whether the process is marked executable (<c>isExecutable</c>). Defaults to true.</summary>
    public bool IsExecutable { get; init; } = true;

    /// <summary>The id of the <c>bpmn:definitions</c> element, kept for export.</summary>
    public string DefinitionsId { get; init; } = "Definitions_1";

    /// <summary>The <c>targetNamespace</c> of <c>bpmn:definitions</c>, kept for export.</summary>
    public string TargetNamespace { get; init; } = "http://bpmn.io/schema/bpmn";

    /// <summary>The tool that wrote the file (<c>exporter</c>, e.g. <c>Camunda Modeler</c>), or null.</summary>
    public string? Exporter { get; init; }

    /// <summary>The version of that tool (<c>exporterVersion</c>), or null.</summary>
    public string? ExporterVersion { get; init; }

    /// <summary>
    /// Other attributes of <c>bpmn:definitions</c> (namespace declarations of extensions, <c>modeler:*</c>),
    /// kept verbatim for export.
    /// </summary>
    public ImmutableArray<XAttribute> DefinitionsAttributes { get; init; } = [];

    /// <summary>
    /// Attributes of the process other than <c>id</c>, <c>name</c> and <c>isExecutable</c>
    /// (e.g. <c>camunda:historyTimeToLive</c>), kept verbatim for export.
    /// </summary>
    public ImmutableArray<XAttribute> ProcessAttributes { get; init; } = [];

    /// <summary>The process's own documentation, if any.</summary>
    public string? Documentation { get; init; }

    /// <summary>Every node, in document order.</summary>
    public ImmutableArray<FlowNode> Nodes { get; }

    /// <summary>Every sequence flow, in document order.</summary>
    public ImmutableArray<SequenceFlow> Flows { get; }

    /// <summary>
    /// Children of the process that carry no execution meaning (lanes, text annotations, associations, groups,
    /// data objects, extension elements), kept verbatim for export.
    /// </summary>
    public ImmutableArray<XElement> ProcessArtifacts { get; init; } = [];

    /// <summary>
    /// Children of <c>bpmn:definitions</c> other than the process (the BPMNDI diagram, a collaboration),
    /// kept verbatim for export.
    /// </summary>
    public ImmutableArray<XElement> DocumentParts { get; init; } = [];

    /// <summary>Problems found while reading the file (an unreadable duration, a flow to a missing node).</summary>
    public ImmutableArray<ValidationError> ImportProblems { get; init; } = [];

    /// <summary>The node with this id, or null.</summary>
    public FlowNode? FindNode(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>The node with this id; throws when there is none.</summary>
    public FlowNode GetNode(string id) =>
        _nodes.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"No node '{id}' in workflow '{Key}'.");

    /// <summary>The flow with this id, or null.</summary>
    public SequenceFlow? FindFlow(string id) => _flows.GetValueOrDefault(id);

    /// <summary>The flows that leave a node, in document order.</summary>
    public ImmutableArray<SequenceFlow> Outgoing(string nodeId) => _outgoing.GetValueOrDefault(nodeId, []);

    /// <summary>The flows that enter a node, in document order.</summary>
    public ImmutableArray<SequenceFlow> Incoming(string nodeId) => _incoming.GetValueOrDefault(nodeId, []);

    /// <summary>The boundary timers attached to a task.</summary>
    public ImmutableArray<BoundaryTimerEvent> BoundaryTimersOf(string taskId) => _boundaries.GetValueOrDefault(taskId, []);

    /// <summary>Every boundary event (timer, message, error, escalation) attached to an activity.</summary>
    public ImmutableArray<BoundaryEvent> BoundaryEventsOf(string activityId) => _boundaryEvents.GetValueOrDefault(activityId, []);

    /// <summary>The none start event of the process itself, or null when there is none.</summary>
    public StartEvent? StartEvent { get; }

    /// <summary>The start event inside an embedded sub-process, or null when it has none.</summary>
    public StartEvent? StartOf(string subProcessId) => _scopeStarts.GetValueOrDefault(subProcessId);

    /// <summary>True when the process has an inclusive gateway that joins (the engine then checks it after every step).</summary>
    public bool HasInclusiveJoins { get; }

    /// <summary>For an inclusive join: the nodes from which a path can still reach it (see the join rule of <see cref="InclusiveGateway"/>).</summary>
    public FrozenSet<string> InclusiveUpstreamOf(string joinId) => _inclusiveUpstream.GetValueOrDefault(joinId, FrozenSet<string>.Empty);

    /// <summary>
    /// The same definition under another process id, e.g. a diagram drawn in Camunda Modeler (<c>Process_1x2y3z</c>)
    /// uploaded as a version of an existing workflow. The diagram and a collaboration's participant that referred to the
    /// old id refer to the new one, so the file still draws in any modeler.
    /// </summary>
    /// <param name="key">The new process id.</param>
    /// <returns>A new definition; this one is unchanged.</returns>
    public WorkflowDefinition WithKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var parts = DocumentParts.Select(part =>
        {
            var copy = new XElement(part);
            foreach (var reference in copy.DescendantsAndSelf().Attributes()
                         .Where(a => a.Name.LocalName is "processRef" or "bpmnElement" && a.Value == Key))
                reference.Value = key;
            return copy;
        });
        return Copy(key, Name, [.. parts]);
    }

    /// <summary>The same definition under another name (the process's <c>name</c>), e.g. a workflow copied from another.</summary>
    /// <param name="name">The new name people see.</param>
    /// <returns>A new definition; this one is unchanged.</returns>
    public WorkflowDefinition WithName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Copy(Key, name, DocumentParts);
    }

    private WorkflowDefinition Copy(string key, string? name, ImmutableArray<XElement> documentParts) =>
        new(key, name, Nodes, Flows)
        {
            IsExecutable = IsExecutable,
            DefinitionsId = DefinitionsId,
            TargetNamespace = TargetNamespace,
            Exporter = Exporter,
            ExporterVersion = ExporterVersion,
            DefinitionsAttributes = DefinitionsAttributes,
            ProcessAttributes = ProcessAttributes,
            Documentation = Documentation,
            ProcessArtifacts = ProcessArtifacts,
            DocumentParts = documentParts,
            ImportProblems = ImportProblems,
        };

    /// <summary>Every problem of this definition, for an administrator; empty when it can run.</summary>
    public IReadOnlyList<ValidationError> Validate() => WorkflowValidator.Validate(this);
}
