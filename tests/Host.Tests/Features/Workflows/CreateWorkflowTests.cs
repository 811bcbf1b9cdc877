using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using static ToanDan.Awards.Host.Tests.Features.Admin.AdminApi;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Workflows;

public class CreateWorkflowTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_workflow_started_from_the_starter_is_published_chosen_for_an_award_type_and_runs()
    {
        var admin = await app.ClientForAsync("admin");

        var created = await ReadAsync(await admin.PostAsJsonAsync("/api/workflows", new { key = "khen-dot-xuat", name = "Khen thưởng đột xuất" }),
            HttpStatusCode.Created);

        Assert.Equal(1, created.GetProperty("version").GetInt32());
        Assert.Equal("draft", created.GetProperty("status").GetString());
        Assert.Empty(created.GetProperty("errors").EnumerateArray());
        Assert.False(created.TryGetProperty("auditId", out _));
        var definition = BpmnReader.Read(await admin.GetStringAsync("/api/workflows/khen-dot-xuat/versions/1"));
        Assert.Equal(("khen-dot-xuat", "Khen thưởng đột xuất"), (definition.Key, definition.Name));
        await ReadAsync(await admin.PostAsync("/api/workflows/khen-dot-xuat/versions/1/publish", null), HttpStatusCode.OK);

        var settings = await admin.GetFromJsonAsync<JsonObject>("/api/admin/award-types");
        var giayKhen = settings!["awardTypes"]!.AsArray().Single(a => (string?)a!["code"] == GiayKhen)!.AsObject();
        giayKhen["workflowKey"] = "khen-dot-xuat";
        await ReadAsync(await admin.PutAsJsonAsync($"/api/admin/award-types/{(int)giayKhen["id"]!}", giayKhen), HttpStatusCode.NoContent);
        var dossier = await SubmitAsync(app, GiayKhen);
        Assert.Equal("khen-dot-xuat", (await InstanceAsync(app, dossier)).WorkflowKey);
        var approved = await CompleteAsync(app, "pv05.thanhhoa", dossier, "Task_Review");

        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.NotNull(await DecisionOfAsync(app, dossier));
    }

    [Fact]
    public async Task A_copy_of_another_workflows_version_keeps_its_steps_under_the_new_key_and_name()
    {
        var admin = await app.ClientForAsync("admin");

        await ReadAsync(await admin.PostAsJsonAsync("/api/workflows",
            new { key = "ky-niem-chuong-2027", name = "Kỷ niệm chương (đợt 2027)", copyFromKey = DefaultWorkflows.KyNiemChuong, copyFromVersion = 1 }),
            HttpStatusCode.Created);

        var copy = BpmnReader.Read(await admin.GetStringAsync("/api/workflows/ky-niem-chuong-2027/versions/1"));
        var original = DefaultWorkflows.Load(DefaultWorkflows.KyNiemChuong);
        Assert.Equal(("ky-niem-chuong-2027", "Kỷ niệm chương (đợt 2027)"), (copy.Key, copy.Name));
        Assert.Equal(original.Nodes.Select(n => n.Id), copy.Nodes.Select(n => n.Id));
        Assert.Equal(original.Name, BpmnReader.Read(await admin.GetStringAsync($"/api/workflows/{DefaultWorkflows.KyNiemChuong}/versions/1")).Name);
    }

    [Fact]
    public async Task A_bad_or_taken_key_a_missing_name_and_an_unknown_source_are_refused_and_nothing_is_added()
    {
        var admin = await app.ClientForAsync("admin");
        var before = await admin.GetStringAsync("/api/workflows");

        var badKey = await ReadAsync(await admin.PostAsJsonAsync("/api/workflows", new { key = "Khen Đột Xuất", name = "" }), HttpStatusCode.BadRequest);
        var taken = await ReadAsync(await admin.PostAsJsonAsync("/api/workflows", new { key = DefaultWorkflows.GiayKhen, name = "Trùng mã" }), HttpStatusCode.BadRequest);
        await ReadAsync(await admin.PostAsJsonAsync("/api/workflows", new { key = "sao-chep-loi", name = "Sao chép", copyFromKey = "khong-co", copyFromVersion = 1 }),
            HttpStatusCode.NotFound);
        var clerk = await (await app.ClientForAsync("thidua.dongtien")).PostAsJsonAsync("/api/workflows", new { key = "cua-xa", name = "Của xã" });

        Assert.StartsWith("Mã quy trình chỉ gồm chữ thường không dấu", badKey.GetProperty("errors").GetProperty("key")[0].GetString());
        Assert.Equal("Hãy nhập tên quy trình.", badKey.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.StartsWith($"Đã có quy trình mang mã '{DefaultWorkflows.GiayKhen}'", taken.GetProperty("errors").GetProperty("key")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Equal(before, await admin.GetStringAsync("/api/workflows"));
    }
}
