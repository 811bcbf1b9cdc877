using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

/// <summary>A multi-instance task over <c>roleHolders</c>: one ballot for each holder of the task's role in its unit.</summary>
public class RoleHoldersTests
{
    private const string Majority = "${outcomeCounts.vote.approve > nrOfInstances / 2 or outcomeCounts.vote.reject >= 1}";

    private static WorkflowDefinition Council(string collection = "roleHolders", bool sequential = false, string? completion = Majority) => new FlowBuilder()
        .Start().Task("pv05", outcomes: "approve").Vote("vote", collection: collection, completion: completion, sequential: sequential, element: null, assignee: null)
        .Xor("decide", "refuse").End("end", "approved").End("refused", "refused")
        .Chain("start", "pv05", "vote", "decide").Flow("decide", "end", "outcomeCounts.vote.approve > outcomeCounts.vote.reject").Flow("decide", "refused", id: "refuse")
        .Build();

    private static Driver AtTheVote(WorkflowDefinition definition) => new Driver(definition).Start().Complete("pv05", "approve");

    [Fact]
    public void Reaching_the_task_asks_the_host_for_the_holders_of_its_role_and_waits_for_them()
    {
        var driver = AtTheVote(Council());

        var requested = Assert.Single(driver.LastEffects.OfType<RoleHoldersRequested>());
        Assert.Equal(("vote", "council", "province"), (requested.ElementId, requested.Role, requested.UnitLevel));
        Assert.Empty(driver.OpenElements);
        Assert.True(Assert.Single(driver.State.Loops).AwaitingHolders);
    }

    [Fact]
    public void Each_holder_gets_one_task_assigned_to_that_account_with_roleHolder_as_element_variable()
    {
        var driver = AtTheVote(Council());
        var token = driver.LastEffects.OfType<RoleHoldersRequested>().Single().TokenId;

        driver.Execute(new SupplyRoleHolders(token, ["son", "lan", "minh"]));

        var tasks = driver.TasksAt("vote").ToList();
        Assert.Equal(["son", "lan", "minh"], tasks.Select(t => t.Assignee));
        Assert.Equal(["son", "lan", "minh"], tasks.Select(t => t.LoopItem!.ToString()));
        Assert.All(tasks, t => Assert.Equal("council", t.CandidateRole));
        Assert.Equal(3, Assert.Single(driver.State.Loops).Total);
        driver.Vote("vote", "son", "approve").Vote("vote", "minh", "approve");
        Assert.Equal(("approved", InstanceStatus.Completed), (driver.State.Result, driver.State.Status));
    }

    [Fact]
    public void Sequential_holders_vote_one_after_another()
    {
        var driver = AtTheVote(Council(sequential: true, completion: null));
        driver.Execute(new SupplyRoleHolders(driver.LastEffects.OfType<RoleHoldersRequested>().Single().TokenId, ["son", "lan"]));

        Assert.Equal(["son"], driver.TasksAt("vote").Select(t => t.Assignee));
        driver.Vote("vote", "son", "approve");
        Assert.Equal(["lan"], driver.TasksAt("vote").Select(t => t.Assignee));
    }

    [Fact]
    public void No_holder_at_all_is_refused_and_the_task_keeps_waiting()
    {
        var driver = AtTheVote(Council());
        var token = driver.LastEffects.OfType<RoleHoldersRequested>().Single().TokenId;

        var refused = Assert.Throws<WorkflowException>(() => driver.Execute(new SupplyRoleHolders(token, [])));

        Assert.Equal((WorkflowError.LoopInvalid, "vote"), (refused.Error, refused.ElementId));
        Assert.True(Assert.Single(driver.State.Loops).AwaitingHolders);
    }

    [Fact]
    public void The_expression_spelling_of_roleHolders_is_the_same_list()
    {
        Assert.Single(AtTheVote(Council("${roleHolders}")).LastEffects.OfType<RoleHoldersRequested>());
    }

    [Theory]
    [InlineData("""<bpmn:multiInstanceLoopCharacteristics award:collection="roleHolders" />""")]
    [InlineData("""<bpmn:multiInstanceLoopCharacteristics camunda:collection="${roleHolders}" />""")]
    [InlineData("""<bpmn:multiInstanceLoopCharacteristics flowable:collection="${roleHolders}" />""")]
    [InlineData("""<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=roleHolders" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>""")]
    public void Every_dialect_reads_a_vote_over_the_holders_of_a_role(string loop)
    {
        var definition = BpmnReader.Read(Diagram(loop, """award:candidateRole="council" award:unitLevel="province" """));

        Assert.Empty(definition.Validate());
        var task = (UserTask)definition.GetNode("Vote");
        Assert.True(task.Loop!.OverRoleHolders);
        Assert.Equal("roleHolder", task.Loop.ItemVariable);
    }

    [Fact]
    public void A_vote_over_role_holders_without_a_role_is_named_by_the_validator()
    {
        var definition = BpmnReader.Read(Diagram("""<bpmn:multiInstanceLoopCharacteristics award:collection="roleHolders" />""", """award:assignee="${roleHolder}" """));

        Assert.Contains(definition.Validate(), e => e.ElementId == "Vote" && e.Code == "role-holders-without-role" && e.Message.Contains("Hội đồng biểu quyết", StringComparison.Ordinal));
    }

    private static string Diagram(string loop, string attributes) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:award="urn:toandan:awards:bpmn:1.0"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:flowable="http://flowable.org/bpmn" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            id="D" targetNamespace="urn:test">
          <bpmn:process id="vote-test" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Vote" name="Hội đồng biểu quyết" {attributes}>{loop}</bpmn:userTask>
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Vote" />
            <bpmn:sequenceFlow id="F2" sourceRef="Vote" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
