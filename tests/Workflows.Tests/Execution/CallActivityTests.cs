using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

public class CallActivityTests
{
    private static WorkflowDefinition Caller(int? version = null, bool mapped = false) => new FlowBuilder()
        .Start().Call("ministry", "ky-niem-chuong-bvantq", version,
            mapped ? [new VariableMapping("nomination", "nomination")] : null,
            mapped ? [new VariableMapping("decision.number", "ministryDecision")] : null)
        .Task("sign", role: "director").End("end", "approved").End("failed", "refused")
        .ErrorBoundary("refusedByMinistry", "ministry", "BO_KHONG_DUYET").Timer("late", "ministry", true, FlowBuilder.WorkingDays(30))
        .Chain("start", "ministry", "sign", "end").Chain("refusedByMinistry", "failed").Chain("late", "failed").Build();

    private static JsonObject Nomination() => new() { ["nomination"] = new JsonObject { ["id"] = 7 }, ["secret"] = "x" };

    [Fact]
    public void Reaching_a_call_activity_asks_the_host_to_start_the_called_workflow()
    {
        var driver = new Driver(Caller(version: 3)).Start(Nomination());

        var started = Assert.Single(driver.LastEffects.OfType<CallActivityStarted>());
        Assert.Equal(("ky-niem-chuong-bvantq", 3), (started.Call.CalledKey, started.Call.CalledVersion));
        Assert.Equal(7, started.Variables["nomination"]!["id"]!.GetValue<int>());
        Assert.Equal("x", started.Variables["secret"]!.GetValue<string>());
        Assert.Single(driver.State.PendingCalls);
        Assert.Single(driver.State.PendingTimers);
    }

    [Fact]
    public void Input_and_output_mappings_choose_the_variables_passed()
    {
        var driver = new Driver(Caller(mapped: true)).Start(Nomination());
        var started = Assert.Single(driver.LastEffects.OfType<CallActivityStarted>());
        Assert.Null(started.Variables["secret"]);

        driver.CompleteCall("ministry", new JsonObject { ["decision"] = new JsonObject { ["number"] = "12/QĐ-BCA" }, ["other"] = 1 });

        Assert.Equal(["sign"], driver.OpenElements);
        Assert.Equal("12/QĐ-BCA", driver.State.Variables["ministryDecision"]!.GetValue<string>());
        Assert.Null(driver.State.Variables["other"]);
        Assert.Empty(driver.State.PendingTimers);
    }

    [Fact]
    public void The_called_instance_is_recorded_and_shown_in_the_journal()
    {
        var driver = new Driver(Caller()).Start(Nomination());
        var call = driver.State.PendingCalls[0];

        driver.Execute(new RecordCalledInstance(call.Id, "child-9"));
        Assert.Equal("child-9", driver.State.PendingCalls[0].CalledInstanceId);
        driver.CompleteCall("ministry");

        Assert.Contains(driver.State.Journal, j => j.Kind == JournalKind.CallCompleted && j.Comment == "child-9");
    }

    [Fact]
    public void A_child_that_failed_with_a_caught_error_takes_the_error_path()
    {
        var driver = new Driver(Caller()).Start(Nomination()).CompleteCall("ministry", error: "BO_KHONG_DUYET");

        Assert.Equal(("refused", InstanceStatus.Completed), (driver.State.Result, driver.State.Status));
        Assert.DoesNotContain(driver.LastEffects, e => e is CallActivityCancelled);
    }

    [Fact]
    public void A_child_error_nobody_catches_is_refused_and_the_state_kept()
    {
        var driver = new Driver(Caller()).Start(Nomination());

        var error = Assert.Throws<WorkflowException>(() => driver.CompleteCall("ministry", error: "KHAC"));

        Assert.Equal((WorkflowError.ErrorNotCaught, "ministry"), (error.Error, error.ElementId));
        Assert.Single(driver.State.PendingCalls);
    }

    [Fact]
    public void Cancelling_the_caller_or_a_boundary_timer_tells_the_host_to_cancel_the_child()
    {
        var cancelled = new Driver(Caller()).Start(Nomination()).Execute(new CancelInstance("admin", "rút"));
        Assert.Single(cancelled.LastEffects.OfType<CallActivityCancelled>());

        var late = new Driver(Caller()).Start(Nomination()).FireTimer("late");
        Assert.Single(late.LastEffects.OfType<CallActivityCancelled>());
        Assert.Equal("refused", late.State.Result);
    }

    [Fact]
    public void An_unknown_call_is_refused()
    {
        var driver = new Driver(Caller()).Start(Nomination());

        Assert.Equal(WorkflowError.CallNotPending,
            Assert.Throws<WorkflowException>(() => driver.Execute(new CompleteCallActivity("c-404", null))).Error);
    }
}
