using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Workflows.Tests.Definitions;

public class WorkflowValidatorTests
{
    private static FlowBuilder Valid() => new FlowBuilder()
        .Start().Task("review", dueInWorkingDays: 5).Xor("decide", "to-end").End("end", "approved").End("refused", "refused")
        .Chain("start", "review", "decide").Flow("decide", "refused", "outcome == 'reject'").Flow("decide", "end", id: "to-end");

    private static ValidationError Single(FlowBuilder builder, string code) =>
        Assert.Single(builder.Build().Validate(), e => e.Code == code);

    [Fact]
    public void A_sound_definition_has_no_errors() => Assert.Empty(Valid().Build().Validate());

    [Fact]
    public void No_start_event_is_reported()
    {
        var errors = new FlowBuilder().Task("a").End().Chain("a", "end").Build().Validate();

        var error = Assert.Single(errors, e => e.Code == "no-start-event");
        Assert.Contains("sự kiện bắt đầu", error.Message);
    }

    [Fact]
    public void No_end_event_is_reported() =>
        Single(new FlowBuilder().Start().Task("a").Chain("start", "a"), "no-end-event");

    [Fact]
    public void An_unreachable_node_is_named()
    {
        var error = Single(Valid().Task("orphan").Flow("orphan", "end"), "unreachable");

        Assert.Equal("orphan", error.ElementId);
        Assert.Contains("Bước orphan", error.Message);
    }

    [Fact]
    public void A_node_with_no_way_to_an_end_is_named()
    {
        var builder = Valid().Task("loopA").Task("loopB").Flow("decide", "loopA", "outcome == 'return'").Flow("loopA", "loopB").Flow("loopB", "loopA");

        var errors = builder.Build().Validate().Where(e => e.Code == "no-path-to-end").Select(e => e.ElementId).Order();

        Assert.Equal(["loopA", "loopB"], errors);
    }

    [Fact]
    public void A_gateway_flow_with_no_condition_and_no_default_is_reported()
    {
        var builder = new FlowBuilder().Start().Task("a").Xor("x").End("e1").End("e2")
            .Chain("start", "a", "x").Flow("x", "e1", "outcome == 'approve'").Flow("x", "e2", id: "plain");

        var error = Single(builder, "gateway-flow-without-condition");

        Assert.Equal("x", error.ElementId);
        Assert.Contains("plain", error.Message);
        Assert.Contains("mặc định", error.Message);
    }

    [Fact]
    public void A_condition_that_does_not_parse_is_reported_with_the_parser_message()
    {
        var error = Single(Valid().Flow("decide", "end", "outcome == 'approve", id: "broken"), "condition-invalid");

        Assert.Equal("broken", error.ElementId);
        Assert.Contains("nháy", error.Message);
    }

    [Fact]
    public void A_user_task_with_no_candidate_role_is_reported()
    {
        var builder = new FlowBuilder().Start().Node(new UserTask("nobody", "Thẩm định", null, UserTask.DefaultOutcomes, null)).End()
            .Chain("start", "nobody", "end");

        var error = Single(builder, "candidate-role-missing");

        Assert.Equal("nobody", error.ElementId);
        Assert.Contains("Thẩm định", error.Message);
    }

    [Fact]
    public void An_unsupported_element_is_named_never_skipped()
    {
        var builder = new FlowBuilder().Start().Node(new UnsupportedNode("script", "Tính điểm", "scriptTask")).End()
            .Chain("start", "script", "end");

        var error = Single(builder, "unsupported-element");

        Assert.Equal("script", error.ElementId);
        Assert.Contains("scriptTask", error.Message);
    }

    [Fact]
    public void A_condition_on_a_flow_out_of_a_task_is_reported() =>
        Single(new FlowBuilder().Start().Task("a").End().Chain("start", "a").Flow("a", "end", "outcome == 'approve'"), "condition-not-on-gateway");

    [Fact]
    public void A_default_flow_that_does_not_leave_the_gateway_is_reported() =>
        Single(new FlowBuilder().Start().Task("a").Xor("x", "elsewhere").End().Chain("start", "a", "x", "end"), "default-flow-invalid");

    [Fact]
    public void A_send_task_without_a_template_is_reported() =>
        Single(new FlowBuilder().Start().Node(new AutomaticTask("mail", "Gửi thư", AutomaticTaskKind.Send, null, null)).End()
            .Chain("start", "mail", "end"), "template-missing");

    [Fact]
    public void A_timer_anchored_on_a_deadline_needs_a_task_with_one() =>
        Single(new FlowBuilder().Start().Task("a").Timer("t", "a", false, FlowBuilder.WorkingDays(-1, TimeAnchor.TaskDue)).Send("s").End()
            .Chain("start", "a", "end").Chain("t", "s", "end"), "timer-anchor-without-due");

    [Fact]
    public void A_negative_timer_counted_from_the_opening_is_reported() =>
        Single(new FlowBuilder().Start().Task("a").Timer("t", "a", false, FlowBuilder.WorkingDays(-1)).Send("s").End()
            .Chain("start", "a", "end").Chain("t", "s", "end"), "timer-negative");

    [Fact]
    public void A_timer_on_something_other_than_a_user_task_is_reported() =>
        Single(new FlowBuilder().Start().Send("s").Timer("t", "s", false, FlowBuilder.Hours(1)).End()
            .Chain("start", "s", "end").Chain("t", "end"), "boundary-not-on-user-task");

    [Fact]
    public void Duplicate_outcomes_are_reported() =>
        Single(new FlowBuilder().Start().Task("a", outcomes: "approve,Approve").End().Chain("start", "a", "end"), "outcomes-duplicate");

    [Fact]
    public void A_user_task_with_several_outgoing_flows_is_reported() =>
        Single(new FlowBuilder().Start().Task("a").End("e1").End("e2").Chain("start", "a", "e1").Chain("a", "e2"), "task-several-outgoing");

    [Fact]
    public void An_unknown_unit_level_is_reported() =>
        Single(new FlowBuilder().Start().Task("a", level: "Tỉnh ủy").End().Chain("start", "a", "end"), "unit-level-invalid");

    [Fact]
    public void A_second_start_event_is_reported() =>
        Single(Valid().Start("start2").Flow("start2", "review"), "several-start-events");

    [Fact]
    public void A_flow_to_a_missing_node_is_reported() =>
        Single(Valid().Flow("review", "ghost"), "flow-target-missing");

    [Fact]
    public void Every_message_names_its_element_and_is_in_vietnamese()
    {
        var errors = new FlowBuilder().Start().Task("a", role: "").Xor("x").End()
            .Chain("start", "a", "x").Flow("x", "end").Flow("x", "a").Build().Validate();

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.ElementId)));
        Assert.All(errors, e => Assert.Matches("[ăâđêôơưàảãáạèéẹìíòóọùúụỳýờớởỡợ]", e.Message));
    }
}
