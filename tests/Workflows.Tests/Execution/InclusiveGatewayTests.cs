using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

public class InclusiveGatewayTests
{
    /// <summary>start → pv05 → or (collective? council; individual? security; default: archive) → join → sign → end; sign may return to pv05.</summary>
    private static Driver Checks(int collectives, int individuals) => new Driver(new FlowBuilder()
        .Start().Task("pv05").Or("or", "to-archive").Task("council", role: "council").Task("security").Task("archive").Or("join")
        .Task("sign", role: "director").Xor("back", "done").End("end", "approved")
        .Chain("start", "pv05", "or")
        .Flow("or", "council", "nomination.collectives > 0").Flow("or", "security", "nomination.individuals > 0").Flow("or", "archive", id: "to-archive")
        .Chain("council", "join").Chain("security", "join").Chain("archive", "join").Chain("join", "sign", "back")
        .Flow("back", "pv05", "outcome == 'return'").Flow("back", "end", id: "done")
        .Build()).Start(new JsonObject { ["nomination"] = new JsonObject { ["collectives"] = collectives, ["individuals"] = individuals } });

    [Fact]
    public void Every_flow_whose_condition_holds_is_taken()
    {
        var driver = Checks(1, 2).Complete("pv05", "approve");

        Assert.Equal(["council", "security"], driver.OpenElements);
    }

    [Fact]
    public void The_default_flow_is_taken_only_when_no_condition_holds()
    {
        Assert.Equal(["archive"], Checks(0, 0).Complete("pv05", "approve").OpenElements);
        Assert.Equal(["security"], Checks(0, 1).Complete("pv05", "approve").OpenElements);
    }

    [Fact]
    public void The_join_waits_for_the_branches_taken_and_only_for_them()
    {
        var driver = Checks(1, 1).Complete("pv05", "approve").Complete("council", "approve");
        Assert.Equal(["security"], driver.OpenElements);
        Assert.Contains(driver.State.Tokens, t => t.ElementId == "join");

        driver.Complete("security", "approve");
        Assert.Equal(["sign"], driver.OpenElements);
        Assert.Empty(driver.State.Forks);

        Assert.Equal(["sign"], Checks(0, 1).Complete("pv05", "approve").Complete("security", "approve").OpenElements);
    }

    [Fact]
    public void In_a_loop_the_join_fires_once_per_round_without_lost_or_duplicated_tokens()
    {
        var driver = Checks(1, 1).Complete("pv05", "approve").Complete("council", "approve").Complete("security", "approve")
            .Complete("sign", "return").Complete("pv05", "approve");

        Assert.Equal(["council", "security"], driver.OpenElements);
        Assert.Equal(2, driver.State.Tokens.Count);
        driver.Complete("security", "approve").Complete("council", "approve").Complete("sign", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Empty(driver.State.Tokens);
    }

    [Fact]
    public void A_branch_that_ends_elsewhere_lets_the_join_go_on()
    {
        var definition = new FlowBuilder()
            .Start().Or("or").Task("a").Task("b").Xor("b-gate", "b-join").Or("join").Task("last").End("end").End("dropped")
            .Chain("start", "or").Chain("or", "a", "join").Chain("or", "b", "b-gate").Flow("b-gate", "dropped", "outcome == 'reject'")
            .Flow("b-gate", "join", id: "b-join").Chain("join", "last", "end").Build();

        var driver = new Driver(definition).Start().Complete("a", "approve");
        Assert.Equal(["b"], driver.OpenElements);

        driver.Complete("b", "reject");

        Assert.Equal(["last"], driver.OpenElements);
    }

    [Fact]
    public void No_condition_holding_and_no_default_is_refused_at_the_gateway()
    {
        var definition = new FlowBuilder().Start().Or("or").Task("a").Task("b").End("e1").End("e2")
            .Chain("start", "or").Flow("or", "a", "x == 1").Flow("or", "b", "x == 2").Chain("a", "e1").Chain("b", "e2").Build();

        var error = Assert.Throws<WorkflowException>(() => new Driver(definition).Start(new JsonObject { ["x"] = 3 }));

        Assert.Equal((WorkflowError.NoFlowMatched, "or"), (error.Error, error.ElementId));
    }

    [Fact]
    public void An_inclusive_split_inside_a_parallel_branch_joins_before_the_parallel_join()
    {
        var definition = new FlowBuilder()
            .Start().And("split").Or("or").Task("a").Task("b").Or("orJoin").Task("c").And("join").End("end")
            .Chain("start", "split").Chain("split", "or").Chain("or", "a", "orJoin").Chain("or", "b", "orJoin").Chain("orJoin", "join")
            .Chain("split", "c", "join").Chain("join", "end").Build();

        var driver = new Driver(definition).Start();
        Assert.Equal(["a", "b", "c"], driver.OpenElements);

        driver.Complete("a", "approve").Complete("c", "approve");
        Assert.Equal(InstanceStatus.Running, driver.State.Status);
        driver.Complete("b", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Empty(driver.State.Forks);
    }
}
