using System.Collections.Immutable;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Expressions;

namespace ToanDan.Awards.Workflows.Tests;

/// <summary>Builds small definitions in code, for tests of one element at a time.</summary>
internal sealed class FlowBuilder(string key = "test")
{
    private readonly List<FlowNode> _nodes = [];
    private readonly List<SequenceFlow> _flows = [];
    private string? _scope;

    public FlowBuilder Start(string id = "start") => Add(new StartEvent(id, "Bắt đầu"));

    public FlowBuilder Task(string id, string role = "pv05-reviewer", string outcomes = "approve,return,reject",
        int? dueInWorkingDays = null, string level = "province") =>
        Add(new UserTask(id, $"Bước {id}", new Assignee(role, level), [.. outcomes.Split(',')],
            dueInWorkingDays is int d ? new TimeSpec(TimeSpan.Zero, d, TimeAnchor.TaskOpened, d.ToString()) : null));

    public FlowBuilder Send(string id, string template = "task-reminder", string? role = null) =>
        Add(new AutomaticTask(id, $"Gửi {template}", AutomaticTaskKind.Send, template, role is null ? null : new Assignee(role, "self")));

    public FlowBuilder Xor(string id, string? defaultFlow = null) => Add(new ExclusiveGateway(id, null, defaultFlow));

    public FlowBuilder And(string id) => Add(new ParallelGateway(id, null));

    public FlowBuilder End(string id = "end", string? result = null, bool terminate = false) =>
        Add(new EndEvent(id, null, terminate, result));

    public FlowBuilder Timer(string id, string attachedTo, bool interrupting, TimeSpec spec) =>
        Add(new BoundaryTimerEvent(id, null, attachedTo, interrupting, spec));

    public FlowBuilder Node(FlowNode node) => Add(node);

    public FlowBuilder Or(string id, string? defaultFlow = null) => Add(new InclusiveGateway(id, null, defaultFlow));

    /// <summary>A multi-instance task over a list variable (or a count when <paramref name="count"/> is given).</summary>
    public FlowBuilder Vote(string id, string? collection = "members", string? completion = null, bool sequential = false,
        string outcomes = "approve,reject", string? element = "member", string? count = null, string role = "council", string? assignee = "${member}")
    {
        var loop = new MultiInstance(sequential, collection, element, count, completion)
        {
            Collection = collection is null ? null : ConditionExpression.Parse(collection),
            Cardinality = count is null ? null : ConditionExpression.Parse(count),
            Completion = completion is null ? null : ConditionExpression.Parse(completion),
        };
        return Add(new UserTask(id, $"Biểu quyết {id}", new Assignee(role, "province"), [.. outcomes.Split(',')], null)
        {
            Loop = loop,
            Assignment = assignee is null ? null : new TaskAssignment(assignee, [], [role]),
        });
    }

    /// <summary>Nodes added after this call lie inside the sub-process (null: back at the top).</summary>
    public FlowBuilder Inside(string? subProcessId)
    {
        _scope = subProcessId;
        return this;
    }

    public FlowBuilder Sub(string id) => Add(new SubProcess(id, $"Quy trình con {id}"));

    public FlowBuilder Receive(string id, string message) => Add(new ReceiveTask(id, $"Chờ {message}", new EventRef(null, message)));

    public FlowBuilder MessageCatch(string id, string message) => Add(new MessageCatchEvent(id, $"Chờ {message}", new EventRef(null, message)));

    public FlowBuilder TimerCatch(string id, TimeSpec spec) => Add(new TimerCatchEvent(id, "Chờ", spec));

    public FlowBuilder EventGateway(string id) => Add(new EventBasedGateway(id, null));

    public FlowBuilder Call(string id, string key, int? version = null, ImmutableArray<VariableMapping>? inputs = null, ImmutableArray<VariableMapping>? outputs = null) =>
        Add(new CallActivity(id, $"Gọi {key}", key, version) { Inputs = inputs, Outputs = outputs });

    public FlowBuilder MessageBoundary(string id, string attachedTo, bool interrupting, string message) =>
        Add(new BoundaryMessageEvent(id, null, attachedTo, interrupting, new EventRef(null, message)));

    public FlowBuilder ErrorBoundary(string id, string attachedTo, string? code = null) =>
        Add(new BoundaryErrorEvent(id, null, attachedTo, code is null ? null : new EventRef(null, code)));

    public FlowBuilder EscalationBoundary(string id, string attachedTo, bool interrupting, string? code = null) =>
        Add(new BoundaryEscalationEvent(id, null, attachedTo, interrupting, code is null ? null : new EventRef(null, code)));

    public FlowBuilder ErrorEnd(string id, string? code) =>
        Add(new EndEvent(id, null, false, null) { Throws = new EndThrow(EndThrowKind.Error, code is null ? null : new EventRef(null, code)) });

    public FlowBuilder EscalationEnd(string id, string? code) =>
        Add(new EndEvent(id, null, false, null) { Throws = new EndThrow(EndThrowKind.Escalation, code is null ? null : new EventRef(null, code)) });

    public FlowBuilder Flow(string from, string to, string? condition = null, string? id = null)
    {
        var flow = new SequenceFlow(id ?? $"{from}->{to}", null, from, to, condition);
        if (condition is not null)
            flow = ConditionExpression.TryParse(condition, out var parsed, out var error)
                ? flow with { Condition = parsed }
                : flow with { ConditionError = error };
        _flows.Add(flow);
        return this;
    }

    /// <summary>Flows along a chain of node ids.</summary>
    public FlowBuilder Chain(params string[] ids)
    {
        for (var i = 0; i + 1 < ids.Length; i++) Flow(ids[i], ids[i + 1]);
        return this;
    }

    public WorkflowDefinition Build() => new(key, "Quy trình thử", _nodes, _flows);

    private FlowBuilder Add(FlowNode node)
    {
        _nodes.Add(node with { ScopeId = _scope });
        return this;
    }

    public static TimeSpec WorkingDays(int days, TimeAnchor anchor = TimeAnchor.TaskOpened) =>
        new(TimeSpan.Zero, days, anchor, $"P{Math.Abs(days)}D");

    public static TimeSpec Hours(double hours) => new(TimeSpan.FromHours(hours), null, TimeAnchor.TaskOpened, $"PT{hours}H");

    public static ImmutableArray<string> Outcomes(string list) => [.. list.Split(',')];
}
