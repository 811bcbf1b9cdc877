using System.Collections.Immutable;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Expressions;

namespace ToanDan.Awards.Workflows.Tests;

/// <summary>Builds small definitions in code, for tests of one element at a time.</summary>
internal sealed class FlowBuilder(string key = "test")
{
    private readonly List<FlowNode> _nodes = [];
    private readonly List<SequenceFlow> _flows = [];

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
        _nodes.Add(node);
        return this;
    }

    public static TimeSpec WorkingDays(int days, TimeAnchor anchor = TimeAnchor.TaskOpened) =>
        new(TimeSpan.Zero, days, anchor, $"P{Math.Abs(days)}D");

    public static TimeSpec Hours(double hours) => new(TimeSpan.FromHours(hours), null, TimeAnchor.TaskOpened, $"PT{hours}H");

    public static ImmutableArray<string> Outcomes(string list) => [.. list.Split(',')];
}
