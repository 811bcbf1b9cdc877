using System.Diagnostics;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Benchmarks;

/// <summary>
/// Runs instances to their end, completing every open task with its first outcome (<c>approve</c> when offered),
/// and saving/loading the state through a store around every completion, as a web server does between requests.
/// </summary>
internal sealed class InstanceRunner(WorkflowDefinition definition, IStateStore store)
{
    private const int MaxTransitionsPerInstance = 1_000;
    private static readonly DateTimeOffset Epoch = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly WorkflowEngine _engine = new();

    public sealed record Measurement(List<long> LatencyTicks, long FinalStateBytes);

    public Measurement Run(int instances, string idPrefix)
    {
        var latencies = new List<long>(instances * 8);
        long stateBytes = 0;
        for (var i = 0; i < instances; i++)
        {
            var id = idPrefix + i;
            var now = Epoch;
            store.Save(_engine.Start(definition, new StartInstance(id, 1, null, "bench"), now).State);
            for (var step = 0; ; step++)
            {
                if (step > MaxTransitionsPerInstance)
                    throw new InvalidOperationException($"Instance {id} did not end after {MaxTransitionsPerInstance} transitions.");
                var started = Stopwatch.GetTimestamp();
                var state = store.Load(id);
                if (state.Status != InstanceStatus.Running) break;
                var task = state.OpenTasks[0];
                var outcomes = ((UserTask)definition.GetNode(task.ElementId)).Outcomes;
                var outcome = outcomes.Contains("approve") ? "approve" : outcomes[0];
                now = now.AddMinutes(1);
                var next = _engine.Execute(definition, state, new CompleteTask(task.Id, outcome, "bench"), now).State;
                store.Save(next);
                latencies.Add(Stopwatch.GetTimestamp() - started);
                if (next.Status != InstanceStatus.Running)
                {
                    stateBytes += store.SizeOf(id);
                    break;
                }
            }
        }
        return new Measurement(latencies, stateBytes);
    }
}
