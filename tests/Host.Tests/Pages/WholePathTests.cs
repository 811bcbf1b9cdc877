using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static ToanDan.Awards.Host.Tests.Pages.TaskPages;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>The whole path in a real browser, from the clerk's form to the decision in the list, as people walk it.</summary>
public class WholePathTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string CommuneReview = "Công an xã thẩm định (thủ tục đơn giản)";
    private const string Pv05Review = "Phòng PV05 thẩm định hồ sơ (thủ tục đơn giản)";

    [Fact]
    public async Task A_dossier_goes_from_the_clerks_form_through_every_approver_and_a_return_to_a_listed_decision()
    {
        // The clerk creates the dossier with two nominees and a file, and submits it.
        var clerk = await browser.LoggedInPageAsync("thidua.dongtien");
        clerk.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await clerk.GotoAsync($"{browser.BaseUrl}/ho-so/tao-moi");
        await clerk.Locator("input[name='Input.AwardTypeCode'][value='GK-GDCAT']").CheckAsync();
        await clerk.GetByLabel("Số tờ trình").FillAsync("41/TTr-UBND");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "+ Thêm tập thể" }).ClickAsync();
        await clerk.Locator("#Input_Nominees_0__Name").FillAsync("Đội tuần tra nhân dân thôn Yên Lập");
        await clerk.Locator("#Input_Nominees_0__Achievements").FillAsync("Tuần tra bảo vệ mùa màng, phát hiện 02 vụ trộm cắp.");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "+ Thêm cá nhân" }).ClickAsync();
        await clerk.Locator("#Input_Nominees_1__Name").FillAsync("Đỗ Văn Khải");
        await clerk.Locator("#Input_Nominees_1__DateOfBirth").FillAsync("04/07/1975");
        await clerk.Locator("#Input_Nominees_1__Sex").SelectOptionAsync("male");
        await clerk.Locator("#Input_Nominees_1__Achievements").FillAsync("Dũng cảm khống chế đối tượng cướp tài sản ngày 02/9/2026.");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await clerk.WaitForURLAsync(new Regex(@"/ho-so/\d+$"));
        var id = int.Parse(new Regex(@"/ho-so/(\d+)$").Match(clerk.Url).Groups[1].Value);
        await DossierPages.AttachMissingPartsAsync(clerk);
        var pdf = "Báo cáo tóm tắt thành tích của Đỗ Văn Khải.pdf";
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
        await clerk.WaitForURLAsync(new Regex(@"/ho-so/\d+$"));
        Assert.Equal("Đang xét duyệt", (await clerk.InnerTextAsync("h1 .badge")).Trim());

        // Sent outside any round, it takes the simplified procedure. The commune police approves; PV05 returns it with a reason.
        await ApproveAsync(browser, "congan.dongtien", id, CommuneReview);
        var pv05 = await OpenTaskAsync(browser, "pv05.thanhhoa", id, Pv05Review);
        Assert.Contains(Path.GetFileName(pdf), await pv05.InnerTextAsync("main"));
        await DecideAsync(pv05, "Trả lại cho đơn vị", "Đề nghị bổ sung ngày sinh, chức vụ của cá nhân được đề nghị.");
        await pv05.Context.CloseAsync();

        // The clerk sees the reason on top and resubmits from the dossier page.
        await clerk.GotoAsync($"{browser.BaseUrl}/ho-so/{id}");
        Assert.Contains("Đề nghị bổ sung ngày sinh, chức vụ", await clerk.InnerTextAsync("[role=alert]"));
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi lại hồ sơ" }).ClickAsync();
        await clerk.WaitForURLAsync(new Regex(@"/ho-so/\d+$"));
        Assert.Equal("Đang xét duyệt", (await clerk.InnerTextAsync("h1 .badge")).Trim());

        // Every approver signs off in turn, the director last with the dossier's own decision.
        await ApproveAsync(browser, "congan.dongtien", id, CommuneReview);
        await ApproveAsync(browser, "pv05.thanhhoa", id, Pv05Review);
        await ApproveAsync(browser, "giamdoc.thanhhoa", id, "Giám đốc Công an tỉnh ký quyết định");

        // The decision appears in the list, with both awardees.
        await clerk.GotoAsync($"{browser.BaseUrl}/ho-so/{id}");
        Assert.Equal("Đã khen thưởng", (await clerk.InnerTextAsync("h1 .badge")).Trim());
        await clerk.GotoAsync($"{browser.BaseUrl}/quyet-dinh");
        var row = clerk.Locator("tr", new() { HasText = "Xã Đông Tiến" }).Filter(new() { HasText = "QĐ-CAT" }).First;
        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        await clerk.WaitForURLAsync(new Regex(@"/quyet-dinh/\d+$"));
        var document = await clerk.InnerTextAsync("article.document");
        Assert.Contains("Đội tuần tra nhân dân thôn Yên Lập", document);
        Assert.Contains("Đỗ Văn Khải", document);
    }
}
