using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

/// <summary>Errors and escalations a called workflow does not catch itself go to its caller's call activity.</summary>
public class CallActivityPropagationTests
{
    private static readonly CalledFrom FromCaller = new("caller-1", "ministry", "c1");

    /// <summary>The ministry reviews: approval ends normally, refusal ends with BO_KHONG_DUYET, "return" raises CAN_BO_SUNG and waits on.</summary>
    private static WorkflowDefinition Ministry() => new FlowBuilder("ministry-review")
        .Start().Task("review", role: "ministry-reviewer", outcomes: "approve,reject,return").Xor("decided", "toRefuse")
        .End("done").ErrorEnd("refusedEnd", "BO_KHONG_DUYET")
        .And("split").EscalationEnd("askMore", "CAN_BO_SUNG").Task("wait", role: "ministry-reviewer", outcomes: "approve")
        .Chain("start", "review", "decided")
        .Flow("decided", "done", "outcome == 'approve'")
        .Flow("decided", "split", "outcome == 'return'")
        .Flow("decided", "refusedEnd", id: "toRefuse")
        .Chain("split", "askMore").Chain("split", "wait", "done")
        .Build();

    /// <summary>The province calls the ministry; an error boundary and escalation boundaries as asked.</summary>
    private static WorkflowDefinition Province(bool catchError = true, bool? interruptingEscalation = null) =>
        Build(b =>
        {
            b.Start().Call("ministry", "ministry-review").Task("sign", role: "director").End("end", "approved");
            b.Chain("start", "ministry", "sign", "end");
            if (catchError) b.ErrorBoundary("refusedByMinistry", "ministry", "BO_KHONG_DUYET").End("failed", "refused").Chain("refusedByMinistry", "failed");
            if (interruptingEscalation is { } interrupting)
                b.EscalationBoundary("moreAsked", "ministry", interrupting, "CAN_BO_SUNG").Task("supplement", outcomes: "approve").End("supplied", "returned")
                    .Chain("moreAsked", "supplement", "supplied");
        });

    private static WorkflowDefinition Build(Action<FlowBuilder> build)
    {
        var builder = new FlowBuilder("province");
        build(builder);
        return builder.Build();
    }

    [Fact]
    public void A_top_level_error_end_in_a_called_workflow_ends_it_and_is_passed_to_the_caller()
    {
        var child = new Driver(Ministry()).Start(calledFrom: FromCaller).Complete("review", "reject");

        Assert.Equal(InstanceStatus.Failed, child.State.Status);
        Assert.Empty(child.State.OpenTasks);
        var passed = Assert.Single(child.LastEffects.OfType<ErrorPropagated>());
        Assert.Equal((FromCaller, "BO_KHONG_DUYET", "refusedEnd"), (passed.Caller, passed.ErrorCode, passed.ThrownBy));
        Assert.Contains(child.LastEffects, e => e is InstanceEnded { Status: InstanceStatus.Failed });
        Assert.Contains(child.State.Journal, j => j.Kind == JournalKind.PassedToCaller && j.Outcome == "BO_KHONG_DUYET");

        var caller = new Driver(Province()).Start().CompleteCall("ministry", error: passed.ErrorCode);
        Assert.Equal(("refused", InstanceStatus.Completed), (caller.State.Result, caller.State.Status));
    }

    [Fact]
    public void A_catch_all_error_boundary_on_the_call_activity_catches_any_code()
    {
        var caller = Build(b => b.Start().Call("ministry", "ministry-review").End("end", "approved").ErrorBoundary("anyError", "ministry").End("failed", "refused")
            .Chain("start", "ministry", "end").Chain("anyError", "failed"));

        var driver = new Driver(caller).Start().CompleteCall("ministry", error: "KHONG_AI_BIET");

        Assert.Equal("refused", driver.State.Result);
    }

    [Fact]
    public void An_error_a_middle_workflow_does_not_catch_goes_on_up_to_its_own_caller()
    {
        var middle = new Driver(Province(catchError: false)).Start(calledFrom: new CalledFrom("top-1", "Call_Province", "c9"));

        middle.CompleteCall("ministry", error: "BO_KHONG_DUYET");

        Assert.Equal(InstanceStatus.Failed, middle.State.Status);
        var passed = Assert.Single(middle.LastEffects.OfType<ErrorPropagated>());
        Assert.Equal(("top-1", "c9", "BO_KHONG_DUYET", "ministry"), (passed.Caller.InstanceId, passed.Caller.CallId, passed.ErrorCode, passed.ThrownBy));
        Assert.Empty(middle.State.PendingCalls);
    }

    [Fact]
    public void At_the_top_an_error_nobody_catches_refuses_the_step_naming_the_call_activity()
    {
        var top = new Driver(Province(catchError: false)).Start();

        var refused = Assert.Throws<WorkflowException>(() => top.CompleteCall("ministry", error: "BO_KHONG_DUYET"));

        Assert.Equal((WorkflowError.ErrorNotCaught, "ministry"), (refused.Error, refused.ElementId));
        Assert.Contains("BO_KHONG_DUYET", refused.Message, StringComparison.Ordinal);
        Assert.Equal(InstanceStatus.Running, top.State.Status);
    }

    [Fact]
    public void An_error_inside_a_sub_process_of_the_called_workflow_that_nothing_there_catches_reaches_the_caller()
    {
        var child = Build(b => b.Start().Sub("inner").End()
            .Inside("inner").Start("s").Task("check", outcomes: "approve").ErrorEnd("boom", "SAI").Inside(null)
            .Chain("start", "inner", "end").Chain("s", "check", "boom"));

        var driver = new Driver(child).Start(calledFrom: FromCaller).Complete("check", "approve");

        Assert.Equal(InstanceStatus.Failed, driver.State.Status);
        Assert.Equal("SAI", Assert.Single(driver.LastEffects.OfType<ErrorPropagated>()).ErrorCode);
    }

