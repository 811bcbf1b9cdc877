using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Bpmn;
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
    /// <summary>Each default, for a round's dossier and for an ad-hoc one (the simplified procedure).</summary>
    public static TheoryData<string, bool> Workflows
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var key in DefaultWorkflows.Keys) { data.Add(key, false); data.Add(key, true); }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Random_outcomes_keep_every_invariant(string key, bool adHoc)
    {
        var variables = new JsonObject { ["nomination"] = new JsonObject { ["adHoc"] = adHoc } };
        var definition = DefaultWorkflows.Load(key);
        var ended = 0;
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed * 7919 + key.Length);
            var driver = new Driver(definition).Start((JsonObject)variables.DeepClone());
            CheckInvariants(driver, definition, strictDefaults: true);
            for (var step = 0; step < 120 && driver.State.Status == InstanceStatus.Running; step++)
            {
                NextRandomCommand(driver, definition, random);
                CheckInvariants(driver, definition, strictDefaults: true);
            }
            if (driver.State.Status != InstanceStatus.Running) ended++;
        }
        Assert.True(ended > 250, $"only {ended} of 300 random walks of {key} ended");
    }

    /// <summary>The runnable corpus diagrams and two built here that put every new element in loops and parallel branches.</summary>
    public static TheoryData<string> NewElements =>
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "run-*.bpmn").Select(f => Path.GetFileName(f)).Order(),
        "built:council", "built:ministry",
    ];

    [Theory]
    [MemberData(nameof(NewElements))]
    public void Random_walks_over_the_new_elements_keep_every_invariant(string source)
    {
        var definition = source switch
        {
            "built:council" => Council(),
            "built:ministry" => Ministry(),
            _ => BpmnReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", source))),
        };
        Assert.Empty(definition.Validate());
        var ended = 0;
        for (var seed = 1; seed <= 120; seed++)
        {
            var random = new Random(seed * 7919 + source.Length);
            // A workflow meant to be called runs as a called instance: an error it does not catch goes to its caller.
            var calledFrom = source.Contains("called", StringComparison.Ordinal) ? new CalledFrom("caller", "Call", "c1") : null;
            var driver = new Driver(definition).Start(Autopilot.StartVariables(), calledFrom);
            CheckInvariants(driver, definition, strictDefaults: false);
            for (var step = 0; step < 150 && driver.State.Status == InstanceStatus.Running; step++)
            {
                if (random.NextDouble() < 0.01)
                    driver.Execute(new CancelInstance("admin", "random"));
                else
                    driver.Execute(Autopilot.Next(driver, random)!);
                CheckInvariants(driver, definition, strictDefaults: false);
            }
            if (driver.State.Status != InstanceStatus.Running) ended++;
        }
        Assert.True(ended > 80, $"only {ended} of 120 random walks of {source} ended");
    }

    /// <summary>
    /// pv05 → split ( sub-process [ or-split (vote of the members | security) → or-join ] | disclosure (timer catch) ) → join
    /// → decide (return to pv05 | sign); the sub-process has an interrupting 10-day timer, the vote a message boundary.
    /// </summary>
    private static WorkflowDefinition Council() => new FlowBuilder("council-walk")
        .Start().Task("pv05", outcomes: "approve,return").And("split").Sub("sub").TimerCatch("disclosure", FlowBuilder.WorkingDays(5)).And("join")
        .Xor("decide", "to-sign").Task("sign", role: "director").End("end", "approved").End("late-end", "refused", terminate: true)
        .Timer("late", "sub", true, FlowBuilder.WorkingDays(10))
        .Inside("sub").Start("s").Or("or").Vote("vote", completion: "outcomeCounts.vote.reject >= 1 or outcomeCounts.vote.approve > nrOfInstances / 2")
        .Task("security").Or("orJoin").End("e").MessageBoundary("memo", "vote", false, "y-kien-bo-sung").Send("memo-mail").End("memo-end").Inside(null)
        .Chain("start", "pv05", "split").Chain("split", "sub", "join").Chain("split", "disclosure", "join").Chain("join", "decide")
        .Flow("decide", "pv05", "outcome == 'return' or outcome == 'reject'").Flow("decide", "sign", id: "to-sign").Chain("sign", "end")
        .Chain("late", "late-end")
        .Chain("s", "or").Flow("or", "vote", "nomination.collectives > 0").Flow("or", "security", "nomination.individuals > 0")
        .Chain("vote", "orJoin").Chain("security", "orJoin").Chain("orJoin", "e").Chain("memo", "memo-mail", "memo-end")
        .Build();

    /// <summary>A call to the ministry raced against its decision message, in a loop back through a receive task.</summary>
    private static WorkflowDefinition Ministry() => new FlowBuilder("ministry-walk")
        .Start().Task("pv05", outcomes: "approve,return").Call("ministry", "ky-niem-chuong-bvantq").EventGateway("race")
        .MessageCatch("decision", "quyet-dinh-bo-da-ve").TimerCatch("timeout", FlowBuilder.WorkingDays(20)).Receive("supplement", "ho-so-bo-sung-da-nhan")
        .Vote("sign", collection: null, element: null, count: "seats", assignee: null, sequential: true, completion: null).End("end", "approved")
        .ErrorBoundary("failed", "ministry", "BO_KHONG_DUYET").End("failed-end", "refused")
        .Chain("start", "pv05", "ministry", "race").Chain("race", "decision", "sign", "end").Chain("race", "timeout", "supplement", "pv05")
        .Chain("failed", "failed-end").Build();

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

    private static void CheckInvariants(Driver driver, WorkflowDefinition definition, bool strictDefaults)
    {
        var state = driver.State;
        if (state.Status == InstanceStatus.Running)
        {
            if (strictDefaults) Assert.True(state.OpenTasks.Count > 0, "a running instance waits on no task");
            Assert.True(state.OpenTasks.Count + state.PendingTimers.Count + state.AwaitedMessages.Count + state.PendingCalls.Count
                + state.Loops.Count(l => l.AwaitingHolders == true) > 0,
                "a running instance waits on nothing");
        }
        else
        {
            Assert.Empty(state.OpenTasks);
            Assert.Empty(state.Tokens);
            Assert.Empty(state.PendingTimers);
            Assert.Empty(state.AwaitedMessages);
            Assert.Empty(state.PendingCalls);
            Assert.Empty(state.Loops);
            Assert.NotNull(state.EndedAt);
        }

        Assert.Equal(state.Tokens.Count, state.Tokens.Select(t => t.Id).Distinct().Count());
        // Never two open tasks for one element and token, except the instances of a multi-instance task.
        foreach (var group in state.OpenTasks.GroupBy(t => (t.ElementId, t.TokenId)).Where(g => g.Count() > 1))
            Assert.NotNull(((UserTask)definition.GetNode(group.Key.ElementId)).Loop);
        // No duplicated waiting task: one element's open tasks all belong to one token.
        foreach (var group in state.OpenTasks.GroupBy(t => t.ElementId))
            Assert.Single(group.Select(t => t.TokenId).Distinct());
        if (strictDefaults)
            Assert.Equal(state.OpenTasks.Count, state.OpenTasks.Select(t => t.ElementId).Distinct().Count());
        foreach (var task in state.OpenTasks)
            Assert.Single(state.Tokens, t => t.Id == task.TokenId && t.ElementId == task.ElementId);
        foreach (var token in state.Tokens)
        {
            var node = definition.GetNode(token.ElementId);
            Assert.True(node is UserTask or ParallelGateway or InclusiveGateway or SubProcess or CallActivity or ReceiveTask
                or TimerCatchEvent or MessageCatchEvent or EventBasedGateway, $"token waits at {node.Id}");
            if (node is UserTask { Loop: null }) Assert.Single(state.OpenTasks, t => t.TokenId == token.Id);
            if (node is UserTask { Loop: not null })
                Assert.Equal(Assert.Single(state.Loops, l => l.TokenId == token.Id).Active, state.OpenTasks.Count(t => t.TokenId == token.Id));
            if (node is CallActivity) Assert.Single(state.PendingCalls, c => c.TokenId == token.Id);
            if (node is ReceiveTask or MessageCatchEvent) Assert.Contains(state.AwaitedMessages, m => m.TokenId == token.Id && m.ElementId == node.Id);
            if (node is TimerCatchEvent) Assert.Single(state.PendingTimers, m => m.TokenId == token.Id && m.ElementId == node.Id);
            if (token.ForkId is not null) Assert.Contains(state.Forks, f => f.Id == token.ForkId);
            if (token.ScopeId is not null) Assert.IsType<SubProcess>(definition.GetNode(Assert.Single(state.Tokens, t => t.Id == token.ScopeId).ElementId));
        }
        foreach (var timer in state.PendingTimers)
        {
            if (timer.TaskId is not null) Assert.Contains(state.OpenTasks, t => t.Id == timer.TaskId);
            else Assert.Contains(state.Tokens, t => t.Id == timer.TokenId);
        }
        foreach (var subscription in state.AwaitedMessages)
        {
            Assert.Contains(state.Tokens, t => t.Id == subscription.TokenId);
            if (subscription.TaskId is not null) Assert.Contains(state.OpenTasks, t => t.Id == subscription.TaskId);
        }
        Assert.Equal(Enumerable.Range(1, state.Journal.Count), state.Journal.Select(j => j.Seq));
        Assert.Equal(InstanceStateJson.Serialize(state), InstanceStateJson.Serialize(InstanceStateJson.Deserialize(InstanceStateJson.Serialize(state))));
    }
}
