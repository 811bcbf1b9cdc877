using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

public class MultiInstanceTests
{
    private const string Majority =
        "${outcomeCounts.vote.approve > nrOfInstances / 2 or outcomeCounts.vote.reject >= 1}";

    private static JsonObject Members(params string[] names) => new() { ["members"] = new JsonArray([.. names.Select(n => JsonValue.Create(n))]) };

    /// <summary>start → pv05 → vote (council, one task per member) → decide → sign | revise → pv05.</summary>
    private static WorkflowDefinition Council(string? completion = Majority, bool sequential = false) => new FlowBuilder()
        .Start().Task("pv05").Vote("vote", completion: completion, sequential: sequential).Xor("decide", "to-revise")
        .Task("sign", role: "director").Task("revise", role: "unit-clerk", outcomes: "resubmit", level: "self").End("end", "approved")
        .Chain("start", "pv05", "vote", "decide")
        .Flow("decide", "sign", "outcomeCounts.vote.approve > outcomeCounts.vote.reject and outcomeCounts.vote.reject == 0")
        .Flow("decide", "revise", id: "to-revise").Chain("sign", "end").Flow("revise", "pv05")
        .Build();

    [Fact]
    public void Parallel_vote_opens_one_task_per_member_assigned_to_that_member()
    {
        var driver = new Driver(Council()).Start(Members("an", "binh", "chi")).Complete("pv05", "approve");

        var tasks = driver.TasksAt("vote").ToList();
        Assert.Equal(["an", "binh", "chi"], tasks.Select(t => t.Assignee));
        Assert.Equal([0, 1, 2], tasks.Select(t => t.LoopCounter ?? -1));
        Assert.Equal(new MultiInstanceLoop(tasks[0].TokenId, "vote", 3, 0, 3, 3) { Items = (JsonArray)Members("an", "binh", "chi")["members"]!.DeepClone() },
            Assert.Single(driver.State.Loops));
        Assert.Equal(3, driver.LastEffects.OfType<TaskOpened>().Count());
    }

    [Fact]
    public void The_vote_ends_as_soon_as_more_than_half_approved_and_the_rest_are_withdrawn()
    {
        var driver = new Driver(Council()).Start(Members("an", "binh", "chi")).Complete("pv05", "approve");

        driver.Vote("vote", "an", "approve");
        Assert.Equal(2, driver.TasksAt("vote").Count());
        driver.Vote("vote", "chi", "approve");

        Assert.Equal(["sign"], driver.OpenElements);
        Assert.Contains(driver.LastEffects, e => e is TaskClosed { ElementId: "vote", Reason: TaskCloseReason.CompletionConditionMet });
        Assert.Empty(driver.State.Loops);
        Assert.Equal(2, driver.State.Variables["outcomeCounts"]!["vote"]!["approve"]!.GetValue<int>());
    }

    [Fact]
    public void One_refusal_decides_the_vote_at_once()
    {
        var driver = new Driver(Council()).Start(Members("an", "binh", "chi")).Complete("pv05", "approve").Vote("vote", "binh", "reject");

        Assert.Equal(["revise"], driver.OpenElements);
        Assert.Equal(1, driver.State.Variables["outcomeCounts"]!["vote"]!["reject"]!.GetValue<int>());
    }

    [Fact]
    public void Without_a_completion_condition_every_member_votes()
    {
        var driver = new Driver(Council(completion: null)).Start(Members("an", "binh")).Complete("pv05", "approve").Vote("vote", "an", "approve");
        Assert.Equal(["vote"], driver.OpenElements);

        driver.Vote("vote", "binh", "approve");
        Assert.Equal(["sign"], driver.OpenElements);
    }

    [Fact]
    public void Sequential_vote_asks_members_one_after_another()
    {
        var driver = new Driver(Council(completion: null, sequential: true)).Start(Members("an", "binh", "chi")).Complete("pv05", "approve");

        Assert.Equal("an", Assert.Single(driver.TasksAt("vote")).Assignee);
        driver.Vote("vote", "an", "approve");
        Assert.Equal("binh", Assert.Single(driver.TasksAt("vote")).Assignee);
        driver.Vote("vote", "binh", "approve").Vote("vote", "chi", "approve");

        Assert.Equal(["sign"], driver.OpenElements);
    }

