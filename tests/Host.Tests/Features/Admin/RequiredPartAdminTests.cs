using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Tests.Features.Nominations;
using static ToanDan.Awards.Host.Tests.Features.Admin.AdminApi;

namespace ToanDan.Awards.Host.Tests.Features.Admin;

public class RequiredPartAdminTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private static async Task<int> AwardTypeIdAsync(HttpClient admin, string code) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/admin/award-types")).GetProperty("awardTypes").EnumerateArray()
            .Single(a => a.GetProperty("code").GetString() == code).GetProperty("id").GetInt32();

    private static JsonElement[] Parts(JsonElement list, string procedure) =>
        [.. list.GetProperty("procedures").EnumerateArray().Single(p => p.GetProperty("procedure").GetString() == procedure)
            .GetProperty("parts").EnumerateArray()];

    private static string[] Names(JsonElement list, string procedure) => [.. Parts(list, procedure).Select(p => p.GetProperty("name").GetString()!)];

    [Fact]
    public async Task Each_award_type_starts_with_the_parts_the_law_lists_and_the_simplified_procedure_has_no_council_minutes()
    {
        var admin = await app.ClientForAsync("admin");

        var giayKhen = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/award-types/{await AwardTypeIdAsync(admin, Dossiers.GiayKhen)}/parts");
        var medal = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/award-types/{await AwardTypeIdAsync(admin, Dossiers.Medal)}/parts");

        Assert.Equal(["Tờ trình đề nghị khen thưởng", "Danh sách tập thể, cá nhân đề nghị khen thưởng", "Báo cáo thành tích",
            "Biên bản họp Hội đồng Thi đua – Khen thưởng"], Names(giayKhen, "standard"));
        Assert.Equal([false, false, true, false], Parts(giayKhen, "standard").Select(p => p.GetProperty("perNominee").GetBoolean()).ToArray());
        Assert.Equal(["Tờ trình đề nghị khen thưởng", "Báo cáo tóm tắt thành tích"], Names(giayKhen, "simplified"));
        Assert.Equal("Thủ tục đơn giản", giayKhen.GetProperty("procedures")[1].GetProperty("name").GetString());
        Assert.Contains("Danh sách trích ngang", Names(medal, "standard"));
        Assert.Contains("Giấy tờ chứng minh thời gian công tác, tham gia phong trào", Names(medal, "standard"));
        Assert.DoesNotContain(Names(medal, "simplified"), n => n.StartsWith("Biên bản", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_administrator_adds_renames_reorders_and_removes_parts_and_new_dossiers_follow()
    {
        var admin = await app.ClientForAsync("admin");
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var bangKhen = await AwardTypeIdAsync(admin, "BK-CTUBND");
        var url = $"/api/admin/award-types/{bangKhen}/parts";

        var added = await ReadAsync(await admin.PostAsJsonAsync(url,
            new { procedure = "simplified", name = "Biên bản xác minh vụ việc", perNominee = false, note = "Của công an xã nơi xảy ra vụ việc." }), HttpStatusCode.Created);
        var partId = added.GetProperty("id").GetInt32();
        Assert.Equal("bien-ban-xac-minh-vu-viec", added.GetProperty("code").GetString());
        await ReadAsync(await admin.PutAsJsonAsync($"{url}/{partId}", new { name = "Biên bản xác minh sự việc", note = (string?)null }), HttpStatusCode.NoContent);
        var ids = Parts(await admin.GetFromJsonAsync<JsonElement>(url), "simplified").Select(p => p.GetProperty("id").GetInt32()).ToList();
        await ReadAsync(await admin.PutAsJsonAsync($"{url}/order", new { procedure = "simplified", partIds = ids.Prepend(partId).Distinct() }), HttpStatusCode.NoContent);

        var list = await admin.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(["Biên bản xác minh sự việc", "Tờ trình đề nghị khen thưởng", "Báo cáo tóm tắt thành tích"], Names(list, "simplified"));
        Assert.Equal(JsonValueKind.Null, Parts(list, "simplified")[0].GetProperty("note").ValueKind);
        var id = await Dossiers.CreateAsync(clerk, "BK-CTUBND", Dossiers.Individual("Quách Văn Tùng"));
        Assert.Equal(["Biên bản xác minh sự việc", "Tờ trình đề nghị khen thưởng", "Báo cáo tóm tắt thành tích của Quách Văn Tùng"],
            (await Dossiers.GetAsync(clerk, id)).GetProperty("missingParts").EnumerateArray().Select(m => m.GetString()!).ToArray());

        // A part that files already fulfil is removed: the files stay, named as before, and the part is no longer asked for.
        await Dossiers.AttachRequiredPartsAsync(clerk, id);
        Assert.Equal(1, Parts(await admin.GetFromJsonAsync<JsonElement>(url), "simplified")[0].GetProperty("filesCount").GetInt32());
        await ReadAsync(await admin.DeleteAsync($"{url}/{partId}"), HttpStatusCode.NoContent);

        var dossier = await Dossiers.GetAsync(clerk, id);
        Assert.Empty(dossier.GetProperty("missingParts").EnumerateArray());
        Assert.DoesNotContain(dossier.GetProperty("checklist").EnumerateArray(), l => l.GetProperty("code").GetString() == "bien-ban-xac-minh-vu-viec");
        Assert.Contains(dossier.GetProperty("attachments").EnumerateArray(), a => a.GetProperty("partName").GetString() == "Biên bản xác minh sự việc");
        Assert.Equal(["Tờ trình đề nghị khen thưởng", "Báo cáo tóm tắt thành tích"], Names(await admin.GetFromJsonAsync<JsonElement>(url), "simplified"));
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsync($"/api/nominations/{id}/submit", null)).StatusCode);

        // Added back under the same code, it is asked for again, and its old file fulfils it.
        await ReadAsync(await admin.PostAsJsonAsync(url, new { procedure = "simplified", name = "Biên bản xác minh vụ việc", perNominee = false }), HttpStatusCode.Created);
        Assert.True((await Dossiers.GetAsync(clerk, id)).GetProperty("checklist").EnumerateArray()
            .Single(l => l.GetProperty("code").GetString() == "bien-ban-xac-minh-vu-viec").GetProperty("fulfilled").GetBoolean());
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/audit?entityType=Admin&entityId={bangKhen}&pageSize=50");
        var actions = audit.GetProperty("entries").GetProperty("items").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Contains("AddRequiredPart.Command", actions);
        Assert.Contains("RenameRequiredPart.Command", actions);
        Assert.Contains("ReorderRequiredParts.Command", actions);
        Assert.Contains("RemoveRequiredPart.Command", actions);
    }

    [Fact]
    public async Task Bad_part_edits_are_refused_in_vietnamese_and_only_administrators_may_make_them()
    {
        var admin = await app.ClientForAsync("admin");
        var medal = await AwardTypeIdAsync(admin, Dossiers.Medal);
        var url = $"/api/admin/award-types/{medal}/parts";

        var badProcedure = await ReadAsync(await admin.PostAsJsonAsync(url, new { procedure = "fast", name = "Tờ khai" }), HttpStatusCode.UnprocessableEntity);
        var noName = await ReadAsync(await admin.PostAsJsonAsync(url, new { procedure = "standard", name = " " }), HttpStatusCode.BadRequest);
        var twice = await ReadAsync(await admin.PostAsJsonAsync(url, new { procedure = "standard", name = "Danh sách trích ngang" }), HttpStatusCode.UnprocessableEntity);
        var partial = await ReadAsync(await admin.PutAsJsonAsync($"{url}/order", new { procedure = "standard", partIds = new[] { 1 } }), HttpStatusCode.UnprocessableEntity);
        var unknown = await ReadAsync(await admin.DeleteAsync($"{url}/999999"), HttpStatusCode.NotFound);
        var clerk = await app.ClientForAsync("thidua.dongtien");

        Assert.StartsWith("Thủ tục 'fast' không hợp lệ", badProcedure.GetProperty("detail").GetString());
        Assert.Equal("Hãy nhập tên thành phần hồ sơ.", noName.GetProperty("detail").GetString());
        Assert.Equal("Đã có thành phần 'Danh sách trích ngang' (mã danh-sach-trich-ngang) trong thủ tục thông thường.", twice.GetProperty("detail").GetString());
        Assert.StartsWith("Thứ tự mới phải nêu đủ 5 thành phần của thủ tục thông thường", partial.GetProperty("detail").GetString());
        Assert.Equal($"Loại khen thưởng số {medal} không có thành phần hồ sơ số 999999.", unknown.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync(url, new { procedure = "standard", name = "Tờ khai" })).StatusCode);
        Assert.Equal(5, Parts(await admin.GetFromJsonAsync<JsonElement>(url), "standard").Length);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_parts_endpoints_and_the_upload_of_a_part()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        var parts = paths.GetProperty("/api/admin/award-types/{id}/parts");
        Assert.True(parts.TryGetProperty("get", out _));
        Assert.True(parts.GetProperty("post").TryGetProperty("requestBody", out _));
        Assert.True(paths.GetProperty("/api/admin/award-types/{id}/parts/order").TryGetProperty("put", out _));
        Assert.True(paths.GetProperty("/api/admin/award-types/{id}/parts/{partId}").TryGetProperty("delete", out _));
        Assert.True(paths.GetProperty("/api/nominations/{id}/attachments").TryGetProperty("post", out _));
        var form = document.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Single(s => s.Name.EndsWith("AttachmentForm", StringComparison.Ordinal)).Value.GetProperty("properties");
        Assert.True(form.TryGetProperty("part", out _));
        Assert.True(form.TryGetProperty("nomineeId", out _));
    }
}
