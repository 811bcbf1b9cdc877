using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

public class ExclusiveGatewayTests
{
    private static Driver Decision(string? defaultFlow = "to-revise") => new(new FlowBuilder()
        .Start().Task("review").Xor("decide", defaultFlow).Task("sign", role: "director").Task("revise", role: "unit-clerk", outcomes: "resubmit,withdraw", level: "self")
        .End("approved", "approved").End("refused", "refused")
        .Chain("start", "review", "decide")
        .Flow("decide", "sign", "${outcome == 'approve'}")
        .Flow("decide", "refused", "outcome == \"reject\"")
        .Flow("decide", "revise", id: "to-revise")
        .Chain("sign", "approved").Flow("revise", "review")
        .Build());

    [Fact]
    public void The_flow_whose_condition_holds_is_taken() =>
        Assert.Equal(["sign"], Decision().Start().Complete("review", "approve").OpenElements);

    [Fact]
    public void Refusal_ends_the_instance_as_refused()
    {
        var driver = Decision().Start().Complete("review", "reject");

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal("refused", driver.State.Result);
    }

    [Fact]
    public void The_default_flow_is_taken_when_no_condition_holds() =>
        Assert.Equal(["revise"], Decision().Start().Complete("review", "return").OpenElements);

    [Fact]
    public void Returned_dossier_goes_back_to_the_unit_and_then_through_review_again()
    {
        var driver = Decision().Start().Complete("review", "return").Complete("revise", "resubmit");

        Assert.Equal(["review"], driver.OpenElements);
        driver.Complete("review", "approve").Complete("sign", "approve");
        Assert.Equal("approved", driver.State.Result);
    }

    [Fact]
    public void No_matching_flow_and_no_default_is_a_clear_error_and_the_state_is_unchanged()
    {
        var driver = Decision(defaultFlow: null);
        var definition = new FlowBuilder()
            .Start().Task("review").Xor("decide").Task("sign").End()
            .Chain("start", "review", "decide").Flow("decide", "sign", "outcome == 'approve'").Chain("sign", "end").Build();
        driver = new Driver(definition).Start();
        var before = InstanceStateJson.Serialize(driver.State);

        var error = Assert.Throws<WorkflowException>(() => driver.Complete("review", "return"));

        Assert.Equal(WorkflowError.NoFlowMatched, error.Error);
        Assert.Equal("decide", error.ElementId);
        Assert.Contains("không có luồng mặc định", error.Message);
        Assert.Equal(before, InstanceStateJson.Serialize(driver.State));
    }

    [Fact]
    public void Conditions_read_variables_given_by_the_host()
    {
        var definition = new FlowBuilder()
            .Start().Xor("kind", "to-pv05").Task("v05", role: "v05-reviewer").Task("pv05").End()
            .Flow("start", "kind")
            .Flow("kind", "v05", "nomination.awardType in ['KNC', 'HCBV'] and nomination.nominees >= 1")
            .Flow("kind", "pv05", id: "to-pv05")
            .Chain("v05", "end").Chain("pv05", "end").Build();

        var medal = new Driver(definition).Start(new JsonObject { ["nomination"] = new JsonObject { ["awardType"] = "KNC", ["nominees"] = 3 } });
        var other = new Driver(definition).Start(new JsonObject { ["nomination"] = new JsonObject { ["awardType"] = "GK", ["nominees"] = 3 } });

        Assert.Equal(["v05"], medal.OpenElements);
        Assert.Equal(["pv05"], other.OpenElements);
    }

    [Fact]
    public void A_condition_that_cannot_be_evaluated_is_a_clear_error()
    {
        var definition = new FlowBuilder()
            .Start().Task("review").Xor("decide", "other").Task("sign").End()
            .Chain("start", "review", "decide").Flow("decide", "sign", "outcome < 3").Flow("decide", "end", id: "other")
            .Chain("sign", "end").Build();
        var driver = new Driver(definition).Start();

        var error = Assert.Throws<WorkflowException>(() => driver.Complete("review", "approve"));

        Assert.Equal(WorkflowError.ConditionFailed, error.Error);
    }

    [Fact]
    public void A_loop_of_gateways_that_never_waits_is_stopped()
    {
        var definition = new FlowBuilder()
            .Start().Task("a").Xor("x1", "back").Xor("x2").End()
            .Chain("start", "a", "x1").Flow("x1", "end", "outcome == 'never'").Flow("x1", "x2", id: "back").Flow("x2", "x1")
            .Build();
        var driver = new Driver(definition).Start();

        var error = Assert.Throws<WorkflowException>(() => driver.Complete("a", "approve"));

        Assert.Equal(WorkflowError.StepLimitExceeded, error.Error);
    }
}
