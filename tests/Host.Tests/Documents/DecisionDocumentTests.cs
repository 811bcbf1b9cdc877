using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;

namespace ToanDan.Awards.Host.Tests.Documents;

public class DecisionDocumentTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    /// <summary>The demo decisions of the director: 01/QĐ-CAT (the August round, five units, signed by a deputy) and
    /// 02/QĐ-CAT (ad hoc, one dossier of Hội Cựu chiến binh xã Đông Tiến, signed by the director).</summary>
    private Task<int> DemoDecisionAsync(int number) =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Decisions.Where(d => d.Number == number && d.Symbol == "QĐ-CAT")
            .Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task The_round_decision_in_word_has_the_issuer_lines_the_padded_number_the_units_and_the_deputy_signing_on_behalf()
    {
        var id = await DemoDecisionAsync(1);
        var response = await (await app.ClientForAsync("pv05.thanhhoa")).GetAsync($"/api/decisions/{id}/document.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var docx = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(WordSchemaErrors(docx));
        var text = DocxText(docx);
        Assert.Contains("BỘ CÔNG AN\nCÔNG AN TỈNH THANH HÓA\n", text);
        Assert.Contains("Số: 01/QĐ-CAT", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Matches(@"Thanh Hóa, ngày \d{2} tháng \d{1,2} năm 20\d\d", text);
        Assert.Contains("Về việc tặng Giấy khen của Giám đốc Công an tỉnh", text);
        Assert.Contains("GIÁM ĐỐC CÔNG AN TỈNH THANH HÓA", text);
        Assert.Contains("Căn cứ Thông tư của Bộ trưởng Bộ Công an quy định về công tác thi đua, khen thưởng trong Công an nhân dân;", text);
        Assert.Contains("Xét đề nghị của các đơn vị: Xã Đông Tiến, Phường Hạc Thành, Xã Hoằng Hóa, Phường Sầm Sơn, Hội Liên hiệp Phụ nữ phường Hạc Thành trong đợt Ngày hội", text);
        Assert.Contains("03 (ba) tập thể, 04 (bốn) cá nhân", text);
        Assert.Contains("TẬP THỂ (03 (ba) tập thể)", text);
        Assert.Contains("CÁ NHÂN (04 (bốn) cá nhân)", text);
        Assert.Contains("Điều 3.", text);
        Assert.Contains("Nơi nhận:\n- Như Điều 3;\n- Đồng chí Giám đốc (để báo cáo);\n- Lưu: VT, PV05.", text);
        Assert.Contains("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(đã ký)\nĐại tá Lê Quang Minh", text);
        Assert.DoesNotContain("Đại tá Hoàng Văn Nam", text);
        Assert.Contains("(Kèm theo Quyết định số 01/QĐ-CAT ngày", text);
        // Collectives, then individuals; within each, a heading row with the unit's name above its lines.
        var collectives = text.IndexOf("TẬP THỂ (", StringComparison.Ordinal);
        var individuals = text.IndexOf("CÁ NHÂN (", StringComparison.Ordinal);
        Assert.True(collectives < text.IndexOf("Xã Đông Tiến\n1\nTổ an ninh trật tự thôn Phú Thọ", collectives, StringComparison.Ordinal));
        Assert.True(text.IndexOf("Xã Hoằng Hóa\n2\nĐội dân phòng xã Hoằng Hóa", collectives, StringComparison.Ordinal) < individuals);
        Assert.True(individuals < text.IndexOf("Xã Đông Tiến\n1\nLê Văn Hòa\n1972", individuals, StringComparison.Ordinal));
        Assert.True(individuals < text.IndexOf("Phường Sầm Sơn\n4\nTrần Văn Bảo", individuals, StringComparison.Ordinal));
        Assert.DoesNotContain("Phạm Thị Liên", text);
        Assert.DoesNotContain("038072001122", text);
    }

    [Fact]
    public async Task The_ad_hoc_decision_names_the_units_submission_and_the_director_signs_in_his_own_name()
    {
        var id = await DemoDecisionAsync(2);
        var text = DocxText(await (await app.ClientForAsync("pv05.thanhhoa")).GetByteArrayAsync($"/api/decisions/{id}/document.docx"));

        Assert.Contains("Số: 02/QĐ-CAT", text);
        Assert.Contains("Xét đề nghị của Hội Cựu chiến binh xã Đông Tiến tại Tờ trình số 05/TTr-CCB", text);
        Assert.Contains("01 (một) cá nhân", text);
        Assert.Contains("\nGIÁM ĐỐC\n(đã ký)\nĐại tá Hoàng Văn Nam", text);
        Assert.DoesNotContain("KT.", text);
        Assert.Contains("Hội Cựu chiến binh xã Đông Tiến\n1\nHoàng Văn Thái\n1956", text);
        Assert.DoesNotContain("038056009753", text);
    }

    [Fact]
    public async Task The_pdf_has_the_same_content_and_page_one_is_rendered_for_a_look()
    {
        var id = await DemoDecisionAsync(1);
        var response = await (await app.ClientForAsync("admin")).GetAsync($"/api/decisions/{id}/document.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfTextAsync(pdf);
        Assert.Contains("Số: 01/QĐ-CAT", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("03 (ba) tập thể, 04 (bốn) cá nhân", text);
        // The recipients' column sits beside the signature: pdftotext may interleave their lines.
        Assert.Matches(@"KT\. GIÁM ĐỐC .*PHÓ GIÁM ĐỐC .*\(đã ký\) .*Đại tá Lê Quang Minh", text);
        Assert.Contains("Đại tá Lê Quang Minh", text);
        Assert.Contains("Tổ an ninh trật tự thôn Phú Thọ", text);
        Assert.Matches(@"Phường Sầm Sơn .*Trần Văn Bảo", text);
        Assert.Matches(@"Thanh Hóa, ngày \d{2} tháng \d{1,2} năm 20\d\d", text);
        Assert.True(File.Exists(await RenderFirstPageAsync(pdf, "16-decision-pdf")));
    }

    [Fact]
    public async Task A_clerk_of_another_unit_gets_not_found()
    {
        var id = await DemoDecisionAsync(2);
        var other = await app.ClientForAsync("thidua.hacthanh");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/decisions/{id}/document.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/decisions/{id}/document.pdf")).StatusCode);
        var cookie = await CookieClientAsync(app, "thidua.hacthanh");
        Assert.Equal(HttpStatusCode.NotFound, (await cookie.GetAsync($"/quyet-dinh/{id}/tai-ve.docx")).StatusCode);
    }

    [Fact]
    public async Task Signed_in_people_download_at_the_page_address_and_others_are_sent_to_log_in()
    {
        var id = await DemoDecisionAsync(2);
        var clerk = await CookieClientAsync(app, "thidua.ccb-dongtien");

        var docx = await clerk.GetAsync($"/quyet-dinh/{id}/tai-ve.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Contains("Hoàng Văn Thái", DocxText(await docx.Content.ReadAsByteArrayAsync()));
        Assert.Equal("quyet-dinh-02-QD-CAT.docx", docx.Content.Headers.ContentDisposition!.FileName?.Trim('"'));

        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync($"/quyet-dinh/{id}/tai-ve.docx");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/dang-nhap", refused.Headers.Location!.ToString());
        // A cookie never authorises the API.
        Assert.Equal(HttpStatusCode.Unauthorized, (await clerk.GetAsync($"/api/decisions/{id}/document.docx")).StatusCode);
    }
}
