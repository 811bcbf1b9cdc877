using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestWorkflows;

namespace ToanDan.Awards.Host.Tests.Workflow;

/// <summary>
/// The council votes one ballot per member: a multi-instance step over <c>roleHolders</c> opens a task for each account
/// holding the council role in the province, each assigned to that account, in the step that reaches it.
/// </summary>
public class RoleHoldersVoteTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private static string Workflow(string key, string unitLevel) => Bpmn(key, "Hội đồng biểu quyết từng người", $"""
        <bpmn:startEvent id="Start" />
        <bpmn:userTask id="Task_Check" name="Kiểm tra hồ sơ" award:candidateRole="pv05-reviewer" award:unitLevel="province" award:outcomes="approve" />
        <bpmn:userTask id="Task_Vote" name="Thành viên Hội đồng biểu quyết" award:candidateRole="council" award:unitLevel="{unitLevel}" award:outcomes="approve,reject">
          <bpmn:multiInstanceLoopCharacteristics award:collection="roleHolders">
            <bpmn:completionCondition>{"${outcomeCounts.Task_Vote.reject >= 1}"}</bpmn:completionCondition>
          </bpmn:multiInstanceLoopCharacteristics>
        </bpmn:userTask>
        <bpmn:exclusiveGateway id="Gateway_Vote" default="Flow_Refused" />
        <bpmn:endEvent id="End_Approved" award:result="approved" />
        <bpmn:endEvent id="End_Refused" award:result="refused" />
        <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Check" />
        <bpmn:sequenceFlow id="F2" sourceRef="Task_Check" targetRef="Task_Vote" />
        <bpmn:sequenceFlow id="F3" sourceRef="Task_Vote" targetRef="Gateway_Vote" />
        <bpmn:sequenceFlow id="Flow_Approved" sourceRef="Gateway_Vote" targetRef="End_Approved">
          <bpmn:conditionExpression>{"${outcomeCounts.Task_Vote.reject == 0}"}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="Flow_Refused" sourceRef="Gateway_Vote" targetRef="End_Refused" />
        """);

    /// <summary>The vote, then the director signs or returns the dossier to the council, to vote again.</summary>
    private static string SignedWorkflow(string key) => Bpmn(key, "Hội đồng biểu quyết, Giám đốc ký", """
        <bpmn:startEvent id="Start" />
        <bpmn:userTask id="Task_Check" name="Kiểm tra hồ sơ" award:candidateRole="pv05-reviewer" award:unitLevel="province" award:outcomes="approve" />
        <bpmn:userTask id="Task_Vote" name="Thành viên Hội đồng biểu quyết" award:candidateRole="council" award:unitLevel="province" award:outcomes="approve,reject">
          <bpmn:multiInstanceLoopCharacteristics award:collection="roleHolders" />
        </bpmn:userTask>
        <bpmn:userTask id="Task_Sign" name="Giám đốc ký tờ trình" award:candidateRole="director" award:unitLevel="province" award:outcomes="approve,return" />
        <bpmn:exclusiveGateway id="Gateway_Sign" default="Flow_Signed" />
        <bpmn:endEvent id="End_Approved" award:result="approved" />
        <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Check" />
        <bpmn:sequenceFlow id="F2" sourceRef="Task_Check" targetRef="Task_Vote" />
        <bpmn:sequenceFlow id="F3" sourceRef="Task_Vote" targetRef="Task_Sign" />
        <bpmn:sequenceFlow id="F4" sourceRef="Task_Sign" targetRef="Gateway_Sign" />
        <bpmn:sequenceFlow id="Flow_Again" sourceRef="Gateway_Sign" targetRef="Task_Vote">
          <bpmn:conditionExpression>${outcome == 'return'}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="Flow_Signed" sourceRef="Gateway_Sign" targetRef="End_Approved" />
        """);

    private async Task<int> CheckedAsync(string key, string unitLevel, Func<string, string>? workflow = null)
    {
        if (await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().WorkflowVersions.AnyAsync(v => v.Key == key)) is false)
            await PublishAsync(app, key, "Hội đồng biểu quyết từng người", workflow?.Invoke(key) ?? Workflow(key, unitLevel));
        await AddAccountAsync(app, "hoidong2.thanhhoa", "Trung tá Lê Thị Lan (Hội đồng TĐKT)", Roles.Council, "TH");
        await UseForAsync(app, GiayKhen, key);
        try
        {
            return await SubmitAsync(app);
        }
        finally
        {
            await UseForAsync(app, GiayKhen, "giay-khen-cat");
        }
    }

    [Fact]
    public async Task Each_council_member_of_the_province_gets_a_ballot_of_their_own_and_the_dossier_goes_on_when_all_agree()
    {
        var id = await CheckedAsync("hoi-dong-tung-nguoi", "province");

        var checkedDossier = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_Check");

        Assert.Equal(["Task_Vote", "Task_Vote"], OpenStepIds(checkedDossier));
        var ballots = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().WorkItems.AsNoTracking()
            .Where(w => w.NominationId == id && w.ElementId == "Task_Vote").Select(w => w.AssignedTo).OrderBy(a => a).ToListAsync());
        Assert.Equal(["hoidong.thanhhoa", "hoidong2.thanhhoa"], ballots);
        await CompleteAsync(app, "hoidong.thanhhoa", id, "Task_Vote");
        Assert.Null(await FindTaskAsync(app, "hoidong.thanhhoa", id, "Task_Vote"));
        // The dossier on its workflow, for an administrator: the vote with each member's ballot.
        var trace = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>($"/api/workflows/dossiers/{id}");
        var vote = Assert.Single(trace.GetProperty("loops").EnumerateArray());
        Assert.Equal(("Task_Vote", 2, 1, 1, true), (vote.GetProperty("elementId").GetString(), vote.GetProperty("total").GetInt32(),
            vote.GetProperty("completed").GetInt32(), vote.GetProperty("active").GetInt32(), vote.GetProperty("running").GetBoolean()));
        Assert.Equal(["Thượng tá Trịnh Văn Sơn (Hội đồng TĐKT) done", "Trung tá Lê Thị Lan (Hội đồng TĐKT) open"],
            vote.GetProperty("instances").EnumerateArray().Select(i => $"{i.GetProperty("for").GetString()} {i.GetProperty("state").GetString()}").Order(StringComparer.Ordinal));
        var approved = await CompleteAsync(app, "hoidong2.thanhhoa", id, "Task_Vote");
        Assert.Equal("approved", approved.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_unit_where_nobody_holds_the_role_refuses_the_step_with_a_clear_message()
    {
        // The council sits at the province: the commune has no member, so a vote of the commune's council cannot open.
        var id = await CheckedAsync("hoi-dong-cap-xa", "self");

        var refused = await PostCompleteAsync(app, "pv05.thanhhoa", await TaskIdAsync(app, "pv05.thanhhoa", id, "Task_Check"), "approve");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("role-holders-missing", problem.GetProperty("code").GetString());
        Assert.Contains("chưa có ai giữ vai trò", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(await FindTaskAsync(app, "pv05.thanhhoa", id, "Task_Check"));
    }

    [Fact]
    public async Task A_return_into_the_vote_says_the_council_votes_again_and_every_member_is_told_who_returned_it()
    {
        var id = await CheckedAsync("hoi-dong-giam-doc-ky", "province", SignedWorkflow);
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_Check");
        await CompleteAsync(app, "hoidong.thanhhoa", id, "Task_Vote");
        await CompleteAsync(app, "hoidong2.thanhhoa", id, "Task_Vote");

        // The director's task names where a return goes: to the council, every member voting again.
        var director = await app.ClientForAsync("giamdoc.thanhhoa");
        var sign = await TaskIdAsync(app, "giamdoc.thanhhoa", id, "Task_Sign");
        var task = await director.GetFromJsonAsync<JsonElement>($"/api/tasks/{sign}");
        Assert.Equal((Roles.Council, true), (task.GetProperty("returnsTo").GetString(), task.GetProperty("returnsToVote").GetBoolean()));
        var page = WebUtility.HtmlDecode(await director.GetStringAsync($"/nhiem-vu/{sign}"));
        Assert.Contains(">Trả lại để Hội đồng Thi đua – Khen thưởng biểu quyết lại</button>", page, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Xác nhận trả lại hồ sơ để Hội đồng Thi đua – Khen thưởng biểu quyết lại? Mỗi thành viên nhận lại một phiếu biểu quyết mới; phiếu đã bỏ trước đây không còn tính.\"",
            page, StringComparison.Ordinal);
        Assert.DoesNotContain("cho đơn vị bổ sung", page, StringComparison.Ordinal);

        var returned = await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_Sign", "return", "Đề nghị Hội đồng xem lại thành tích của tập thể.");

        // Each member has a new ballot, and each ballot (not only the first one opened) says who returned the dossier and why.
        Assert.Equal(["Task_Vote", "Task_Vote"], OpenStepIds(returned));
        foreach (var member in new[] { "hoidong.thanhhoa", "hoidong2.thanhhoa" })
        {
            var ballot = await (await app.ClientForAsync(member)).GetFromJsonAsync<JsonElement>($"/api/tasks/{await TaskIdAsync(app, member, id, "Task_Vote")}");
            var from = Assert.Single(ballot.GetProperty("returnedFrom").EnumerateArray());
            Assert.Equal("Giám đốc ký tờ trình", from.GetProperty("stepName").GetString());
            Assert.StartsWith("Lãnh đạo Công an tỉnh (", from.GetProperty("level").GetString(), StringComparison.Ordinal);
            Assert.Equal("Đề nghị Hội đồng xem lại thành tích của tập thể.", from.GetProperty("comment").GetString());
        }
    }
}
