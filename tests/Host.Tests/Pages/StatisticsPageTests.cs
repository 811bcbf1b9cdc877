using Microsoft.Playwright;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Pages;

public class StatisticsPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string GiayKhenName = "Giấy khen của Giám đốc Công an tỉnh";

    [Fact]
    public async Task The_statistics_page_draws_its_charts_and_reads_like_the_movements_reports()
    {
        var page = await browser.LoggedInPageAsync("admin");

        await page.GotoAsync($"{browser.BaseUrl}/thong-ke");

        await page.Locator("canvas[data-chart][data-ready=true]").First.WaitForAsync();
        Assert.Equal(2, await page.Locator("canvas[data-chart][data-ready=true]").CountAsync());
        Assert.Contains("được tặng Giấy khen của Giám đốc Công an tỉnh", await page.InnerTextAsync("main"));
        await BrowserApp.ScreenshotAsync(page, "19-statistics");
    }

    private static async Task<string[]> RowAsync(ILocator table, string first) =>
        [.. (await table.Locator("tbody tr", new() { Has = table.Page.Locator("td:first-child", new() { HasTextString = first }) }).Locator("td:not(.bar-cell)").AllInnerTextsAsync())
            .Select(t => t.Trim())];

    /// <summary>
    /// The set of <see cref="Features.Statistics.StatisticsApp"/>, sent in March 2027: a Giấy khen dossier of Đông Tiến awarded
    /// (1 collective, 2 individuals), one of Hạc Thành refused by PV05, a Bằng khen dossier of Đông Tiến still in review.
    /// </summary>
    [Fact]
    public async Task A_period_chosen_on_the_page_shows_what_was_awarded_refused_and_pending_per_award_and_unit_and_each_steps_time()
    {
        var app = browser.App;
        _ = app.Services;
        app.Clock.Set(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        var awarded = await SubmitAsync(app, GiayKhen, "TH-DONGTIEN");
        var refused = await SubmitAsync(app, GiayKhen, "TH-HACTHANH");
        await SubmitAsync(app, BangKhen, "TH-DONGTIEN");
        app.Clock.Advance(TimeSpan.FromDays(2));
        await CompleteAsync(app, "congan.dongtien", awarded, "Task_CommuneReviewSimplified");
        await CompleteAsync(app, "congan.hacthanh", refused, "Task_CommuneReviewSimplified");
        app.Clock.Advance(TimeSpan.FromDays(7));
        await CompleteAsync(app, "pv05.thanhhoa", awarded, "Task_PV05ReviewSimplified");
        await CompleteAsync(app, "pv05.thanhhoa", refused, "Task_PV05ReviewSimplified", "reject", "Thành tích chưa đủ tiêu chuẩn.");
        await CompleteAsync(app, "giamdoc.thanhhoa", awarded, "Task_DirectorSign");
        var page = await browser.LoggedInPageAsync("admin", 1400, 900);

        await page.GotoAsync($"{browser.BaseUrl}/thong-ke");
        await page.GetByLabel("Từ ngày").FillAsync("01/03/2027");
        await page.GetByLabel("Đến ngày").FillAsync("31/03/2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem thống kê" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("tuNgay=01%2F03%2F2027", StringComparison.Ordinal));

        var result = page.Locator("section.card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Kết quả" }) });
        Assert.Equal([$"1 tập thể, 2 cá nhân được tặng {GiayKhenName};"], await result.Locator("ul.sentences li").AllInnerTextsAsync());
        Assert.Contains("Tổng cộng 3 hồ sơ: đề nghị 3 tập thể, 6 cá nhân; được khen thưởng 1 tập thể, 2 cá nhân; " +
            "không được khen thưởng 1 tập thể, 2 cá nhân; tạm hoãn 0 tập thể, 0 cá nhân.", await result.InnerTextAsync());
        var byAward = page.Locator("section.card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Theo loại khen thưởng" }) }).Locator("table");
        Assert.Equal([GiayKhenName, "2", "2 / 4", "1 / 2", "1 / 2", "0 / 0"], await RowAsync(byAward, GiayKhenName));
        var byUnit = page.Locator("section.card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Theo đơn vị đề nghị" }) }).Locator("table");
        Assert.Equal(["Xã Đông Tiến", "2", "2 / 4", "1 / 2", "0 / 0", "0 / 0"], await RowAsync(byUnit, "Xã Đông Tiến"));
        Assert.Equal(["Phường Hạc Thành", "1", "1 / 2", "0 / 0", "1 / 2", "0 / 0"], await RowAsync(byUnit, "Phường Hạc Thành"));
        // PV05 took 5 working days on each of its two dossiers: the slowest step comes first.
        var steps = page.Locator("section.card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Thời gian xử lý từng bước" }) }).Locator("tbody tr");
        Assert.Equal(["2", "5", "5"], (await steps.First.Locator("td").AllInnerTextsAsync()).Skip(1).Select(t => t.Trim()));
        await page.Locator("canvas[data-chart][data-ready=true]").Nth(1).WaitForAsync();
        await BrowserApp.ScreenshotAsync(page, "19b-statistics-period");

        // By decision date: only what was decided in the period, the refusal and the pending dossier leave the awarded count as it is.
        await page.GetByLabel("Tính theo").SelectOptionAsync(new SelectOptionValue { Label = "Ngày quyết định (kể cả khen thưởng đã có được nhập)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem thống kê" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("theo=", StringComparison.Ordinal));
        Assert.Equal([$"1 tập thể, 2 cá nhân được tặng {GiayKhenName};"], await result.Locator("ul.sentences li").AllInnerTextsAsync());
    }
}
