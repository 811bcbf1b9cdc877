using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Calendar;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests;

/// <summary>Drives one instance through the engine the way a host would, keeping the effects of each step.</summary>
internal sealed class Driver
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly WorkflowEngine _engine;

    public Driver(WorkflowDefinition definition, IWorkingCalendar? calendar = null, DateTimeOffset? now = null)
    {
        Definition = definition;
        _engine = new WorkflowEngine(calendar ?? WorkingCalendar.WeekendsOnly);
        Now = now ?? Monday;
    }

    public WorkflowDefinition Definition { get; }
    public InstanceState State { get; private set; } = null!;
    public DateTimeOffset Now { get; set; }
    public IReadOnlyList<WorkflowEffect> LastEffects { get; private set; } = [];
    public List<WorkflowEffect> AllEffects { get; } = [];

    public Driver Start(JsonObject? variables = null, CalledFrom? calledFrom = null)
    {
        Apply(_engine.Start(Definition, new StartInstance("i-1", 1, variables, "clerk") { CalledFrom = calledFrom }, Now));
        return this;
    }

    public OpenTask TaskAt(string elementId) =>
        State.OpenTasks.Single(t => t.ElementId == elementId);

    public IEnumerable<string> OpenElements => State.OpenTasks.Select(t => t.ElementId).Order();

    public Driver Complete(string elementId, string outcome, string actor = "reviewer", string? comment = null, JsonObject? variables = null)
    {
        Apply(_engine.Execute(Definition, State, new CompleteTask(TaskAt(elementId).Id, outcome, actor, comment, variables), Now));
        return this;
    }

    public Driver Execute(WorkflowCommand command)
    {
        Apply(_engine.Execute(Definition, State, command, Now));
        return this;
    }

    public Driver Deliver(string message, JsonObject? variables = null) => Execute(new DeliverMessage(message, "host", variables));

    public Driver CompleteCall(string elementId, JsonObject? output = null, string? error = null) =>
        Execute(new CompleteCallActivity(State.PendingCalls.Single(c => c.ElementId == elementId).Id, output) { ErrorCode = error });

    public IEnumerable<OpenTask> TasksAt(string elementId) => State.OpenTasks.Where(t => t.ElementId == elementId);

    /// <summary>Completes the open instance of a multi-instance task whose item (or assignee) is <paramref name="who"/>.</summary>
    public Driver Vote(string elementId, string who, string outcome)
    {
        var task = State.OpenTasks.Single(t => t.ElementId == elementId && (t.Assignee == who || t.LoopItem?.ToString() == who));
        return Execute(new CompleteTask(task.Id, outcome, who));
    }

    public Driver FireTimer(string boundaryId)
    {
        var timer = State.PendingTimers.Single(t => t.ElementId == boundaryId);
        Now = timer.DueAt > Now ? timer.DueAt : Now;
        return Execute(new FireTimer(timer.Id));
    }

    private void Apply(StepResult result)
    {
        State = result.State;
        LastEffects = result.Effects;
        AllEffects.AddRange(result.Effects);
    }
}