    [Fact]
    public void A_count_given_by_the_host_opens_that_many_tasks()
    {
        var definition = new FlowBuilder().Start().Vote("vote", collection: null, element: null, count: "${seats}", assignee: null, completion: "nrOfCompletedInstances >= 2")
            .End().Chain("start", "vote", "end").Build();

        var driver = new Driver(definition).Start(new JsonObject { ["seats"] = 3 });
        Assert.Equal(3, driver.TasksAt("vote").Count());
        Assert.All(driver.TasksAt("vote"), t => Assert.Equal("council", t.CandidateRole));

        driver.Execute(new CompleteTask(driver.TasksAt("vote").First().Id, "approve", "x"));
        Assert.Equal(InstanceStatus.Running, driver.State.Status);
        var second = driver.TasksAt("vote").First();
        driver.Execute(new CompleteTask(second.Id, "reject", "x"));
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    [Fact]
    public void An_empty_list_passes_the_task_by()
    {
        var driver = new Driver(Council()).Start(Members()).Complete("pv05", "approve");

        Assert.Equal(["revise"], driver.OpenElements);
        Assert.Empty(driver.State.Loops);
    }

    [Fact]
    public void A_list_variable_that_is_not_a_list_is_refused_and_the_state_kept()
    {
        var driver = new Driver(Council()).Start(new JsonObject { ["members"] = "an" });
        var before = InstanceStateJson.Serialize(driver.State);

        var error = Assert.Throws<WorkflowException>(() => driver.Complete("pv05", "approve"));

        Assert.Equal(WorkflowError.LoopInvalid, error.Error);
        Assert.Equal("vote", error.ElementId);
        Assert.Equal(before, InstanceStateJson.Serialize(driver.State));
    }

    [Fact]
    public void Returned_after_the_vote_the_vote_runs_again_with_fresh_counts_and_no_duplicates()
    {
        var driver = new Driver(Council()).Start(Members("an", "binh")).Complete("pv05", "approve").Vote("vote", "an", "reject")
            .Complete("revise", "resubmit").Complete("pv05", "approve");

        Assert.Equal(2, driver.TasksAt("vote").Count());
        Assert.Equal(0, driver.State.Variables["outcomeCounts"]!["vote"]!["reject"]!.GetValue<int>());
        driver.Vote("vote", "an", "approve").Vote("vote", "binh", "approve").Complete("sign", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    [Fact]
    public void A_vote_in_a_parallel_branch_joins_with_the_other_branch()
    {
        var definition = new FlowBuilder()
            .Start().And("split").Vote("vote", completion: null).Task("disclosure").And("join").End("end", "approved")
            .Chain("start", "split").Chain("split", "vote", "join").Chain("split", "disclosure", "join").Chain("join", "end").Build();

        var driver = new Driver(definition).Start(Members("an", "binh"));
        Assert.Equal(["disclosure", "vote", "vote"], driver.OpenElements);

        driver.Vote("vote", "an", "approve").Complete("disclosure", "approve");
        Assert.Equal(["vote"], driver.OpenElements);
        driver.Vote("vote", "binh", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Empty(driver.State.Forks);
    }

    [Fact]
    public void A_boundary_timer_on_the_vote_closes_every_open_ballot()
    {
        var definition = new FlowBuilder()
            .Start().Vote("vote", completion: null).Timer("late", "vote", true, FlowBuilder.WorkingDays(5)).End("end", "approved").End("late-end", "refused")
            .Chain("start", "vote", "end").Chain("late", "late-end").Build();
        var driver = new Driver(definition).Start(Members("an", "binh", "chi")).Vote("vote", "an", "approve");

        driver.FireTimer("late");

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal("refused", driver.State.Result);
        Assert.Equal(2, driver.LastEffects.Count(e => e is TaskClosed { Reason: TaskCloseReason.Escalated }));
    }

    [Fact]
    public void Candidate_users_from_a_list_are_resolved_when_the_task_opens()
    {
        var task = new UserTask("t", "Duyệt", null, ["approve"], null)
        {
            Assignment = new TaskAssignment(null, ["${reviewers}", "truong.phong"], ["pv05-reviewer"]),
        };
        var definition = new FlowBuilder().Start().Node(task).End().Chain("start", "t", "end").Build();

        var driver = new Driver(definition).Start(new JsonObject { ["reviewers"] = new JsonArray("an", "binh") });

        var open = driver.TaskAt("t");
        Assert.Equal(["an", "binh", "truong.phong"], open.CandidateUsers!);
        Assert.Equal("pv05-reviewer", open.CandidateRole);
    }

    [Fact]
    public void A_claimed_task_is_completed_only_by_who_claimed_it_until_released()
    {
        var driver = new Driver(new FlowBuilder().Start().Task("t").End().Chain("start", "t", "end").Build()).Start();
        var id = driver.TaskAt("t").Id;

        driver.Execute(new ClaimTask(id, "an"));
        Assert.Equal("an", driver.TaskAt("t").ClaimedBy);
        Assert.Equal(WorkflowError.TaskClaimedByOther, Assert.Throws<WorkflowException>(() => driver.Complete("t", "approve", actor: "binh")).Error);
        Assert.Equal(WorkflowError.TaskClaimedByOther, Assert.Throws<WorkflowException>(() => driver.Execute(new ClaimTask(id, "binh"))).Error);

        driver.Execute(new ReleaseTask(id, "an")).Complete("t", "approve", actor: "binh");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Contains(driver.State.Journal, j => j.Kind == JournalKind.TaskReleased && j.Actor == "an");
    }
}
