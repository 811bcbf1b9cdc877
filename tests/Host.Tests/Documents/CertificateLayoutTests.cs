using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;
using static ToanDan.Awards.Host.Tests.Features.Admin.AdminApi;

namespace ToanDan.Awards.Host.Tests.Documents;

public class CertificateLayoutTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private static object Layout(double nameX, double nameY, double nameWidth = 150, double nameFontSize = 22) => new
    {
        name = new { x = nameX, y = nameY, width = nameWidth, fontSize = nameFontSize, bold = true },
        workplace = new { x = 60, y = 102, width = 177, fontSize = 15 },
        achievement = new { x = 45, y = 115, width = 207, fontSize = 15, italic = true },
        decision = new { x = 30, y = 168, width = 110, fontSize = 12 },
        placeDate = new { x = 160, y = 160, width = 110, fontSize = 13, italic = true },
    };

    private Task<int> DemoDecisionAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Decisions.Where(d => d.Number == 2 && d.Symbol == "QĐ-CAT")
            .Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task Saved_positions_are_where_certificates_print_until_the_default_is_restored()
    {
        var admin = await app.ClientForAsync("admin");
        var before = await ReadAsync(await admin.GetAsync("/api/admin/certificate-layout"), HttpStatusCode.OK);
        Assert.False(before.GetProperty("saved").GetBoolean());
        Assert.Equal(60, before.GetProperty("layout").GetProperty("name").GetProperty("x").GetDouble());

        await ReadAsync(await admin.PutAsJsonAsync("/api/admin/certificate-layout", Layout(nameX: 20, nameY: 30)), HttpStatusCode.NoContent);

        var saved = await ReadAsync(await admin.GetAsync("/api/admin/certificate-layout"), HttpStatusCode.OK);
        Assert.True(saved.GetProperty("saved").GetBoolean());
        Assert.Equal("admin", saved.GetProperty("changedBy").GetString());
        Assert.Equal(20, saved.GetProperty("layout").GetProperty("name").GetProperty("x").GetDouble());
        var printed = await CertificatesAsync();
        var (x, y) = await PdfWordPositionAsync(printed, "Hoàng");
        Assert.InRange(y, 29, 38);

        await ReadAsync(await admin.DeleteAsync("/api/admin/certificate-layout"), HttpStatusCode.NoContent);

        var restored = await ReadAsync(await admin.GetAsync("/api/admin/certificate-layout"), HttpStatusCode.OK);
        Assert.False(restored.GetProperty("saved").GetBoolean());
        var (defaultX, defaultY) = await PdfWordPositionAsync(await CertificatesAsync(), "Hoàng");
        Assert.InRange(defaultY, 87, 96);
        // The line is centred in its box: moving the box from (60, width 177) to (20, width 150) moves the text 40 + 27/2 mm left.
        Assert.InRange(defaultX - x, 52.5, 54.5);
        var audit = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries
            .Where(a => a.Action == "SaveCertificateLayout.Command" || a.Action == "ResetCertificateLayout.Command").CountAsync());
        Assert.Equal(2, audit);
    }

    [Fact]
    public async Task Positions_off_the_form_are_refused_in_vietnamese_and_nothing_changes()
    {
        var admin = await app.ClientForAsync("admin");
        var before = await admin.GetStringAsync("/api/admin/certificate-layout");

        var problem = await ReadAsync(await admin.PutAsJsonAsync("/api/admin/certificate-layout", Layout(nameX: 200, nameY: 30, nameWidth: 150, nameFontSize: 90)),
            HttpStatusCode.BadRequest);
        var partial = await ReadAsync(await admin.PutAsJsonAsync("/api/admin/certificate-layout", new { name = new { x = 10, y = 10, width = 50, fontSize = 12 } }),
            HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal("Họ tên / tên tập thể: X + rộng = 350 mm, vượt mép phải của phôi (297 mm).", errors.GetProperty("layout.name.width")[0].GetString());
        Assert.Equal("Họ tên / tên tập thể: cỡ chữ từ 6 đến 48 pt.", errors.GetProperty("layout.name.fontSize")[0].GetString());
        Assert.Equal("Yêu cầu không đọc được: hãy kiểm tra dữ liệu gửi lên.", partial.GetProperty("detail").GetString());
        Assert.Equal(before, await admin.GetStringAsync("/api/admin/certificate-layout"));
    }

    [Fact]
    public async Task The_preview_prints_the_typed_positions_without_saving_them()
    {
        var admin = await CookieClientAsync(app, "admin");
        var token = await AntiforgeryTokenAsync(admin, "/quan-tri/giay-chung-nhan");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["khung"] = "true" };
        foreach (var (key, x, y) in new[] { ("Name", "20", "30"), ("Workplace", "60", "102"), ("Achievement", "45", "115"), ("Decision", "30", "168"), ("PlaceDate", "160", "160") })
            (fields[$"Layout.{key}.X"], fields[$"Layout.{key}.Y"], fields[$"Layout.{key}.Width"], fields[$"Layout.{key}.FontSize"]) = (x, y, "110", "14");
        var before = await (await app.ClientForAsync("admin")).GetStringAsync("/api/admin/certificate-layout");

        var response = await admin.PostAsync("/quan-tri/giay-chung-nhan?handler=XemThu", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var (_, nameY) = await PdfWordPositionAsync(await response.Content.ReadAsByteArrayAsync(), "Nguyễn");
        Assert.InRange(nameY, 29, 38);
        Assert.Equal(before, await (await app.ClientForAsync("admin")).GetStringAsync("/api/admin/certificate-layout"));

        // Positions off the form are named on the page instead of printing a sample that could not be used.
        fields["Layout.Name.X"] = "250";
        var refused = await admin.PostAsync("/quan-tri/giay-chung-nhan?handler=XemThu", new FormUrlEncodedContent(fields));
        Assert.Equal("text/html", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Họ tên / tên tập thể: X + rộng = 360 mm, vượt mép phải của phôi (297 mm).", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    private async Task<byte[]> CertificatesAsync()
    {
        var clerk = await app.ClientForAsync("pv05.thanhhoa");
        var response = await clerk.GetAsync($"/api/decisions/{await DemoDecisionAsync()}/certificates.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
