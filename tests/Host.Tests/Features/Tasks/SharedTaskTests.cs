using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestWorkflows;

namespace ToanDan.Awards.Host.Tests.Features.Tasks;

/// <summary>Tasks offered to several people (claim and release), to one person by name, and to a deputy.</summary>
public class SharedTaskTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private const string SecondPv05 = "pv05.thanhhoa2";

    private async Task<Guid> AtPv05Async()
    {
        await AddAccountAsync(app, SecondPv05, "Đại úy Trần Minh Quân (Phòng PV05)", "pv05-reviewer", "TH");
        var id = await SubmitAsync(app);
        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        return await TaskIdAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified");
    }

    [Fact]
    public async Task A_claimed_task_is_completed_only_by_who_claimed_it_until_they_release_it()
    {
        var task = await AtPv05Async();
        var first = await app.ClientForAsync("pv05.thanhhoa");
        var second = await app.ClientForAsync(SecondPv05);

        var claimed = await second.PostAsync($"/api/tasks/{task}/claim", null);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(SecondPv05, (await claimed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("claimedBy").GetString());

        var completeByOther = await PostCompleteAsync(app, "pv05.thanhhoa", task, "approve");
        var claimByOther = await first.PostAsync($"/api/tasks/{task}/claim", null);
        var releaseByOther = await first.PostAsync($"/api/tasks/{task}/release", null);
        foreach (var refused in new[] { completeByOther, claimByOther, releaseByOther })
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains($"đã được {SecondPv05} nhận xử lý", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
        var page = await first.GetFromJsonAsync<JsonElement>($"/api/tasks/{task}");
        Assert.Equal(SecondPv05, page.GetProperty("claimedBy").GetString());
        Assert.False(page.GetProperty("canAct").GetBoolean());

        var released = await second.PostAsync($"/api/tasks/{task}/release", null);
        Assert.True(released.StatusCode == HttpStatusCode.OK, await released.Content.ReadAsStringAsync());
        var completed = await PostCompleteAsync(app, "pv05.thanhhoa", task, "approve");
        Assert.True(completed.StatusCode == HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        var secondClick = await PostCompleteAsync(app, SecondPv05, task, "approve");
        Assert.Equal(HttpStatusCode.Conflict, secondClick.StatusCode);
    }

    [Fact]
    public async Task Claiming_and_releasing_are_refused_to_those_the_task_is_not_offered_to_and_change_nothing()
    {
        var task = await AtPv05Async();
        var clerk = await (await app.ClientForAsync("thidua.dongtien")).PostAsync($"/api/tasks/{task}/claim", null);
        var council = await (await app.ClientForAsync("hoidong.thanhhoa")).PostAsync($"/api/tasks/{task}/claim", null);
        var unclaimed = await (await app.ClientForAsync("pv05.thanhhoa")).PostAsync($"/api/tasks/{task}/release", null);

        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, council.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, unclaimed.StatusCode);
        Assert.EndsWith("' chưa có ai nhận xử lý.", (await unclaimed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Null(await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().WorkItems.Where(w => w.Id == task)
            .Select(w => w.ClaimedBy).SingleAsync()));
    }

    [Fact]
    public async Task A_step_the_diagram_assigns_to_one_person_reaches_only_them()
    {
        await AddAccountAsync(app, SecondPv05, "Đại úy Trần Minh Quân (Phòng PV05)", "pv05-reviewer", "TH");
        await PublishAsync(app, "giao-dich-danh", "Giao đích danh", Bpmn("giao-dich-danh", "Giao đích danh", """
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Task_Named" name="Thẩm định (giao đích danh)" camunda:assignee="pv05.thanhhoa2" award:unitLevel="province" award:outcomes="approve,reject" />
            <bpmn:endEvent id="End_Approved" award:result="approved" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Named" />
            <bpmn:sequenceFlow id="F2" sourceRef="Task_Named" targetRef="End_Approved" />
            """));
        await UseForAsync(app, BangKhen, "giao-dich-danh");
        try
        {
            var id = await SubmitAsync(app, BangKhen);

            Assert.Null(await FindTaskAsync(app, "pv05.thanhhoa", id, "Task_Named"));
            var task = await TaskIdAsync(app, SecondPv05, id, "Task_Named");
            var refused = await PostCompleteAsync(app, "pv05.thanhhoa", task, "approve");
            var claim = await (await app.ClientForAsync(SecondPv05)).PostAsync($"/api/tasks/{task}/claim", null);
            var done = await PostCompleteAsync(app, SecondPv05, task, "approve");

            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, claim.StatusCode);
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.Equal("approved", (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }
        finally
        {
            await UseForAsync(app, BangKhen, "bang-khen-ubnd");
        }
    }
}
