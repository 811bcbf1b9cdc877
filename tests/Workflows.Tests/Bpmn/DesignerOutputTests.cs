using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Workflows.Tests.Bpmn;

/// <summary>
/// The corpus file the designer's node tests write (src/Designer/test/model.test.js builds it with the panel's own
/// functions and bpmn-moddle): every field the panel sets is read by the engine as the panel meant it.
/// </summary>
public class DesignerOutputTests
{
    private static readonly WorkflowDefinition Definition =
        BpmnReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "run-bpmnio-designer-issue17-elements.bpmn")));

    private static T Node<T>(string id) where T : FlowNode => Assert.IsType<T>(Definition.FindNode(id));

    [Fact]
    public void The_designers_diagram_reads_without_problems_and_validates()
    {
        Assert.Empty(Definition.ImportProblems);
        Assert.Empty(Definition.Validate());
    }

    [Fact]
    public void A_multi_instance_task_runs_three_rounds_at_once_until_two_are_done_and_keeps_its_candidate_users()
    {
        var vote = Node<UserTask>("Task_vote");
        var loop = Assert.IsType<MultiInstance>(vote.Loop);
        Assert.False(loop.Sequential);
        Assert.Equal("3", loop.CardinalityText);
        Assert.NotNull(loop.Cardinality);
        Assert.Equal("nrOfCompletedInstances >= 2", loop.CompletionText);
        Assert.NotNull(loop.Completion);
        Assert.Equal(new Assignee("council", "province"), vote.Candidate);
        Assert.Equal(["nguyenvana", "tranthib"], vote.Assignment!.CandidateUsers.ToArray());
        Assert.Equal(5, vote.Due!.WorkingDays);
    }

    [Fact]
    public void The_sub_process_holds_its_waits_and_throws_an_error_and_an_escalation_its_boundary_events_catch()
    {
        Assert.IsType<SubProcess>(Definition.FindNode("Sub_check"));
        Assert.All(["Sub_start", "Sub_wait", "Sub_papers", "Sub_five_days", "Sub_escalate", "Sub_missing"],
            id => Assert.Equal("Sub_check", Definition.FindNode(id)!.ScopeId));
        Assert.Equal("ho-so-bo-sung", Node<MessageCatchEvent>("Sub_papers").Message!.Code);
        var fiveDays = Node<TimerCatchEvent>("Sub_five_days").Timer!;
        Assert.Equal(5, fiveDays.WorkingDays);
        Assert.Equal(new EndThrow(EndThrowKind.Error, new EventRef("Error_thieu_ho_so", "thieu-ho-so")), Node<EndEvent>("Sub_missing").Throws);
        Assert.Equal(new EndThrow(EndThrowKind.Escalation, new EventRef("Escalation_can_cap_tren", "can-cap-tren")), Node<EndEvent>("Sub_escalate").Throws);
        Assert.Equal("thieu-ho-so", Node<BoundaryErrorEvent>("Boundary_missing").Error!.Code);
        var escalated = Node<BoundaryEscalationEvent>("Boundary_escalated");
        Assert.False(escalated.Interrupting);
        Assert.Equal("can-cap-tren", escalated.Escalation!.Code);
    }

    [Fact]
    public void The_call_activity_calls_version_two_of_its_workflow_passing_the_mapped_variables()
    {
        var call = Node<CallActivity>("Call_decision");
        Assert.Equal("giay-khen-cat", call.CalledKey);
        Assert.Equal(2, call.CalledVersion);
        Assert.Equal([new VariableMapping("nomination", "nomination")], call.Inputs!.Value.ToArray());
        Assert.Equal([new VariableMapping("decisionNumber", "soQuyetDinh")], call.Outputs!.Value.ToArray());
    }

    [Fact]
    public void The_receive_task_waits_for_its_message_and_the_timer_for_a_date_in_Vietnam_time()
    {
        Assert.Equal("da-nhan-quyet-dinh", Node<ReceiveTask>("Receive_receipt").Message!.Code);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(7)), Node<TimerCatchEvent>("Catch_date").Timer!.Date);
        Assert.Equal("Flow_7", Node<InclusiveGateway>("Gateway_split").DefaultFlowId);
    }
}
