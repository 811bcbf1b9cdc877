using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Tests.Features.Workflows;

public class ReplaceDraftTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private const string Key = DefaultWorkflows.KyNiemChuong;

    private async Task<HttpResponseMessage> PutAsync(int version, string xml, string userName = "admin") =>
        await (await app.ClientForAsync(userName)).PutAsync($"/api/workflows/{Key}/versions/{version}", new StringContent(xml, Encoding.UTF8, "application/xml"));

    private async Task<int> NewDraftAsync()
    {
        var response = await (await app.ClientForAsync("admin")).PostAsync($"/api/workflows/{Key}/versions",
            new StringContent(DefaultWorkflows.Xml(Key), Encoding.UTF8, "application/xml"));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }

    [Fact]
    public async Task A_draft_is_saved_in_place_and_its_errors_come_back()
    {
        var version = await NewDraftAsync();
        var broken = DefaultWorkflows.Xml(Key).Replace("award:candidateRole=\"v05-reviewer\"", "", StringComparison.Ordinal);

        var response = await PutAsync(version, broken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version, result.GetProperty("version").GetInt32());
        Assert.Contains(result.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "candidate-role-missing");
        var saved = await (await app.ClientForAsync("admin")).GetStringAsync($"/api/workflows/{Key}/versions/{version}");
        Assert.Equal(broken, saved);
        var publish = await (await app.ClientForAsync("admin")).PostAsync($"/api/workflows/{Key}/versions/{version}/publish", null);
        Assert.Equal((HttpStatusCode)422, publish.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await PutAsync(version, DefaultWorkflows.Xml(Key))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync("admin")).PostAsync($"/api/workflows/{Key}/versions/{version}/publish", null)).StatusCode);
    }

    [Fact]
    public async Task A_published_version_never_changes()
    {
        var response = await PutAsync(1, DefaultWorkflows.Xml(Key));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("tạo bản nháp mới", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_workflows_file_and_unreadable_xml_are_refused()
    {
        var version = await NewDraftAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(version, DefaultWorkflows.Xml(DefaultWorkflows.GiayKhen))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(version, "<bpmn:definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(999, DefaultWorkflows.Xml(Key))).StatusCode);
    }

    private async Task<HttpResponseMessage> PutIfMatchAsync(int version, string xml, string revision)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/workflows/{Key}/versions/{version}")
        {
            Content = new StringContent(xml, Encoding.UTF8, "application/xml"),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{revision}\""));
        return await (await app.ClientForAsync("admin")).SendAsync(request);
    }

    [Fact]
    public async Task A_save_from_a_second_window_over_a_newer_draft_is_refused_and_the_newer_draft_kept()
    {
        var version = await NewDraftAsync();
        var first = await (await PutAsync(version, DefaultWorkflows.Xml(Key))).Content.ReadFromJsonAsync<JsonElement>();
        var opened = first.GetProperty("revision").GetString()!;
        // Both windows opened the draft at this revision; the first saves a renamed step.
        var mine = DefaultWorkflows.Xml(Key).Replace("Phòng PV05 thẩm định", "Phòng PV05 thẩm tra", StringComparison.Ordinal);
        var theirs = DefaultWorkflows.Xml(Key).Replace("Phòng PV05 thẩm định", "PV05 xem xét", StringComparison.Ordinal);
        Assert.NotEqual(DefaultWorkflows.Xml(Key), mine);

        var saved = await PutIfMatchAsync(version, mine, opened);
        var stale = await PutIfMatchAsync(version, theirs, opened);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(opened, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("vừa được lưu từ một cửa sổ khác", await stale.Content.ReadAsStringAsync());
        Assert.Equal(mine, await (await app.ClientForAsync("admin")).GetStringAsync($"/api/workflows/{Key}/versions/{version}"));
    }

    [Fact]
    public async Task A_draft_can_be_thrown_away_but_a_published_version_cannot()
    {
        var version = await NewDraftAsync();
        var admin = await app.ClientForAsync("admin");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/workflows/{Key}/versions/{version}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/workflows/{Key}/versions/{version}")).StatusCode);
        var published = await admin.DeleteAsync($"/api/workflows/{Key}/versions/1");
        Assert.Equal(HttpStatusCode.Conflict, published.StatusCode);
        Assert.Contains("chỉ bản nháp mới xóa được", await published.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/workflows/{Key}/versions/1")).StatusCode);
    }

    [Theory]
    [InlineData("pv05.thanhhoa")]
    [InlineData("thidua.dongtien")]
    public async Task Only_administrators_may_save_a_draft(string userName) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(1, DefaultWorkflows.Xml(Key), userName)).StatusCode);
}
