using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

/// <summary>
/// Drives the default workflows with random valid outcomes, random due timers and the odd cancellation,
/// checking the runtime invariants after every step.
/// </summary>
public class RandomWalkTests
{
    public static TheoryData<string> Workflows => [.. DefaultWorkflows.Keys];

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Random_outcomes_keep_every_invariant(string key)
    {
        var definition = DefaultWorkflows.Load(key);
        var ended = 0;
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed * 7919 + key.Length);
            var driver = new Driver(definition).Start();
            CheckInvariants(driver, definition);
            for (var step = 0; step < 120 && driver.State.Status == InstanceStatus.Running; step++)
            {
                NextRandomCommand(driver, definition, random);
                CheckInvariants(driver, definition);
            }
            if (driver.State.Status != InstanceStatus.Running) ended++;
        }
        Assert.True(ended > 250, $"only {ended} of 300 random walks of {key} ended");
    }

    private static void NextRandomCommand(Driver driver, WorkflowDefinition definition, Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.01)
        {
            driver.Execute(new CancelInstance("admin", "random"));
            return;
        }
        if (roll < 0.15 && driver.State.PendingTimers.Count > 0)
        {
            var timer = driver.State.PendingTimers[random.Next(driver.State.PendingTimers.Count)];
            driver.Now = timer.DueAt > driver.Now ? timer.DueAt : driver.Now;
            driver.Execute(new FireTimer(timer.Id));
            return;
        }
        var task = driver.State.OpenTasks[random.Next(driver.State.OpenTasks.Count)];
        var outcomes = ((UserTask)definition.GetNode(task.ElementId)).Outcomes;
        // Approve most of the time so that most walks reach an end, as real dossiers do.
        var outcome = outcomes.Contains("approve") && random.NextDouble() < 0.7 ? "approve"
            : outcomes.Contains("resubmit") && random.NextDouble() < 0.9 ? "resubmit"
            : outcomes[random.Next(outcomes.Length)];
        driver.Now = driver.Now.AddHours(random.Next(1, 30));
        driver.Execute(new CompleteTask(task.Id, outcome, "random"));
    }

    private static void CheckInvariants(Driver driver, WorkflowDefinition definition)
    {
        var state = driver.State;
        if (state.Status == InstanceStatus.Running)
        {
            Assert.True(state.OpenTasks.Count > 0, "a running instance waits on no task");
        }
        else
        {
            Assert.Empty(state.OpenTasks);
            Assert.Empty(state.Tokens);
            Assert.Empty(state.PendingTimers);
            Assert.NotNull(state.EndedAt);
        }

        Assert.Equal(state.Tokens.Count, state.Tokens.Select(t => t.Id).Distinct().Count());
        Assert.Equal(state.OpenTasks.Count, state.OpenTasks.Select(t => (t.ElementId, t.TokenId)).Distinct().Count());
        // No duplicated waiting tasks: the default workflows never run one step twice at once.
        Assert.Equal(state.OpenTasks.Count, state.OpenTasks.Select(t => t.ElementId).Distinct().Count());
        foreach (var task in state.OpenTasks)
            Assert.Single(state.Tokens, t => t.Id == task.TokenId && t.ElementId == task.ElementId);
        foreach (var token in state.Tokens)
        {
            var node = definition.GetNode(token.ElementId);
            Assert.True(node is UserTask or ParallelGateway, $"token waits at {node.Id}");
            if (node is UserTask) Assert.Single(state.OpenTasks, t => t.TokenId == token.Id);
            if (token.ForkId is not null) Assert.Contains(state.Forks, f => f.Id == token.ForkId);
        }
        foreach (var timer in state.PendingTimers)
            Assert.Contains(state.OpenTasks, t => t.Id == timer.TaskId);
        Assert.Equal(Enumerable.Range(1, state.Journal.Count), state.Journal.Select(j => j.Seq));
        Assert.Equal(InstanceStateJson.Serialize(state), InstanceStateJson.Serialize(InstanceStateJson.Deserialize(InstanceStateJson.Serialize(state))));
    }
}
