using Microsoft.Playwright;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestWorkflows;
using static ToanDan.Awards.Host.Tests.Pages.TaskPages;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>Claiming a shared step, naming a deputy, and recording an awaited message, in the browser.</summary>
public class SharedWorkPagesTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Pv05Review = "Phòng PV05 thẩm định hồ sơ (thủ tục đơn giản)";

    [Fact]
    public async Task A_PV05_officer_takes_the_step_a_colleague_sees_who_holds_it_and_it_is_given_back()
    {
        await AddAccountAsync(browser.App, "pv05.thanhhoa2", "Đại úy Trần Minh Quân (Phòng PV05)", "pv05-reviewer", "TH");
        var id = await SubmitAsync(browser.App);
        await CompleteAsync(browser.App, "congan.dongtien", id, "Task_CommuneReviewSimplified");

        var first = await OpenTaskAsync(browser, "pv05.thanhhoa", id, Pv05Review);
        await first.GetByRole(AriaRole.Button, new() { Name = "Nhận xử lý" }).ClickAsync();
        Assert.Contains("Anh/chị đã nhận xử lý bước này.", await first.InnerTextAsync("[role=status].notice"));
        Assert.Contains("đã được pv05.thanhhoa nhận xử lý", await first.InnerTextAsync(".claimed"));
        await BrowserApp.ScreenshotAsync(first, "50-task-claimed");

        var second = await OpenTaskAsync(browser, "pv05.thanhhoa2", id, Pv05Review);
        Assert.Contains("đã được pv05.thanhhoa nhận xử lý", await second.InnerTextAsync(".claimed"));
        Assert.Equal(0, await second.GetByRole(AriaRole.Button, new() { Name = "Đồng ý", Exact = true }).CountAsync());
        await second.Context.CloseAsync();

        await first.GetByRole(AriaRole.Button, new() { Name = "Trả lại để người khác nhận" }).ClickAsync();
        Assert.Contains("Đã trả lại bước này", await first.InnerTextAsync("[role=status].notice"));
        await DecideAsync(first, "Đồng ý");
        await first.Context.CloseAsync();
    }

    [Fact]
    public async Task The_director_names_a_deputy_on_the_page_and_the_deputy_signs_for_him()
    {
        await AddAccountAsync(browser.App, "phogiamdoc.thanhhoa", "Đại tá Lê Văn Bình (Phó Giám đốc)", "council", "TH");
        var director = await browser.LoggedInPageAsync("giamdoc.thanhhoa");
        await director.GotoAsync($"{browser.BaseUrl}/tai-khoan");
        await director.GetByRole(AriaRole.Link, new() { Name = "Ủy quyền xử lý thay" }).ClickAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Ủy quyền", Exact = true }).ClickAsync();
        Assert.Contains("Hãy chọn người được ủy quyền xử lý thay.", await director.InnerTextAsync("[role=alert]"));
        await director.GetByLabel("Người xử lý thay (cùng đơn vị)").SelectOptionAsync("phogiamdoc.thanhhoa");
        await director.GetByLabel("Từ ngày").FillAsync("2026-11-02");
        await director.GetByLabel("Đến hết ngày").FillAsync("2026-11-06");
        await director.GetByLabel("Lý do").FillAsync("Đi công tác tại Bộ Công an");
        await director.GetByRole(AriaRole.Button, new() { Name = "Ủy quyền", Exact = true }).ClickAsync();
        Assert.Contains("Đã ủy quyền xử lý thay", await director.InnerTextAsync("[role=status].notice"));
        Assert.Contains("02/11/2026 – 06/11/2026", await director.InnerTextAsync("main"));
        await BrowserApp.ScreenshotAsync(director, "51-substitution");

        var id = await SubmitAsync(browser.App);
        await ToDirectorSignAsync(browser.App, id);
        var deputy = await OpenTaskAsync(browser, "phogiamdoc.thanhhoa", id, "Giám đốc Công an tỉnh ký quyết định");
        Assert.Contains("xử lý thay Đại tá Hoàng Văn Nam", await deputy.InnerTextAsync(".acting-for"));
        await DecideAsync(deputy, "Đồng ý");
        await deputy.Context.CloseAsync();

        director.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Kết thúc" }).ClickAsync();
        Assert.Contains("Đã kết thúc ủy quyền.", await director.InnerTextAsync("[role=status].notice"));
        await director.Context.CloseAsync();
    }
}
