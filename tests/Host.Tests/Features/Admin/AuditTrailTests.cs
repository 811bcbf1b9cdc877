using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Features.Admin.AdminApi;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Admin;

public class AuditTrailTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private static IReadOnlyList<JsonElement> Items(JsonElement result) => [.. result.GetProperty("entries").GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task The_audit_trail_finds_a_login_by_user_and_action()
    {
        await app.ClientForAsync("congan.samson");
        var admin = await app.ClientForAsync("admin");

        var found = Items(await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit?userName=congan.samson&action=Login&from=2026-11-02&to=2026-11-02"));
        var tomorrow = Items(await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit?userName=congan.samson&action=Login&from=2026-11-03"));

        Assert.Contains(found, e => e.GetProperty("action").GetString() == "Login" && e.GetProperty("entityType").GetString() == "Auth");
        Assert.Empty(tomorrow);
    }

    [Fact]
    public async Task The_audit_trail_finds_a_completed_task_by_words_in_its_details()
    {
        var id = await SubmitAsync(app);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified", "approve", "Hồ sơ đầy đủ, đề nghị PV05 xem xét");
        var admin = await app.ClientForAsync("admin");

        var found = Items(await admin.GetFromJsonAsync<JsonElement>(
            "/api/admin/audit?action=CompleteTask&entityType=Tasks&text=" + Uri.EscapeDataString("đề nghị PV05")));

        var line = Assert.Single(found);
        Assert.Equal("congan.dongtien", line.GetProperty("userName").GetString());
        Assert.Equal(taskId.ToString(), line.GetProperty("entityId").GetString());
    }

    [Fact]
    public async Task The_audit_trail_is_paged_newest_first()
    {
        await app.ClientForAsync("thidua.samson");
        var admin = await app.ClientForAsync("admin");

        var page = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit?pageSize=2");
        var bad = await admin.GetAsync("/api/admin/audit?pageSize=1000");

        var items = Items(page);
        Assert.Equal(2, items.Count);
        Assert.True(page.GetProperty("entries").GetProperty("total").GetInt32() > 2);
        Assert.True(items[0].GetProperty("at").GetDateTimeOffset() >= items[1].GetProperty("at").GetDateTimeOffset());
        Assert.True(items[0].GetProperty("id").GetInt64() > items[1].GetProperty("id").GetInt64());
        await ReadAsync(bad, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Nothing_in_the_api_edits_or_deletes_audit_lines()
    {
        var admin = await app.ClientForAsync("admin");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await admin.DeleteAsync("/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await admin.PutAsJsonAsync("/api/admin/audit", new { })).StatusCode);
    }
}
