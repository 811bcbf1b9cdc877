using Microsoft.Playwright;
using ToanDan.Awards.Host.Features.Nominations;
using static ToanDan.Awards.Host.Tests.Features.History.PastAwardFiles;

namespace ToanDan.Awards.Host.Tests.Pages;

public sealed class PastAwardsPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_admin_is_shown_each_bad_row_imports_nothing_then_imports_the_corrected_file()
    {
        var page = await browser.LoggedInPageAsync("admin");
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/lich-su-khen-thuong");
        Assert.Contains("Nguyễn Văn Bình", await page.InnerTextAsync("table.past-awards"));

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "khen-thuong-cu.xlsx", MimeType = NomineeSpreadsheet.ContentType,
            Buffer = Filled(Person("Tòng Văn Sáng", formerId: "173000111"), Person("Thiếu ngày", formerId: "173000112", on: "")),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();
        await page.Locator("table.import-errors").WaitForAsync();
        var error = await page.InnerTextAsync("table.import-errors tbody tr");
        Assert.Contains("3", error);
        Assert.Contains("Hãy ghi ngày ký quyết định.", error);
        Assert.DoesNotContain("Tòng Văn Sáng", await page.InnerTextAsync("table.past-awards"));
        await BrowserApp.ScreenshotAsync(page, "40-past-awards-errors");

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "khen-thuong-cu.xlsx", MimeType = NomineeSpreadsheet.ContentType,
            Buffer = Filled(Person("Tòng Văn Sáng", formerId: "173000111", target: "Doanh nhân", method: "Niên hạn"),
                Person("Lò Thị Piệng", formerId: "173000114", adHoc: "x")),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/lich-su-khen-thuong", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("Đã nhập 2 dòng khen thưởng", await page.InnerTextAsync(".notice"));
        // The ad-hoc award is marked so; the other is not.
        var adHoc = page.Locator("table.past-awards tbody tr", new() { HasText = "Lò Thị Piệng" });
        Assert.Equal("Đột xuất", (await adHoc.Locator(".badge.ad-hoc").InnerTextAsync()).Trim());
        var sang = page.Locator("table.past-awards tbody tr", new() { HasText = "Tòng Văn Sáng" });
        Assert.Equal(0, await sang.Locator(".badge.ad-hoc").CountAsync());
        // The target group and method the file gave are shown beside the person and the award.
        Assert.Contains("Doanh nhân", await sang.InnerTextAsync());
        Assert.Equal("Phương thức: Niên hạn", (await sang.Locator(".method").InnerTextAsync()).Trim());
    }
}
