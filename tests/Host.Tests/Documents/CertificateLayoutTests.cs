using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;
using static ToanDan.Awards.Host.Tests.Features.Admin.AdminApi;

namespace ToanDan.Awards.Host.Tests.Documents;

/// <summary>Each award type's certificate form, saved and restored through the API (its own fixture: it saves forms).</summary>
public class CertificateLayoutTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private const string GiayKhen = "GK-GDCAT", BangKhen = "BK-CTUBND", Medal = "KNC-BVANTQ";

    private Task<int> AwardTypeIdAsync(string code) =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AwardTypes.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    private async Task<string> PathAsync(string code) => $"/api/admin/award-types/{await AwardTypeIdAsync(code)}/certificate-layout";

    private Task<int> DemoDecisionAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Decisions.Where(d => d.Number == 2 && d.Symbol == "QĐ-CAT")
            .Select(d => d.Id).SingleAsync());

    /// <summary>The award type's current form with the name line moved (and resized), as an administrator would send it back.</summary>
    private async Task<JsonNode> MovedAsync(HttpClient admin, string code, double nameX, double nameY, double? nameWidth = null, double? nameFontSize = null)
    {
        var layout = (await admin.GetFromJsonAsync<JsonObject>(await PathAsync(code)))!["layout"]!.DeepClone();
        layout["name"]!["x"] = nameX;
        layout["name"]!["y"] = nameY;
        if (nameWidth is { } width) layout["name"]!["width"] = width;
        if (nameFontSize is { } size) layout["name"]!["fontSize"] = size;
        return layout;
    }

    [Fact]
    public async Task Saved_positions_are_where_the_award_types_certificates_print_until_its_default_is_restored()
    {
        var admin = await app.ClientForAsync("admin");
        var path = await PathAsync(GiayKhen);
        var before = await ReadAsync(await admin.GetAsync(path), HttpStatusCode.OK);
        Assert.False(before.GetProperty("saved").GetBoolean());
        Assert.Equal("Giấy khen của Giám đốc Công an tỉnh", before.GetProperty("awardTypeName").GetString());
        Assert.Equal("landscape", before.GetProperty("layout").GetProperty("paper").GetString());
        Assert.Equal("TẶNG GIẤY KHEN", before.GetProperty("layout").GetProperty("titleText").GetString());
        Assert.Equal(60, before.GetProperty("layout").GetProperty("name").GetProperty("x").GetDouble());

        await ReadAsync(await admin.PutAsJsonAsync(path, await MovedAsync(admin, GiayKhen, nameX: 20, nameY: 30, nameWidth: 150)), HttpStatusCode.NoContent);

        var saved = await ReadAsync(await admin.GetAsync(path), HttpStatusCode.OK);
        Assert.True(saved.GetProperty("saved").GetBoolean());
        Assert.Equal("admin", saved.GetProperty("changedBy").GetString());
        Assert.Equal(20, saved.GetProperty("layout").GetProperty("name").GetProperty("x").GetDouble());
        var (x, y) = await PdfWordPositionAsync(await CertificatesAsync(), "Hoàng");
        Assert.InRange(y, 29, 38);

        await ReadAsync(await admin.DeleteAsync(path), HttpStatusCode.NoContent);

        var restored = await ReadAsync(await admin.GetAsync(path), HttpStatusCode.OK);
        Assert.False(restored.GetProperty("saved").GetBoolean());
        var (defaultX, defaultY) = await PdfWordPositionAsync(await CertificatesAsync(), "Hoàng");
        Assert.InRange(defaultY, 87, 96);
        // The line is centred in its box: "Ông Hoàng Văn Thái" moved from (60, width 177) to (20, width 150) moves 40 + 27/2 mm left.
        Assert.InRange(defaultX - x, 52.5, 54.5);
        var audit = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries
            .Where(a => a.Action == "SaveCertificateLayout.Command" || a.Action == "ResetCertificateLayout.Command").CountAsync());
        Assert.Equal(2, audit);
    }

    [Fact]
    public async Task Saving_one_award_types_form_leaves_the_other_forms_unchanged()
    {
        var admin = await app.ClientForAsync("admin");
        var others = new Dictionary<string, string>();
        foreach (var code in new[] { GiayKhen, Medal })
            others[code] = await admin.GetStringAsync(await PathAsync(code));
        var giayKhenName = await PdfWordPositionAsync(await CertificatesAsync(), "Hoàng");
        var bangKhen = await MovedAsync(admin, BangKhen, nameX: 30, nameY: 40);
        bangKhen["titleText"] = "TẶNG BẰNG KHEN CỦA CHỦ TỊCH";

        await ReadAsync(await admin.PutAsJsonAsync(await PathAsync(BangKhen), bangKhen), HttpStatusCode.NoContent);

        var saved = await ReadAsync(await admin.GetAsync(await PathAsync(BangKhen)), HttpStatusCode.OK);
        Assert.True(saved.GetProperty("saved").GetBoolean());
        Assert.Equal(30, saved.GetProperty("layout").GetProperty("name").GetProperty("x").GetDouble());
        Assert.Equal("TẶNG BẰNG KHEN CỦA CHỦ TỊCH", saved.GetProperty("layout").GetProperty("titleText").GetString());
        foreach (var (code, before) in others)
            Assert.Equal(before, await admin.GetStringAsync(await PathAsync(code)));
        Assert.Equal(giayKhenName, await PdfWordPositionAsync(await CertificatesAsync(), "Hoàng"));

        await ReadAsync(await admin.DeleteAsync(await PathAsync(BangKhen)), HttpStatusCode.NoContent);
        foreach (var (code, before) in others)
            Assert.Equal(before, await admin.GetStringAsync(await PathAsync(code)));
    }

    [Fact]
    public async Task Positions_off_the_paper_are_refused_in_vietnamese_and_nothing_changes()
    {
        var admin = await app.ClientForAsync("admin");
        var path = await PathAsync(GiayKhen);
        var before = await admin.GetStringAsync(path);

        var problem = await ReadAsync(await admin.PutAsJsonAsync(path, await MovedAsync(admin, GiayKhen, 200, 30, nameWidth: 150, nameFontSize: 90)),
            HttpStatusCode.BadRequest);
        var partial = await ReadAsync(await admin.PutAsJsonAsync(path, new { name = new { x = 10, y = 10, width = 50, fontSize = 12 } }),
            HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal("Họ tên / tên tập thể: X + rộng = 350 mm, vượt mép phải của phôi (297 mm).", errors.GetProperty("layout.name.width")[0].GetString());
        Assert.Equal("Họ tên / tên tập thể: cỡ chữ từ 6 đến 48 pt.", errors.GetProperty("layout.name.fontSize")[0].GetString());
        Assert.Equal("Yêu cầu không đọc được: hãy kiểm tra dữ liệu gửi lên.", partial.GetProperty("detail").GetString());
        Assert.Equal(before, await admin.GetStringAsync(path));

        // The medal's certificate is A4 portrait: 210 mm wide, 297 mm high.
        var medalPath = await PathAsync(Medal);
        var medalBefore = await admin.GetStringAsync(medalPath);
        var portrait = await MovedAsync(admin, Medal, nameX: 60, nameY: 280, nameWidth: 170);
        var refused = (await ReadAsync(await admin.PutAsJsonAsync(medalPath, portrait), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Họ tên / tên tập thể: X + rộng = 230 mm, vượt mép phải của phôi (210 mm).", refused.GetProperty("layout.name.width")[0].GetString());
        Assert.False(refused.TryGetProperty("layout.name.y", out _));
        Assert.Equal(medalBefore, await admin.GetStringAsync(medalPath));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/award-types/9999/certificate-layout")).StatusCode);
    }

    [Fact]
    public async Task The_old_single_layout_address_is_the_giay_khens_form()
    {
        var admin = await app.ClientForAsync("admin");

        Assert.Equal(await admin.GetStringAsync(await PathAsync(GiayKhen)), await admin.GetStringAsync("/api/admin/certificate-layout"));
        var moved = await MovedAsync(admin, GiayKhen, nameX: 25.5, nameY: 88);
        await ReadAsync(await admin.PutAsJsonAsync("/api/admin/certificate-layout", moved), HttpStatusCode.NoContent);
        Assert.Equal(25.5, (await ReadAsync(await admin.GetAsync(await PathAsync(GiayKhen)), HttpStatusCode.OK))
            .GetProperty("layout").GetProperty("name").GetProperty("x").GetDouble());
        await ReadAsync(await admin.DeleteAsync("/api/admin/certificate-layout"), HttpStatusCode.NoContent);
        Assert.False((await ReadAsync(await admin.GetAsync(await PathAsync(GiayKhen)), HttpStatusCode.OK)).GetProperty("saved").GetBoolean());
    }

    [Fact]
    public async Task The_preview_prints_the_typed_positions_of_the_chosen_award_without_saving_them()
    {
        var admin = await CookieClientAsync(app, "admin");
        var medal = await AwardTypeIdAsync(Medal);
        var token = await AntiforgeryTokenAsync(admin, $"/quan-tri/giay-chung-nhan?loai={medal}");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["khung"] = "true", ["loai"] = medal.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Layout.Paper"] = "Portrait", ["Layout.TitleText"] = "GIẤY CHỨNG NHẬN", ["Layout.AchievementText"] = "Đã được tặng Kỷ niệm chương",
        };
        var y = 20;
        foreach (var key in new[] { "Issuer", "Decider", "Title", "Name", "Workplace", "Achievement", "Decision", "PlaceDate", "Signature", "Signer" })
            (fields[$"Layout.{key}.X"], fields[$"Layout.{key}.Y"], fields[$"Layout.{key}.Width"], fields[$"Layout.{key}.FontSize"]) = ("20", $"{y += 20}", "170", "14");
        var before = await (await app.ClientForAsync("admin")).GetStringAsync(await PathAsync(Medal));

        var response = await admin.PostAsync("/quan-tri/giay-chung-nhan?handler=XemThu", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((1, false), await PdfInfoAsync(pdf));
        var (_, nameY) = await PdfWordPositionAsync(pdf, "Nguyễn");
        Assert.InRange(nameY, 99, 108);
        Assert.Contains("BỘ TRƯỞNG BỘ CÔNG AN", await PdfTextAsync(pdf));
        Assert.Equal(before, await (await app.ClientForAsync("admin")).GetStringAsync(await PathAsync(Medal)));

        // Lines off the portrait paper are named on the page instead of printing a sample that could not be used.
        fields["Layout.Name.X"] = "50";
        var refused = await admin.PostAsync("/quan-tri/giay-chung-nhan?handler=XemThu", new FormUrlEncodedContent(fields));
        Assert.Equal("text/html", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Họ tên / tên tập thể: X + rộng = 220 mm, vượt mép phải của phôi (210 mm).", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    private async Task<byte[]> CertificatesAsync()
    {
        var clerk = await app.ClientForAsync("pv05.thanhhoa");
        var response = await clerk.GetAsync($"/api/decisions/{await DemoDecisionAsync()}/certificates.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
