using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;

namespace ToanDan.Awards.Host.Tests.Documents;

public class CertificateTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private Task<int> DemoDecisionAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Decisions.Where(d => d.Number == 2 && d.Symbol == "QĐ-CAT")
            .Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task One_landscape_page_per_awardee_with_only_the_variable_text()
    {
        var id = await DemoDecisionAsync();
        var client = await CookieClientAsync(app, "pv05.thanhhoa");

        var response = await client.GetAsync($"/quyet-dinh/{id}/giay-chung-nhan.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((1, true), await PdfInfoAsync(pdf));
        var text = await PdfTextAsync(pdf);
        Assert.Contains("Hoàng Văn Thái", text);
        Assert.Contains("Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc", text);
        Assert.Contains("Quyết định số 02/QĐ-CAT ngày", text);
        Assert.Matches(@"Thanh Hóa, ngày \d{2} tháng \d{1,2} năm 20\d\d", text);
        Assert.DoesNotContain("CỘNG HÒA", text);
        await RenderFirstPageAsync(pdf, "17-certificate");

        var api = await (await app.ClientForAsync("thidua.hacthanh")).GetAsync($"/api/decisions/{id}/certificates.pdf");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task The_administrator_previews_positions_on_a_sample_and_gets_the_setting_to_keep()
    {
        var admin = await CookieClientAsync(app, "admin");

        var page = await admin.GetStringAsync("/quan-tri/giay-chung-nhan?Layout.Name.X=70&Layout.Name.Y=90");
        Assert.Contains("Vị trí chữ trên giấy chứng nhận", page);
        Assert.Contains("name=\"Layout.Name.X\" value=\"70\"", page);
        Assert.Contains("Certificate", page);

        var preview = await admin.GetAsync("/quan-tri/giay-chung-nhan?handler=XemThu&khung=1&Layout.Name.X=70&Layout.Name.Y=90");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType!.MediaType);
        var pdf = await preview.Content.ReadAsByteArrayAsync();
        Assert.Contains("Nguyễn Văn An", await PdfTextAsync(pdf));
        await RenderFirstPageAsync(pdf, "18-certificate-preview");

        var clerk = await CookieClientAsync(app, "thidua.dongtien");
        var refused = await clerk.GetAsync("/quan-tri/giay-chung-nhan");
        Assert.Contains("/khong-co-quyen", refused.Headers.Location?.ToString() ?? "");
    }
}
