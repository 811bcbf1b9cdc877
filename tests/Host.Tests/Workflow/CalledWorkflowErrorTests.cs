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
/// A called workflow ends with an error or raises an escalation it does not catch: the call activity of its caller, on the
/// same dossier and in the same step, catches it; an error nothing catches up to the dossier's own workflow refuses the step.
/// </summary>
public class CalledWorkflowErrorTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private async Task PublishOnceAsync()
    {
        if (await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().WorkflowVersions.AnyAsync(v => v.Key == "tham-dinh-bo")) is true) return;
        // PV05 speaks for the ministry here: approve ends normally, reject ends with an error, return raises an escalation.
        await PublishAsync(app, "tham-dinh-bo", "Thẩm định của Bộ", Bpmn("tham-dinh-bo", "Thẩm định của Bộ", """
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Task_Ministry" name="Bộ thẩm định" award:candidateRole="pv05-reviewer" award:unitLevel="province" award:outcomes="approve,reject,return" />
            <bpmn:exclusiveGateway id="Gateway_Ministry" default="Flow_Refused" />
            <bpmn:endEvent id="End_Agreed" />
            <bpmn:endEvent id="End_RefusedByMinistry"><bpmn:errorEventDefinition errorRef="Error_Refused" /></bpmn:endEvent>
            <bpmn:endEvent id="End_AskMore"><bpmn:escalationEventDefinition escalationRef="Escalation_More" /></bpmn:endEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Ministry" />
            <bpmn:sequenceFlow id="F2" sourceRef="Task_Ministry" targetRef="Gateway_Ministry" />
            <bpmn:sequenceFlow id="Flow_Agreed" sourceRef="Gateway_Ministry" targetRef="End_Agreed"><bpmn:conditionExpression>${outcome == 'approve'}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_More" sourceRef="Gateway_Ministry" targetRef="End_AskMore"><bpmn:conditionExpression>${outcome == 'return'}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_Refused" sourceRef="Gateway_Ministry" targetRef="End_RefusedByMinistry" />
            """, roots: """
            <bpmn:error id="Error_Refused" errorCode="BO_KHONG_DUYET" />
            <bpmn:escalation id="Escalation_More" escalationCode="CAN_BO_SUNG" />
            """));
        foreach (var (key, boundaries) in new[]
        {
            ("goi-bo-bat-loi", """
                <bpmn:boundaryEvent id="Boundary_Refused" attachedToRef="Call_Ministry"><bpmn:errorEventDefinition errorRef="Error_Refused" /></bpmn:boundaryEvent>
                <bpmn:boundaryEvent id="Boundary_More" attachedToRef="Call_Ministry"><bpmn:escalationEventDefinition escalationRef="Escalation_More" /></bpmn:boundaryEvent>
                <bpmn:userTask id="Task_Supplement" name="Bổ sung theo yêu cầu của Bộ" award:candidateRole="pv05-reviewer" award:unitLevel="province" award:outcomes="approve" />
                <bpmn:endEvent id="End_Refused" award:result="refused" />
                <bpmn:endEvent id="End_Supplemented" award:result="refused" />
                <bpmn:sequenceFlow id="F9" sourceRef="Boundary_Refused" targetRef="End_Refused" />
                <bpmn:sequenceFlow id="F10" sourceRef="Boundary_More" targetRef="Task_Supplement" />
                <bpmn:sequenceFlow id="F11" sourceRef="Task_Supplement" targetRef="End_Supplemented" />
                """),
            ("goi-bo-khong-bat", ""),
        })
        {
            await PublishAsync(app, key, "Gọi thẩm định của Bộ", Bpmn(key, "Gọi thẩm định của Bộ", $"""
                <bpmn:startEvent id="Start" />
                <bpmn:callActivity id="Call_Ministry" name="Thẩm định của Bộ" calledElement="tham-dinh-bo" />
                <bpmn:userTask id="Task_Sign" name="Ký trình" award:candidateRole="pv05-reviewer" award:unitLevel="province" award:outcomes="approve" />
                <bpmn:endEvent id="End_Approved" award:result="approved" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Call_Ministry" />
                <bpmn:sequenceFlow id="F2" sourceRef="Call_Ministry" targetRef="Task_Sign" />
                <bpmn:sequenceFlow id="F3" sourceRef="Task_Sign" targetRef="End_Approved" />
                {boundaries}
                """, roots: """
                <bpmn:error id="Error_Refused" errorCode="BO_KHONG_DUYET" />
                <bpmn:escalation id="Escalation_More" escalationCode="CAN_BO_SUNG" />
                """));
        }
    }

    private async Task<int> AtTheMinistryAsync(string callerKey)
    {
        await PublishOnceAsync();
        await UseForAsync(app, GiayKhen, callerKey);
        try
        {
            return await SubmitAsync(app);
        }
        finally
        {
            await UseForAsync(app, GiayKhen, "giay-khen-cat");
        }
    }

    private Task<List<(string Key, bool IsRunning)>> InstancesAsync(int id) =>
        app.WithScopeAsync(async s => (await s.GetRequiredService<AwardsDbContext>().WorkflowInstances.AsNoTracking()
            .Where(i => i.NominationId == id).OrderBy(i => i.ParentInstanceId != null).ToListAsync())
            .Select(i => (i.WorkflowKey, i.IsRunning)).ToList());

    private async Task<HttpResponseMessage> DecideAsync(int id, string outcome) =>
        await PostCompleteAsync(app, "pv05.thanhhoa", await TaskIdAsync(app, "pv05.thanhhoa", id, "Task_Ministry"), outcome, "Ý kiến của Bộ.");

    [Fact]
    public async Task The_called_workflow_error_end_is_caught_by_the_error_boundary_of_the_call_activity()
    {
        var id = await AtTheMinistryAsync("goi-bo-bat-loi");

        var refused = await DecideAsync(id, "reject");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("refused", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal([("goi-bo-bat-loi", false), ("tham-dinh-bo", false)], await InstancesAsync(id));
    }

    [Fact]
    public async Task An_error_no_caller_catches_refuses_the_step_with_ErrorNotCaught_and_changes_nothing()
    {
        var id = await AtTheMinistryAsync("goi-bo-khong-bat");

        var refused = await DecideAsync(id, "reject");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ErrorNotCaught", problem.GetProperty("code").GetString());
        Assert.Contains("không có sự kiện bắt lỗi", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([("goi-bo-khong-bat", true), ("tham-dinh-bo", true)], await InstancesAsync(id));
        Assert.NotEqual(Guid.Empty, await TaskIdAsync(app, "pv05.thanhhoa", id, "Task_Ministry"));
    }

    [Fact]
    public async Task An_escalation_of_the_called_workflow_interrupts_the_call_and_opens_the_caller_path()
    {
        var id = await AtTheMinistryAsync("goi-bo-bat-loi");

        var returned = await DecideAsync(id, "return");

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(["Task_Supplement"], OpenStepIds(await returned.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal([("goi-bo-bat-loi", true), ("tham-dinh-bo", false)], await InstancesAsync(id));
    }

    [Fact]
    public async Task A_called_workflow_that_ends_normally_lets_the_caller_go_on()
    {
        var id = await AtTheMinistryAsync("goi-bo-khong-bat");

        var agreed = await DecideAsync(id, "approve");

        Assert.Equal(["Task_Sign"], OpenStepIds(await agreed.Content.ReadFromJsonAsync<JsonElement>()));
    }
}
