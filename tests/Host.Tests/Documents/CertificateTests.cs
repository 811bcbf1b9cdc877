using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Documents;

/// <summary>Each award prints on its own form: its title, its issuer's heading and decider, its signer, its paper and positions.</summary>
public class CertificateTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private Task<int> DemoDecisionAsync(int number) =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Decisions.Where(d => d.Number == number && d.Symbol == "QĐ-CAT")
            .Select(d => d.Id).SingleAsync());

    private async Task<byte[]> CertificatesAsync(int decisionId, string userName = "pv05.thanhhoa")
    {
        var client = await CookieClientAsync(app, userName);
        var response = await client.GetAsync($"/quyet-dinh/{decisionId}/giay-chung-nhan.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task One_landscape_page_per_awardee_with_only_the_variable_text()
    {
        var id = await DemoDecisionAsync(2);

        var pdf = await CertificatesAsync(id);

        Assert.Equal((1, true), await PdfInfoAsync(pdf));
        var text = await PdfTextAsync(pdf);
        Assert.Contains("Ông Hoàng Văn Thái", text);
        Assert.Contains("Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc", text);
        Assert.Contains("Quyết định số 02/QĐ-CAT ngày", text);
        Assert.Matches(@"Thanh Hóa, ngày \d{2} tháng \d{1,2} năm 20\d\d", text);
        Assert.DoesNotContain("CỘNG HÒA", text);
        await RenderFirstPageAsync(pdf, "17-certificate");

        var api = await (await app.ClientForAsync("thidua.hacthanh")).GetAsync($"/api/decisions/{id}/certificates.pdf");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task A_giay_khen_signed_by_a_deputy_prints_the_police_heading_and_kt_on_its_landscape_form()
    {
        // The demo's August decision 01/QĐ-CAT: collectives first, signed by a deputy director on the director's behalf.
        var pdf = await CertificatesAsync(await DemoDecisionAsync(1));

        var (pages, landscape) = await PdfInfoAsync(pdf);
        Assert.True(landscape);
        Assert.True(pages > 5, $"{pages} pages");
        var text = await PdfTextAsync(pdf);
        Assert.Contains("BỘ CÔNG AN CÔNG AN TỈNH THANH HÓA", text);
        Assert.Contains("GIÁM ĐỐC CÔNG AN TỈNH THANH HÓA TẶNG GIẤY KHEN Tổ an ninh trật tự thôn Phú Thọ Xã Đông Tiến", text);
        Assert.Contains("Ông Lê Văn Hòa Tổ trưởng tổ an ninh trật tự thôn Phú Thọ, Xã Đông Tiến", text);
        Assert.Contains("Bà Nguyễn Thị Thu Tổ phó tổ dân phố số 4, Phường Hạc Thành", text);
        Assert.Contains("Quyết định số 01/QĐ-CAT ngày", text);
        Assert.Contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", text);
        Assert.Contains("Đại tá Lê Quang Minh", text);
        Assert.DoesNotContain("Đại tá Hoàng Văn Nam", text);

        // Where the shipped Giấy khen form puts its lines (mm from the left and top edges of the A4 landscape blank).
        Assert.InRange((await PdfWordPositionAsync(pdf, "CÔNG")).Y, 14, 20);
        Assert.InRange((await PdfWordPositionAsync(pdf, "TẶNG")).Y, 62, 70);
        Assert.InRange((await PdfWordPositionAsync(pdf, "Phú")).Y, 88, 97);
        var (decisionX, decisionY) = await PdfWordPositionAsync(pdf, "Quyết");
        Assert.InRange(decisionY, 168, 174);
        Assert.InRange(decisionX, 30, 85);
        var (kt, ktY) = await PdfWordPositionAsync(pdf, "KT.");
        Assert.InRange(ktY, 146, 152);
        Assert.InRange(kt, 160, 215);
        Assert.InRange((await PdfWordPositionAsync(pdf, "Minh")).Y, 180, 186);
        await RenderFirstPageAsync(pdf, "17a-certificate-giay-khen");
    }

    [Fact]
    public async Task A_bang_khen_prints_the_chairman_as_decider_and_signer_on_its_own_form()
    {
        var id = await SubmitAsync(app, BangKhen);
        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified");
        await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorPropose");
        await CompleteAsync(app, "noivu.thanhhoa", id, "Task_HomeAffairsAppraisal");
        await CompleteAsync(app, "ubnd.thanhhoa", id, "Task_ChairmanSign");
        var decision = (await DecisionOfAsync(app, id))!;

        var pdf = await CertificatesAsync(decision.Id, "ubnd.thanhhoa");

        Assert.Equal((3, true), await PdfInfoAsync(pdf));
        var text = await PdfTextAsync(pdf);
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA TẶNG BẰNG KHEN Tổ an ninh trật tự cơ sở thôn 3 Xã Đông Tiến", text);
        Assert.Contains("Ông Nguyễn Văn Hùng Tổ trưởng tổ ANTT, Xã Đông Tiến", text);
        Assert.Contains("Bà Lê Thị Hoa Chi hội trưởng phụ nữ, Xã Đông Tiến", text);
        Assert.Contains($"Quyết định số {decision.FullNumber} ngày", text);
        Assert.Matches(@"^\d{2}/QĐ-UBND$", decision.FullNumber);
        Assert.Contains("Ông Lê Văn Thành", text);
        Assert.DoesNotContain("KT.", text);
        Assert.DoesNotContain("GIẤY KHEN", text);
        // The committee's heading is printed on the Bằng khen blank: the form leaves it out.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(text, "ỦY BAN NHÂN DÂN TỈNH THANH HÓA"));

        // "CHỦ TỊCH" twice: the decider above the title, the signer's title above his name.
        Assert.Collection(await PdfWordPositionsAsync(pdf, "CHỦ"), decider => Assert.InRange(decider.Y, 50, 56), signer => Assert.InRange(signer.Y, 144, 150));
        Assert.InRange((await PdfWordPositionAsync(pdf, "BẰNG")).Y, 60, 68);
        Assert.InRange((await PdfWordPositionAsync(pdf, "Tổ")).Y, 84, 93);
        Assert.InRange((await PdfWordPositionAsync(pdf, "Quyết")).Y, 165, 171);
        Assert.InRange((await PdfWordPositionAsync(pdf, "Thành")).Y, 176, 182);
        await RenderFirstPageAsync(pdf, "17b-certificate-bang-khen");
    }

    [Fact]
    public async Task The_medals_certificate_is_the_ministers_giay_chung_nhan_on_a_portrait_form_dated_in_ha_noi()
    {
        var id = await SubmitAsync(app, KyNiemChuong);
        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified");
        await CompleteAsync(app, "v05.bca", id, "Task_V05Review");
        await CompleteAsync(app, "vanphong.bca", id, "Task_MinisterDecide");
        var decision = (await DecisionOfAsync(app, id))!;

        var pdf = await CertificatesAsync(decision.Id, "vanphong.bca");

        Assert.Equal((2, false), await PdfInfoAsync(pdf));
        var text = await PdfTextAsync(pdf);
        Assert.Contains("BỘ CÔNG AN BỘ TRƯỞNG BỘ CÔNG AN GIẤY CHỨNG NHẬN Ông Nguyễn Văn Hùng Tổ trưởng tổ ANTT, Xã Đông Tiến", text);
        Assert.Contains("Đã được tặng Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”", text);
        Assert.Contains($"Quyết định số {decision.FullNumber} ngày", text);
        Assert.Matches(@"Hà Nội, ngày \d{2} tháng \d{1,2} năm 20\d\d", text);
        Assert.Contains("Đại tướng Trần Quốc Hưng", text);
        // "BỘ TRƯỞNG" twice: the decider above the title, the signer's title above his name.
        Assert.Collection(await PdfWordPositionsAsync(pdf, "TRƯỞNG"), decider => Assert.InRange(decider.Y, 70, 76), signer => Assert.InRange(signer.Y, 198, 204));
        Assert.DoesNotContain("Thanh Hóa, ngày", text);
        Assert.DoesNotContain("TẶNG", text);

        Assert.InRange((await PdfWordPositionAsync(pdf, "GIẤY")).Y, 80, 88);
        var (nameX, nameY) = await PdfWordPositionAsync(pdf, "Ông");
        Assert.InRange(nameY, 110, 118);
        Assert.InRange(nameX, 20, 105);
        Assert.InRange((await PdfWordPositionAsync(pdf, "Hà")).Y, 190, 196);
        Assert.InRange((await PdfWordPositionAsync(pdf, "Hưng")).Y, 235, 241);
        await RenderFirstPageAsync(pdf, "17c-certificate-ky-niem-chuong");
    }

    [Fact]
    public async Task The_administrator_previews_positions_on_a_sample_and_gets_the_setting_to_keep()
    {
        var admin = await CookieClientAsync(app, "admin");

        var page = await admin.GetStringAsync("/quan-tri/giay-chung-nhan?Layout.Name.X=70&Layout.Name.Y=90");
        Assert.Contains("Mẫu giấy chứng nhận: Giấy khen của Giám đốc Công an tỉnh", page);
        Assert.Contains("name=\"Layout.Name.X\" value=\"70\"", page);
        Assert.Contains("GK-GDCAT", page);

        var preview = await admin.GetAsync("/quan-tri/giay-chung-nhan?handler=XemThu&khung=1&Layout.Name.X=70&Layout.Name.Y=90");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType!.MediaType);
        var pdf = await preview.Content.ReadAsByteArrayAsync();
        var text = await PdfTextAsync(pdf);
        Assert.Contains("Ông Nguyễn Văn An", text);
        Assert.Contains("Tổ an ninh trật tự thôn 3", text);
        Assert.Contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", text);
        Assert.Contains("Đại tá Lê Quang Minh", text);
        Assert.Equal((2, true), await PdfInfoAsync(pdf));
        await RenderFirstPageAsync(pdf, "18-certificate-preview");

        var clerk = await CookieClientAsync(app, "thidua.dongtien");
        var refused = await clerk.GetAsync("/quan-tri/giay-chung-nhan");
        Assert.Contains("/khong-co-quyen", refused.Headers.Location?.ToString() ?? "");
    }
}