    [Fact]
    public void A_dossier_own_instance_still_refuses_an_error_end_nothing_catches()
    {
        var driver = new Driver(Ministry()).Start();

        var refused = Assert.Throws<WorkflowException>(() => driver.Complete("review", "reject"));

        Assert.Equal((WorkflowError.ErrorNotCaught, "refusedEnd"), (refused.Error, refused.ElementId));
        Assert.Single(driver.State.OpenTasks);
    }

    [Fact]
    public void An_escalation_the_called_workflow_does_not_catch_is_passed_to_the_caller_and_the_child_goes_on()
    {
        var child = new Driver(Ministry()).Start(calledFrom: FromCaller).Complete("review", "return");

        Assert.Equal(InstanceStatus.Running, child.State.Status);
        Assert.Equal(["wait"], child.OpenElements);
        var passed = Assert.Single(child.LastEffects.OfType<EscalationPropagated>());
        Assert.Equal((FromCaller, "CAN_BO_SUNG", "askMore"), (passed.Caller, passed.EscalationCode, passed.ThrownBy));
    }

    [Fact]
    public void An_interrupting_escalation_boundary_on_the_call_activity_cancels_the_call_and_takes_its_path()
    {
        var caller = new Driver(Province(interruptingEscalation: true)).Start();
        var call = caller.State.PendingCalls[0];

        caller.Execute(new EscalateCallActivity(call.Id, "CAN_BO_SUNG"));

        Assert.Empty(caller.State.PendingCalls);
        Assert.Equal(call.Id, Assert.Single(caller.LastEffects.OfType<CallActivityCancelled>()).CallId);
        Assert.Equal(["supplement"], caller.OpenElements);
        caller.Complete("supplement", "approve");
        Assert.Equal(("returned", InstanceStatus.Completed), (caller.State.Result, caller.State.Status));
    }

    [Fact]
    public void A_non_interrupting_escalation_boundary_opens_a_path_beside_the_call_that_keeps_waiting()
    {
        var caller = new Driver(Province(interruptingEscalation: false)).Start();
        var call = caller.State.PendingCalls[0];

        caller.Execute(new EscalateCallActivity(call.Id, "CAN_BO_SUNG")).Complete("supplement", "approve");

        Assert.DoesNotContain(caller.AllEffects, e => e is CallActivityCancelled);
        Assert.Single(caller.State.PendingCalls);
        caller.CompleteCall("ministry").Complete("sign", "approve");
        Assert.Equal(InstanceStatus.Completed, caller.State.Status);
    }

    [Fact]
    public void An_escalation_caught_nowhere_up_to_the_dossier_is_only_recorded()
    {
        var caller = new Driver(Province()).Start();
        var call = caller.State.PendingCalls[0];

        caller.Execute(new EscalateCallActivity(call.Id, "CAN_BO_SUNG"));

        Assert.Single(caller.State.PendingCalls);
        Assert.Empty(caller.LastEffects.OfType<EscalationPropagated>());
        Assert.Contains(caller.State.Journal, j => j.Kind == JournalKind.EscalationThrown && j.ElementId == "ministry" && j.Outcome == "CAN_BO_SUNG");
    }

    [Fact]
    public void An_escalation_a_middle_workflow_does_not_catch_goes_on_up()
    {
        var middle = new Driver(Province()).Start(calledFrom: new CalledFrom("top-1", "Call_Province", "c9"));

        middle.Execute(new EscalateCallActivity(middle.State.PendingCalls[0].Id, "CAN_BO_SUNG"));

        var passed = Assert.Single(middle.LastEffects.OfType<EscalationPropagated>());
        Assert.Equal(("c9", "ministry"), (passed.Caller.CallId, passed.ThrownBy));
        Assert.Single(middle.State.PendingCalls);
    }

    [Fact]
    public void The_caller_of_a_called_instance_is_kept_in_its_state()
    {
        var child = new Driver(Ministry()).Start(new JsonObject { ["x"] = 1 }, FromCaller);

        var reread = InstanceStateJson.Deserialize(InstanceStateJson.Serialize(child.State));

        Assert.Equal(FromCaller, reread.CalledFrom);
    }

    private static WorkflowDefinition Corpus(string file) =>
        BpmnReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", file)));

    [Theory]
    [InlineData("reject", "EndEvent_refused", false)]
    [InlineData("return", "Activity_supplement", true)]
    public void The_corpus_caller_catches_what_its_called_corpus_workflow_throws(string outcome, string reached, bool callStillPending)
    {
        var caller = new Driver(Corpus("run-c8-call-activity-error-and-escalation-boundaries.bpmn")).Start();
        var call = Assert.Single(caller.State.PendingCalls);
        Assert.Equal("ministry-review-c7", call.CalledKey);
        var child = new Driver(Corpus("run-c7-called-ministry-review-error-end.bpmn"))
            .Start(calledFrom: new CalledFrom("i-1", call.ElementId, call.Id)).Complete("Activity_ministry", outcome);

        // What the host does with the child's effects, in the same transaction.
        foreach (var effect in child.LastEffects)
        {
            if (effect is ErrorPropagated error) caller.Execute(new CompleteCallActivity(error.Caller.CallId, null) { ErrorCode = error.ErrorCode });
            if (effect is EscalationPropagated escalation) caller.Execute(new EscalateCallActivity(escalation.Caller.CallId, escalation.EscalationCode));
        }

        Assert.True(caller.OpenElements.Contains(reached) || caller.State.Journal.Any(j => j.ElementId == reached), reached);
        Assert.Equal(callStillPending, caller.State.PendingCalls.Count == 1);
    }
}
