using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Expressions;

namespace ToanDan.Awards.Workflows.Tests.Definitions;

public class NewElementValidationTests
{
    private static void AssertError(WorkflowDefinition definition, string elementId, string code)
    {
        var errors = definition.Validate();
        Assert.Contains(errors, e => e.ElementId == elementId && e.Code == code);
        Assert.All(errors.Where(e => e.Code == code), e => Assert.Contains(elementId, e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_error_end_no_boundary_of_its_own_catches_is_left_to_the_caller()
    {
        // Uncaught in its own workflow, the error goes to the call activity that called it (or refuses the step at the top).
        var definition = new FlowBuilder().Start().Sub("sub").End().ErrorBoundary("other", "sub", "KHAC").End("other-end")
            .Inside("sub").Start("s").ErrorEnd("boom", "SAI").Inside(null)
            .Chain("start", "sub", "end").Chain("other", "other-end").Chain("s", "boom").Build();

        Assert.Empty(definition.Validate());
    }

    [Fact]
    public void A_catch_all_error_boundary_catches_every_code()
    {
        var definition = new FlowBuilder().Start().Sub("sub").End().ErrorBoundary("all", "sub").End("all-end")
            .Inside("sub").Start("s").ErrorEnd("boom", "SAI").Inside(null)
            .Chain("start", "sub", "end").Chain("all", "all-end").Chain("s", "boom").Build();

        Assert.Empty(definition.Validate());
    }

    [Fact]
    public void After_an_event_based_gateway_only_catch_events_may_follow()
    {
        var definition = new FlowBuilder().Start().EventGateway("race").Task("t").MessageCatch("m", "tin").End()
            .Chain("start", "race").Chain("race", "t", "end").Chain("race", "m", "end").Build();

        AssertError(definition, "race", "event-gateway-target");
    }

    [Fact]
    public void A_message_event_without_a_message_is_named()
    {
        var definition = new FlowBuilder().Start().Node(new MessageCatchEvent("m", null, null)).End().Chain("start", "m", "end").Build();

        AssertError(definition, "m", "message-missing");
    }

    [Fact]
    public void A_call_activity_without_a_called_workflow_is_named()
    {
        var definition = new FlowBuilder().Start().Node(new CallActivity("c", null, null, null)).End().Chain("start", "c", "end").Build();

        AssertError(definition, "c", "called-element-missing");
    }

    [Fact]
    public void A_sub_process_without_start_or_end_is_named()
    {
        var definition = new FlowBuilder().Start().Sub("sub").End().Inside("sub").Task("t").Inside(null).Chain("start", "sub", "end").Build();

        AssertError(definition, "sub", "subprocess-no-start");
        AssertError(definition, "sub", "subprocess-no-end");
    }

    [Fact]
    public void A_flow_crossing_into_a_sub_process_is_named()
    {
        var definition = new FlowBuilder().Start().Sub("sub").End().Inside("sub").Start("s").Task("t").End("e").Inside(null)
            .Chain("start", "sub", "end").Chain("s", "t", "e").Flow("start", "t", id: "cross").Build();

        AssertError(definition, "cross", "flow-crosses-subprocess");
    }

    [Fact]
    public void Error_and_escalation_boundaries_belong_on_sub_processes_or_call_activities()
    {
        var definition = new FlowBuilder().Start().Task("t").ErrorBoundary("e", "t").End().End("e-end")
            .Chain("start", "t", "end").Chain("e", "e-end").Build();

        AssertError(definition, "e", "boundary-not-on-subprocess");
    }

    [Fact]
    public void Conditions_are_allowed_after_an_inclusive_gateway()
    {
        var definition = new FlowBuilder().Start().Or("or").Task("a").Task("b").Or("join").End()
            .Chain("start", "or").Flow("or", "a", "x > 1").Flow("or", "b", "x > 2").Chain("a", "join").Chain("b", "join").Chain("join", "end").Build();

        Assert.Empty(definition.Validate());
    }

    [Fact]
    public void A_task_assigned_only_to_people_needs_no_role()
    {
        var task = new UserTask("t", "Duyệt", null, ["approve"], null) { Assignment = new TaskAssignment("giamdoc.thanhhoa", [], []) };
        var definition = new FlowBuilder().Start().Node(task).End().Chain("start", "t", "end").Build();

        Assert.Empty(definition.Validate());
    }

    [Theory]
    [InlineData("nrOfCompletedInstances / nrOfInstances >= 0.5", true)]
    [InlineData("nrOfCompletedInstances * 2 > nrOfInstances + 1", false)]
    [InlineData("nrOfInstances - nrOfCompletedInstances == 2", true)]
    [InlineData("nrOfInstances-1 == 3", false)]
    public void Arithmetic_works_on_numbers(string text, bool expected)
    {
        var variables = new JsonObject { ["nrOfInstances"] = 4, ["nrOfCompletedInstances"] = 2, ["nrOfInstances-1"] = 4 };

        Assert.Equal(expected, ConditionExpression.Parse(text).Evaluate(variables));
    }

    [Theory]
    [InlineData("a / 0 > 1", "chia cho 0")]
    [InlineData("a + 'x' > 1", "cần hai số")]
    public void Arithmetic_on_the_wrong_values_is_a_clear_error(string text, string message)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => ConditionExpression.Parse(text).Evaluate(new JsonObject { ["a"] = 1 }));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
