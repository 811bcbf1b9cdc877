using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

public class SubProcessTests
{
    /// <summary>start → sub [s → check → gate → (ok) e | (bad) err] → sign → end; boundary: late (timer), wrong (error).</summary>
    private static FlowBuilder Review() => new FlowBuilder()
        .Start().Sub("sub").Task("sign", role: "director").End("end", "approved").End("refused", "refused")
        .Timer("late", "sub", true, FlowBuilder.WorkingDays(10)).ErrorBoundary("wrong", "sub", "HO_SO_SAI")
        .Inside("sub").Start("s").Task("check").Xor("gate", "ok").End("e").ErrorEnd("err", "HO_SO_SAI").Inside(null)
        .Chain("start", "sub", "sign", "end").Chain("late", "refused").Chain("wrong", "refused")
        .Chain("s", "check", "gate").Flow("gate", "e", id: "ok").Flow("gate", "err", "outcome == 'reject'");

    [Fact]
    public void The_sub_process_runs_its_own_steps_then_goes_on()
    {
        var driver = new Driver(Review().Build()).Start();
        Assert.Equal(["check"], driver.OpenElements);
        Assert.Contains(driver.State.Tokens, t => t.ElementId == "sub");
        Assert.Equal(driver.State.Tokens.Single(t => t.ElementId == "sub").Id, driver.State.Tokens.Single(t => t.ElementId == "check").ScopeId);

        driver.Complete("check", "approve");

        Assert.Equal(["sign"], driver.OpenElements);
        Assert.Empty(driver.State.PendingTimers);
        driver.Complete("sign", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    [Fact]
    public void An_error_end_inside_is_caught_by_the_boundary_and_ends_the_sub_process()
    {
        var driver = new Driver(Review().Build()).Start().Complete("check", "reject");

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal("refused", driver.State.Result);
        Assert.Contains(driver.State.Journal, j => j.Kind == JournalKind.ErrorThrown && j.Outcome == "HO_SO_SAI");
        Assert.Contains(driver.LastEffects, e => e is TimerCancelled);
    }

    [Fact]
    public void A_boundary_timer_on_the_sub_process_cancels_everything_inside()
    {
        var driver = new Driver(Review().Build()).Start().FireTimer("late");

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Contains(driver.LastEffects, e => e is TaskClosed { ElementId: "check", Reason: TaskCloseReason.Escalated });
        Assert.Empty(driver.State.Tokens);
    }

    [Fact]
    public void A_non_interrupting_escalation_continues_beside_the_sub_process()
    {
        var definition = new FlowBuilder()
            .Start().Sub("sub").End("end").Task("director", role: "director").End("noted")
            .EscalationBoundary("up", "sub", false, "BAO_CAO")
            .Inside("sub").Start("s").And("fork").EscalationEnd("raise", "BAO_CAO").Task("check").End("e").Inside(null)
            .Chain("start", "sub", "end").Chain("up", "director", "noted")
            .Chain("s", "fork").Chain("fork", "raise").Chain("fork", "check", "e").Build();

        var driver = new Driver(definition).Start();

        Assert.Equal(["check", "director"], driver.OpenElements);
        driver.Complete("check", "approve");
        Assert.Equal(["director"], driver.OpenElements);
        driver.Complete("director", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    [Fact]
    public void An_error_is_caught_by_the_nearest_enclosing_sub_process_that_catches_it()
    {
        var definition = new FlowBuilder()
            .Start().Sub("outer").End("end").End("caught", "refused").ErrorBoundary("catchAll", "outer")
            .Inside("outer").Start("os").Sub("inner").End("oe").Inside(null)
            .Inside("inner").Start("is").Task("t").ErrorEnd("boom", "X").Inside(null)
            .Chain("start", "outer", "end").Chain("catchAll", "caught").Chain("os", "inner", "oe").Chain("is", "t", "boom").Build();

        var driver = new Driver(definition).Start().Complete("t", "approve");

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal("refused", driver.State.Result);
        Assert.Empty(driver.State.Tokens);
    }

    [Fact]
    public void A_terminate_end_inside_ends_only_the_sub_process()
    {
        var definition = new FlowBuilder()
            .Start().Sub("sub").Task("after").End("end")
            .Inside("sub").Start("s").And("fork").Task("a").Task("b").End("stop", terminate: true).End("e").Inside(null)
            .Chain("start", "sub", "after", "end").Chain("s", "fork").Chain("fork", "a", "stop").Chain("fork", "b", "e").Build();

        var driver = new Driver(definition).Start().Complete("a", "approve");

        Assert.Equal(["after"], driver.OpenElements);
        Assert.Contains(driver.LastEffects, e => e is TaskClosed { ElementId: "b", Reason: TaskCloseReason.Cancelled });
        Assert.Equal(InstanceStatus.Running, driver.State.Status);
    }

    [Fact]
    public void A_sub_process_in_a_loop_runs_again_each_time()
    {
        // the check may send it back to the unit, and the unit to the sub-process again
        var looped = new FlowBuilder()
            .Start().Sub("sub").Xor("back", "done").Task("revise", role: "unit-clerk", outcomes: "resubmit", level: "self").End("end")
            .Inside("sub").Start("s").Task("check").End("e").Inside(null)
            .Chain("start", "sub", "back").Flow("back", "revise", "outcome == 'return'").Flow("back", "end", id: "done").Chain("revise", "sub")
            .Chain("s", "check", "e").Build();

        var driver = new Driver(looped).Start().Complete("check", "return").Complete("revise", "resubmit");
        Assert.Equal(["check"], driver.OpenElements);
        driver.Complete("check", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Empty(looped.Validate());
    }

    [Fact]
    public void A_sub_process_in_a_branch_is_withdrawn_with_everything_inside_when_the_split_runs_again()
    {
        var definition = new FlowBuilder()
            .Start().Task("pv05").And("split").Sub("sub").Task("council", role: "council").Xor("vote", "ok").And("join")
            .Task("revise", role: "unit-clerk", outcomes: "resubmit", level: "self").End()
            .Inside("sub").Start("s").Task("inner").End("e").Inside(null)
            .Chain("start", "pv05", "split").Chain("split", "sub", "join").Chain("split", "council", "vote").Flow("vote", "join", id: "ok")
            .Flow("vote", "revise", "outcome == 'return'").Chain("revise", "pv05").Chain("join", "end").Chain("s", "inner", "e").Build();

        var driver = new Driver(definition).Start().Complete("pv05", "approve").Complete("council", "return")
            .Complete("revise", "resubmit").Complete("pv05", "approve");

        Assert.Equal(["council", "inner"], driver.OpenElements);
        Assert.Contains(driver.AllEffects, e => e is TaskClosed { ElementId: "inner", Reason: TaskCloseReason.Withdrawn });
        Assert.Single(driver.State.Tokens, t => t.ElementId == "sub");
        driver.Complete("inner", "approve").Complete("council", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }
}
