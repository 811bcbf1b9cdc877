using System.Text.Json.Nodes;
using ToanDan.Awards.Host.Features.Workflows;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestWorkflows;

namespace ToanDan.Awards.Host.Tests.Features.Workflows;

/// <summary>The instance view's multi-instance steps: each instance of the latest pass, whom it is for and its state.</summary>
public class NominationTraceLoopsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> People = new()
    {
        ["son"] = "Thượng tá Trịnh Văn Sơn", ["lan"] = "Trung tá Lê Thị Lan", ["nam"] = "Thiếu tá Hà Văn Nam",
    };

    private static WorkflowDefinition Workflow(string loop) => BpmnReader.Read(Bpmn("bieu-quyet", "Biểu quyết", $"""
        <bpmn:startEvent id="Start" />
        <bpmn:userTask id="Task_Vote" name="Biểu quyết" camunda:assignee="{"${member}"}" award:outcomes="approve,reject">
          {loop}
        </bpmn:userTask>
        <bpmn:userTask id="Task_Sign" name="Ký tờ trình" award:candidateRole="director" award:outcomes="approve,return" />
        <bpmn:exclusiveGateway id="Gateway_Sign" default="Flow_End" />
        <bpmn:endEvent id="End" />
        <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Vote" />
        <bpmn:sequenceFlow id="F2" sourceRef="Task_Vote" targetRef="Task_Sign" />
        <bpmn:sequenceFlow id="F3" sourceRef="Task_Sign" targetRef="Gateway_Sign" />
        <bpmn:sequenceFlow id="Flow_Again" sourceRef="Gateway_Sign" targetRef="Task_Vote">
          <bpmn:conditionExpression>{"${outcome == 'return'}"}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="Flow_End" sourceRef="Gateway_Sign" targetRef="End" />
        """));

    private sealed class Run(WorkflowDefinition definition)
    {
        private readonly WorkflowEngine _engine = new();

        /// <summary>Whom each task was given to, as the host's work items remember it after the task has closed.</summary>
        private readonly Dictionary<string, string?> _assignees = [];

        public InstanceState State { get; private set; } = null!;

        public Run Started()
        {
            Remember(_engine.Start(definition, new StartInstance("i1", 1, new JsonObject { ["members"] = new JsonArray("son", "lan", "nam") }, "clerk"), At).State);
            return this;
        }

        private void Remember(InstanceState state)
        {
            State = state;
            foreach (var task in state.OpenTasks) _assignees[task.Id] = task.Assignee;
        }

        public void Complete(string elementId, string outcome, string? assignee = null, string? actor = null)
        {
            var task = State.OpenTasks.First(t => t.ElementId == elementId && (assignee is null || t.Assignee == assignee));
            Remember(_engine.Execute(definition, State, new CompleteTask(task.Id, outcome, actor ?? task.Assignee ?? "director"), At).State);
        }

        public GetNominationTrace.Loop Vote() => Assert.Single(GetNominationTrace.Handler.LoopsOf(State, definition, _assignees.GetValueOrDefault,
            userName => People.GetValueOrDefault(userName, userName)));
    }

    private static string[] Rows(GetNominationTrace.Loop loop) => [.. loop.Instances.Select(i => $"{i.For} | {i.State} | {i.Status}")];

    [Fact]
    public void A_sequential_vote_shows_who_voted_whose_turn_it_is_and_who_comes_later_and_a_new_pass_starts_afresh()
    {
        var run = new Run(Workflow("""<bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${members}" camunda:elementVariable="member" />""")).Started();
        run.Complete("Task_Vote", "approve", "son");

        var vote = run.Vote();
        Assert.Equal((true, true, 3, 1, 1, "Đã xong 1/3, 1 đang chờ"), (vote.Sequential, vote.Running, vote.Total, vote.Completed, vote.Active, vote.Summary));
        Assert.Equal(
        [
            "Thượng tá Trịnh Văn Sơn | done | Đã xong: Đồng ý",
            "Trung tá Lê Thị Lan | open | Đang chờ ý kiến",
            "Thiếu tá Hà Văn Nam | waiting | Chưa đến lượt",
        ], Rows(vote));

        // A deputy votes for Lan; then Nam; the director returns the dossier to the vote, which starts again from the first member.
        run.Complete("Task_Vote", "reject", "lan", actor: "nam");
        Assert.Contains("Trung tá Lê Thị Lan | done | Đã xong: Không đồng ý (Thiếu tá Hà Văn Nam xử lý thay)", Rows(run.Vote()));
        run.Complete("Task_Vote", "approve", "nam");
        var ended = run.Vote();
        Assert.Equal((false, 3, 3, 0, "Đã xong 3/3"), (ended.Running, ended.Total, ended.Completed, ended.Active, ended.Summary));
        run.Complete("Task_Sign", "return");

        var again = run.Vote();
        Assert.Equal((true, 3, 0, 1), (again.Running, again.Total, again.Completed, again.Active));
        Assert.Equal(
        [
            "Thượng tá Trịnh Văn Sơn | open | Đang chờ ý kiến",
            "Trung tá Lê Thị Lan | waiting | Chưa đến lượt",
            "Thiếu tá Hà Văn Nam | waiting | Chưa đến lượt",
        ], Rows(again));
    }

    [Fact]
    public void A_parallel_vote_decided_by_one_refusal_shows_the_ballots_no_longer_needed()
    {
        var run = new Run(Workflow("""
            <bpmn:multiInstanceLoopCharacteristics camunda:collection="${members}" camunda:elementVariable="member">
              <bpmn:completionCondition>${outcomeCounts.Task_Vote.reject >= 1}</bpmn:completionCondition>
            </bpmn:multiInstanceLoopCharacteristics>
            """)).Started();
        run.Complete("Task_Vote", "approve", "lan");
        var open = run.Vote();
        Assert.Equal((false, true, 3, 1, 2), (open.Sequential, open.Running, open.Total, open.Completed, open.Active));
        Assert.Equal(["Thượng tá Trịnh Văn Sơn | open | Đang chờ ý kiến", "Trung tá Lê Thị Lan | done | Đã xong: Đồng ý", "Thiếu tá Hà Văn Nam | open | Đang chờ ý kiến"], Rows(open));

        run.Complete("Task_Vote", "reject", "nam");

        var decided = run.Vote();
        Assert.Equal((false, 3, 2, 0, "Đã xong 2/3"), (decided.Running, decided.Total, decided.Completed, decided.Active, decided.Summary));
        Assert.Equal("Thượng tá Trịnh Văn Sơn | closed | Không cần nữa: bước đã đủ điều kiện kết thúc", Rows(decided)[0]);
    }
}
