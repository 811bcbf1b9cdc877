using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests;

/// <summary>Plays the host and the people: answers whatever an instance waits for, first things first or at random.</summary>
internal static class Autopilot
{
    /// <summary>The variables a host would give: the nomination, the initiator, the council's members, a number of seats.</summary>
    public static JsonObject StartVariables() => new()
    {
        ["nomination"] = new JsonObject { ["id"] = 1, ["awardType"] = "GK", ["collectives"] = 1, ["individuals"] = 1 },
        ["initiator"] = "thidua.dongtien",
        ["members"] = new JsonArray("an", "binh", "chi"),
        ["seats"] = 2,
    };

    /// <summary>
    /// The next thing to do: complete a task (first outcome, or a random one), deliver an awaited message, end a called
    /// workflow, or let a timer fire (the clock moves to it). Null when the instance waits on nothing.
    /// </summary>
    public static WorkflowCommand? Next(Driver driver, Random? random = null)
    {
        var state = driver.State;
        // A vote over the holders of a role waits for the host to name them, in the same step.
        if (state.Loops.FirstOrDefault(l => l.AwaitingHolders == true) is { } awaiting)
            return new SupplyRoleHolders(awaiting.TokenId, ["an", "binh", "chi"]);
        var choices = new List<Func<WorkflowCommand>>();
        if (state.OpenTasks.Count > 0)
            choices.Add(() =>
            {
                var task = random is null ? state.OpenTasks[0] : state.OpenTasks[random.Next(state.OpenTasks.Count)];
                var outcomes = ((UserTask)driver.Definition.GetNode(task.ElementId)).Outcomes;
                var outcome = random is null ? outcomes[0]
                    : outcomes.Contains("approve") && random.NextDouble() < 0.7 ? "approve"
                    : outcomes.Contains("resubmit") && random.NextDouble() < 0.9 ? "resubmit"
                    : outcomes[random.Next(outcomes.Length)];
                driver.Now = driver.Now.AddHours(random?.Next(1, 30) ?? 1);
                return new CompleteTask(task.Id, outcome, task.ClaimedBy ?? task.Assignee ?? "nguoi.xu.ly");
            });
        if (state.AwaitedMessages.Count > 0)
            choices.Add(() => new DeliverMessage(state.AwaitedMessages[random?.Next(state.AwaitedMessages.Count) ?? 0].MessageName, "host"));
        if (state.PendingCalls.Count > 0)
            choices.Add(() =>
            {
                var call = state.PendingCalls[random?.Next(state.PendingCalls.Count) ?? 0];
                return new CompleteCallActivity(call.Id, new JsonObject { ["decisionNumber"] = "1/QĐ-BCA" }, "host");
            });
        if (state.PendingTimers.Count > 0)
            choices.Add(() =>
            {
                var timer = random is null ? state.PendingTimers.MinBy(t => t.DueAt)! : state.PendingTimers[random.Next(state.PendingTimers.Count)];
                driver.Now = timer.DueAt > driver.Now ? timer.DueAt : driver.Now;
                return new FireTimer(timer.Id);
            });
        if (choices.Count == 0)
            return null;
        return (random is null ? choices[0] : choices[random.Next(choices.Count)])();
    }

    /// <summary>Drives an instance with first outcomes until it ends; fails after <paramref name="maxSteps"/> steps.</summary>
    public static Driver RunToEnd(WorkflowDefinition definition, int maxSteps = 200)
    {
        var driver = new Driver(definition).Start(StartVariables());
        for (var step = 0; driver.State.Status == InstanceStatus.Running; step++)
        {
            Assert.True(step < maxSteps, $"{definition.Key} did not end after {maxSteps} steps");
            var command = Next(driver);
            Assert.True(command is not null, $"{definition.Key} runs but waits on nothing");
            driver.Execute(command);
        }
        return driver;
    }
}
