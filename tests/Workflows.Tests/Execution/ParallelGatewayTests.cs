using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

public class ParallelGatewayTests
{
    /// <summary>
    /// revise ← (return) decide ← join ← {council, disclosure} ← split ← pv05 ← start; decide → sign → end.
    /// </summary>
    private static Driver CouncilAndDisclosure() => new(new FlowBuilder()
        .Start().Task("pv05").And("split").Task("council", role: "council").Task("disclosure").And("join")
        .Xor("decide", "to-revise").Task("sign", role: "director").Task("revise", role: "unit-clerk", outcomes: "resubmit", level: "self")
        .End("end", "approved")
        .Chain("start", "pv05", "split")
        .Chain("split", "council", "join").Chain("split", "disclosure", "join")
        .Chain("join", "decide")
        .Flow("decide", "sign", "outcomes.council == 'approve' and outcomes.disclosure == 'approve'")
        .Flow("decide", "revise", id: "to-revise")
        .Chain("sign", "end").Flow("revise", "pv05")
        .Build());

    [Fact]
    public void Split_opens_every_branch()
    {
        var driver = CouncilAndDisclosure().Start().Complete("pv05", "approve");

        Assert.Equal(["council", "disclosure"], driver.OpenElements);
        Assert.Single(driver.State.Forks);
    }

    [Fact]
    public void Join_waits_for_every_branch()
    {
        var driver = CouncilAndDisclosure().Start().Complete("pv05", "approve").Complete("council", "approve");

        Assert.Equal(["disclosure"], driver.OpenElements);
        Assert.Contains(driver.State.Tokens, t => t.ElementId == "join");

        driver.Complete("disclosure", "approve");
        Assert.Equal(["sign"], driver.OpenElements);
        Assert.Empty(driver.State.Forks);
        Assert.DoesNotContain(driver.State.Tokens, t => t.ElementId == "join");
    }

    [Fact]
    public void Returned_after_the_join_runs_the_parallel_review_again_without_duplicates()
    {
        var driver = CouncilAndDisclosure().Start().Complete("pv05", "approve")
            .Complete("council", "approve").Complete("disclosure", "return")
            .Complete("revise", "resubmit").Complete("pv05", "approve");

        Assert.Equal(["council", "disclosure"], driver.OpenElements);
        Assert.Equal(2, driver.State.Tokens.Count);

        driver.Complete("disclosure", "approve").Complete("council", "approve");
        Assert.Equal(["sign"], driver.OpenElements);
        driver.Complete("sign", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Empty(driver.State.Tokens);
    }

    [Fact]
    public void Returned_from_inside_a_branch_withdraws_the_sibling_when_the_split_runs_again()
    {
        // council returns straight to the unit while disclosure is still open
        var definition = new FlowBuilder()
            .Start().Task("pv05").And("split").Task("council", role: "council").Xor("vote", "to-join").Task("disclosure").And("join")
            .Task("sign", role: "director").Task("revise", role: "unit-clerk", outcomes: "resubmit", level: "self").End()
            .Chain("start", "pv05", "split").Chain("split", "council", "vote").Flow("vote", "join", id: "to-join")
            .Flow("vote", "revise", "outcome == 'return'").Chain("split", "disclosure", "join").Chain("join", "sign", "end")
            .Flow("revise", "pv05").Build();
        var driver = new Driver(definition).Start().Complete("pv05", "approve").Complete("council", "return");
        Assert.Equal(["disclosure", "revise"], driver.OpenElements);

        driver.Complete("revise", "resubmit").Complete("pv05", "approve");

        Assert.Equal(["council", "disclosure"], driver.OpenElements);
        Assert.Contains(driver.LastEffects, e => e is TaskClosed { ElementId: "disclosure", Reason: TaskCloseReason.Withdrawn });
        Assert.Single(driver.State.Forks);
        driver.Complete("council", "approve").Complete("disclosure", "approve").Complete("sign", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    [Fact]
    public void A_branch_that_reaches_an_end_does_not_end_the_instance_while_another_waits()
    {
        var definition = new FlowBuilder()
            .Start().And("split").Task("a").Send("note", "decision-requested", "director").End("e1").End("e2", "approved")
            .Chain("start", "split").Chain("split", "a", "e2").Chain("split", "note", "e1").Build();

        var driver = new Driver(definition).Start();

        Assert.Equal(InstanceStatus.Running, driver.State.Status);
        Assert.Single(driver.LastEffects.OfType<NotificationRequested>());
        driver.Complete("a", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal("approved", driver.State.Result);
    }

    [Fact]
    public void A_terminate_end_closes_the_other_branches()
    {
        var definition = new FlowBuilder()
            .Start().And("split").Task("council").Xor("vote", "ok").Task("disclosure").And("join").End("refused", "refused", terminate: true).End("end", "approved")
            .Chain("start", "split").Chain("split", "council", "vote").Flow("vote", "refused", "outcome == 'reject'").Flow("vote", "join", id: "ok")
            .Chain("split", "disclosure", "join").Chain("join", "end").Build();

        var driver = new Driver(definition).Start().Complete("council", "reject");

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal("refused", driver.State.Result);
        Assert.Empty(driver.State.OpenTasks);
        Assert.Empty(driver.State.Tokens);
        Assert.Contains(driver.LastEffects, e => e is TaskClosed { ElementId: "disclosure", Reason: TaskCloseReason.Cancelled });
    }

    [Fact]
    public void Nested_splits_join_inside_out()
    {
        var definition = new FlowBuilder()
            .Start().And("outer").And("inner").Task("a").Task("b").And("innerJoin").Task("c").And("outerJoin").Task("last").End()
            .Chain("start", "outer").Chain("outer", "inner").Chain("inner", "a", "innerJoin").Chain("inner", "b", "innerJoin")
            .Chain("innerJoin", "outerJoin").Chain("outer", "c", "outerJoin").Chain("outerJoin", "last", "end").Build();

        var driver = new Driver(definition).Start();
        Assert.Equal(["a", "b", "c"], driver.OpenElements);
        Assert.Equal(2, driver.State.Forks.Count);

        driver.Complete("a", "approve").Complete("c", "approve");
        Assert.Equal(["b"], driver.OpenElements);
        driver.Complete("b", "approve");
        Assert.Equal(["last"], driver.OpenElements);
        Assert.Empty(driver.State.Forks);
    }
}
