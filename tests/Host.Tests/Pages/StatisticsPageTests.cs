namespace ToanDan.Awards.Host.Tests.Pages;

public class StatisticsPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
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
}
