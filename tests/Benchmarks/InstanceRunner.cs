using System.Diagnostics;
using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Benchmarks;

/// <summary>
/// Runs instances to their end as a host would, saving/loading the state through a store around every step (as a web
/// server does between requests): every open task is completed with its first outcome (<c>approve</c> when offered);
/// a vote over role holders gets the <c>members</c> variable as the holders; when no task is open, a call activity's
/// child instance is run to its end (as a called instance) and the call completed with its variables or its error, an
/// awaited message is delivered, or the earliest timer fires.
/// </summary>
internal sealed class InstanceRunner(
    WorkflowDefinition definition, IStateStore store, IReadOnlyDictionary<string, WorkflowDefinition> called, JsonObject? variables)
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
            RunToEnd(definition, id, variables, latencies, ref now);
            stateBytes += store.SizeOf(id);
        }
        return new Measurement(latencies, stateBytes);
    }

    private InstanceState RunToEnd(WorkflowDefinition workflow, string id, JsonObject? start, List<long> latencies, ref DateTimeOffset now,
        CalledFrom? calledFrom = null)
    {
        store.Save(_engine.Start(workflow, new StartInstance(id, 1, start, "bench") { CalledFrom = calledFrom }, now).State);
        for (var step = 0; ; step++)
        {
            if (step > MaxTransitionsPerInstance)
                throw new InvalidOperationException($"Instance {id} did not end after {MaxTransitionsPerInstance} transitions.");
            var started = Stopwatch.GetTimestamp();
            var state = store.Load(id);
            if (state.Status != InstanceStatus.Running) return state;
            WorkflowCommand command;
            if (state.Loops.FirstOrDefault(l => l.AwaitingHolders == true) is { } vote)
            {
                // The host's part: the holders of the vote's role (here the members given in the variables).
                var members = state.Variables["members"] as JsonArray;
                command = new SupplyRoleHolders(vote.TokenId, members is null ? ["an", "binh", "chi"] : [.. members.Select(m => m!.ToString())]);
            }
            else if (state.OpenTasks.Count > 0)
            {
                var task = state.OpenTasks[0];
                var outcomes = ((UserTask)workflow.GetNode(task.ElementId)).Outcomes;
                command = new CompleteTask(task.Id, outcomes.Contains("approve") ? "approve" : outcomes[0], "bench");
            }
            else if (state.PendingCalls.Count > 0)
            {
                // The host's part: run the called workflow as a child instance, then hand its variables back.
                var call = state.PendingCalls[0];
                var child = RunToEnd(called[call.CalledKey], $"{id}/{call.Id}", state.Variables, latencies, ref now,
                    new CalledFrom(id, call.ElementId, call.Id));
                started = Stopwatch.GetTimestamp();
                state = store.Load(id);
                // A child that failed passes its error to the call activity's error boundary.
                var error = child.Status == InstanceStatus.Failed ? child.Journal.Last(j => j.Kind == JournalKind.PassedToCaller).Outcome : null;
                command = new CompleteCallActivity(call.Id, error is null ? child.Variables : null, "bench") { ErrorCode = error };
            }
            else if (state.AwaitedMessages.Count > 0)
            {
                command = new DeliverMessage(state.AwaitedMessages[0].MessageName, "bench");
            }
            else
            {
                var timer = state.PendingTimers.MinBy(t => t.DueAt)!;
                if (timer.DueAt > now) now = timer.DueAt;
                command = new FireTimer(timer.Id);
            }
            now = now.AddMinutes(1);
            var next = _engine.Execute(workflow, state, command, now).State;
            store.Save(next);
            latencies.Add(Stopwatch.GetTimestamp() - started);
            if (next.Status != InstanceStatus.Running) return next;
        }
    }
}
