using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestWorkflows;

namespace ToanDan.Awards.Host.Tests.Workflow;

/// <summary>
/// A workflow that calls another (call activity) which waits for a message: PV05 checks the dossier, the called
/// "bổ sung hồ sơ" workflow waits until PV05 records that the papers arrived, then PV05 reviews.
/// </summary>
public class CalledWorkflowTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private const string Received = "ho-so-bo-sung-da-nhan";

    private async Task<int> WaitingForPapersAsync()
    {
        if (await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().WorkflowVersions.AnyAsync(v => v.Key == "bo-sung-ho-so")) is false)
        {
            await PublishAsync(app, "bo-sung-ho-so", "Bổ sung hồ sơ", Bpmn("bo-sung-ho-so", "Bổ sung hồ sơ", """
                <bpmn:startEvent id="Start" />
                <bpmn:receiveTask id="Receive_Papers" name="Chờ nhận hồ sơ bổ sung" messageRef="Msg_Received" />
                <bpmn:endEvent id="End_Received" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Receive_Papers" />
                <bpmn:sequenceFlow id="F2" sourceRef="Receive_Papers" targetRef="End_Received" />
                """, roots: $"""<bpmn:message id="Msg_Received" name="{Received}" />"""));
            await PublishAsync(app, "kiem-tra-bo-sung", "Kiểm tra, bổ sung rồi thẩm định", Bpmn("kiem-tra-bo-sung", "Kiểm tra, bổ sung rồi thẩm định", """
                <bpmn:startEvent id="Start" />
                <bpmn:userTask id="Task_Check" name="Kiểm tra thành phần hồ sơ" award:candidateRole="pv05-reviewer" award:unitLevel="province" award:outcomes="approve" />
                <bpmn:callActivity id="Call_Supplement" name="Bổ sung hồ sơ" calledElement="bo-sung-ho-so" />
                <bpmn:userTask id="Task_Review" name="Thẩm định sau bổ sung" award:candidateRole="pv05-reviewer" award:unitLevel="province" award:outcomes="approve,reject" />
                <bpmn:exclusiveGateway id="Gateway_Decision" default="Flow_Refused" />
                <bpmn:endEvent id="End_Approved" award:result="approved" />
                <bpmn:endEvent id="End_Refused" award:result="refused" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Check" />
                <bpmn:sequenceFlow id="F2" sourceRef="Task_Check" targetRef="Call_Supplement" />
                <bpmn:sequenceFlow id="F3" sourceRef="Call_Supplement" targetRef="Task_Review" />
                <bpmn:sequenceFlow id="F4" sourceRef="Task_Review" targetRef="Gateway_Decision" />
                <bpmn:sequenceFlow id="Flow_Approved" sourceRef="Gateway_Decision" targetRef="End_Approved">
                  <bpmn:conditionExpression>${outcome == 'approve'}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="Flow_Refused" sourceRef="Gateway_Decision" targetRef="End_Refused" />
                """));
        }
        await UseForAsync(app, GiayKhen, "kiem-tra-bo-sung");
        try
        {
            var id = await SubmitAsync(app);
            await CompleteAsync(app, "pv05.thanhhoa", id, "Task_Check");
            return id;
        }
        finally
        {
            await UseForAsync(app, GiayKhen, "giay-khen-cat");
        }
    }

    private async Task<JsonElement> DossierAsync(string userName, int id) =>
        await (await app.ClientForAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/nominations/{id}");

    private async Task<HttpResponseMessage> DeliverAsync(string userName, int id, string message) =>
        await (await app.ClientForAsync(userName)).PostAsJsonAsync($"/api/nominations/{id}/messages", new { message, comment = "Đã nhận bản bổ sung qua văn thư." });

    private Task<List<(string Key, bool IsRunning, bool Called)>> InstancesAsync(int id) =>
        app.WithScopeAsync(async s => (await s.GetRequiredService<AwardsDbContext>().WorkflowInstances.AsNoTracking()
            .Where(i => i.NominationId == id).OrderBy(i => i.ParentInstanceId != null).ToListAsync())
            .Select(i => (i.WorkflowKey, i.IsRunning, i.ParentInstanceId != null)).ToList());

    [Fact]
    public async Task The_called_workflow_waits_for_the_papers_and_the_caller_goes_on_once_PV05_records_them()
    {
        var id = await WaitingForPapersAsync();

        Assert.Equal([("kiem-tra-bo-sung", true, false), ("bo-sung-ho-so", true, true)], await InstancesAsync(id));
        var atPv05 = await DossierAsync("pv05.thanhhoa", id);
        Assert.Equal([Received], atPv05.GetProperty("awaitedMessages").EnumerateArray().Select(m => m.GetString()));
        Assert.True(atPv05.GetProperty("mayDeliverMessages").GetBoolean());
        Assert.False((await DossierAsync("thidua.dongtien", id)).GetProperty("mayDeliverMessages").GetBoolean());
        Assert.Equal("inReview", atPv05.GetProperty("status").GetString());

        var delivered = await DeliverAsync("pv05.thanhhoa", id, Received);
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Empty((await delivered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("awaitedMessages").EnumerateArray());
        Assert.Equal([("kiem-tra-bo-sung", true, false), ("bo-sung-ho-so", false, true)], await InstancesAsync(id));

        var again = await DeliverAsync("pv05.thanhhoa", id, Received);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("MessageNotAwaited", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var approved = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_Review");
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.NotNull(await DecisionOfAsync(app, id));
        var history = (await DossierAsync("pv05.thanhhoa", id)).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ToList();
        Assert.Contains("callStarted", history);
        Assert.Contains("messageReceived", history);
    }

    [Fact]
    public async Task A_message_from_someone_else_or_one_nobody_waits_for_is_refused_and_the_dossier_keeps_waiting()
    {
        var id = await WaitingForPapersAsync();

        var clerk = await DeliverAsync("thidua.dongtien", id, Received);
        var stranger = await DeliverAsync("thidua.hacthanh", id, Received);
        var unknown = await DeliverAsync("pv05.thanhhoa", id, "quyet-dinh-bo-da-ve");
        var empty = await DeliverAsync("pv05.thanhhoa", id, "");

        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, unknown.StatusCode);
        Assert.Contains("quyet-dinh-bo-da-ve", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal([("kiem-tra-bo-sung", true, false), ("bo-sung-ho-so", true, true)], await InstancesAsync(id));
    }

    [Fact]
    public async Task Withdrawing_the_dossier_cancels_the_workflow_it_called()
    {
        var id = await WaitingForPapersAsync();

        var withdrawn = await (await app.ClientForAsync("thidua.dongtien")).PostAsJsonAsync($"/api/nominations/{id}/withdraw", new { reason = "Đơn vị rút để bổ sung sau." });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal([("kiem-tra-bo-sung", false, false), ("bo-sung-ho-so", false, true)], await InstancesAsync(id));
        Assert.Equal("withdrawn", (await DossierAsync("thidua.dongtien", id)).GetProperty("status").GetString());
    }
}
