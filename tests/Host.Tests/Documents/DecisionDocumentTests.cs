using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;

namespace ToanDan.Awards.Host.Tests.Documents;

public class DecisionDocumentTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    /// <summary>The demo decision 1/QĐ-CAT: Hội Cựu chiến binh xã Đông Tiến, one collective and one individual.</summary>
    private Task<int> DemoDecisionAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Decisions.Where(d => d.Number == 1 && d.Symbol == "QĐ-CAT")
            .Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task The_word_file_has_the_administrative_layout_the_number_the_date_and_the_awardees()
    {
        var id = await DemoDecisionAsync();
        var response = await (await app.ClientForAsync("pv05.thanhhoa")).GetAsync($"/api/decisions/{id}/document.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var text = DocxText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("BỘ CÔNG AN", text);
        Assert.Contains("CÔNG AN TỈNH THANH HÓA", text);
        Assert.Contains("Số: 1/QĐ-CAT", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Matches(@"Thanh Hóa, ngày \d{2} tháng \d{1,2} năm 20\d\d", text);
        Assert.Contains("Về việc tặng Giấy khen của Giám đốc Công an tỉnh", text);
        Assert.Contains("GIÁM ĐỐC CÔNG AN TỈNH THANH HÓA", text);
        Assert.Contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", text);
        Assert.Contains("Xét đề nghị của Hội Cựu chiến binh xã Đông Tiến tại Tờ trình số 05/TTr-CCB", text);
        Assert.Contains("01 (một) tập thể, 01 (một) cá nhân", text);
        Assert.Contains("Điều 3.", text);
        Assert.Contains("(đã ký)", text);
        Assert.Contains("Nơi nhận:", text);
        Assert.Contains("(Kèm theo Quyết định số 1/QĐ-CAT ngày", text);
        Assert.True(text.IndexOf("Chi hội Cựu chiến binh thôn 5", StringComparison.Ordinal) < text.IndexOf("Hoàng Văn Thái", StringComparison.Ordinal),
            "collectives come before individuals");
        Assert.Contains("1956", text);
        Assert.DoesNotContain("038056009753", text);
    }

    [Fact]
    public async Task The_pdf_has_the_same_content_and_page_one_is_rendered_for_a_look()
    {
        var id = await DemoDecisionAsync();
        var response = await (await app.ClientForAsync("admin")).GetAsync($"/api/decisions/{id}/document.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfTextAsync(pdf);
        Assert.Contains("Số: 1/QĐ-CAT", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("01 (một) tập thể, 01 (một) cá nhân", text);
        Assert.Contains("Chi hội Cựu chiến binh thôn 5", text);
        Assert.Contains("Hoàng Văn Thái", text);
        Assert.Matches(@"Thanh Hóa, ngày \d{2} tháng \d{1,2} năm 20\d\d", text);
        Assert.True(File.Exists(await RenderFirstPageAsync(pdf, "16-decision-pdf")));
    }

    [Fact]
    public async Task A_clerk_of_another_unit_gets_not_found()
    {
        var id = await DemoDecisionAsync();
        var other = await app.ClientForAsync("thidua.hacthanh");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/decisions/{id}/document.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/decisions/{id}/document.pdf")).StatusCode);
        var cookie = await CookieClientAsync(app, "thidua.hacthanh");
        Assert.Equal(HttpStatusCode.NotFound, (await cookie.GetAsync($"/quyet-dinh/{id}/tai-ve.docx")).StatusCode);
    }

    [Fact]
    public async Task Signed_in_people_download_at_the_page_address_and_others_are_sent_to_log_in()
    {
        var id = await DemoDecisionAsync();
        var clerk = await CookieClientAsync(app, "thidua.ccb-dongtien");

        var docx = await clerk.GetAsync($"/quyet-dinh/{id}/tai-ve.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Contains("Hoàng Văn Thái", DocxText(await docx.Content.ReadAsByteArrayAsync()));
        Assert.Equal("quyet-dinh-1-QD-CAT.docx", docx.Content.Headers.ContentDisposition!.FileName?.Trim('"'));

        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync($"/quyet-dinh/{id}/tai-ve.docx");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/dang-nhap", refused.Headers.Location!.ToString());
        // A cookie never authorises the API.
        Assert.Equal(HttpStatusCode.Unauthorized, (await clerk.GetAsync($"/api/decisions/{id}/document.docx")).StatusCode);
    }
}
