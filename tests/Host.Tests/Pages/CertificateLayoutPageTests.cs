using Microsoft.Playwright;

namespace ToanDan.Awards.Host.Tests.Pages;

public class CertificateLayoutPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_administrator_saves_positions_that_fit_the_form_and_can_restore_the_default()
    {
        var page = await browser.LoggedInPageAsync("admin");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mẫu in giấy chứng nhận" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/giay-chung-nhan");
        Assert.Contains("vị trí mặc định trong cấu hình", await page.InnerTextAsync("[data-layout-status]"));
        var nameX = page.GetByLabel("Họ tên / tên tập thể: X");
        Assert.Equal("60", await nameX.InputValueAsync());

        await nameX.FillAsync("200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu vị trí" }).ClickAsync();

        Assert.Contains("Họ tên / tên tập thể: X + rộng = 377 mm, vượt mép phải của phôi (297 mm).", await page.InnerTextAsync(".alert-error"));
        Assert.Equal("200", await nameX.InputValueAsync());
        Assert.Contains("vị trí mặc định trong cấu hình", await page.InnerTextAsync("[data-layout-status]"));

        await nameX.FillAsync("50.5");
        await page.GetByLabel("Dòng thành tích: cỡ chữ").FillAsync("16");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu vị trí" }).ClickAsync();

        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/giay-chung-nhan");
        Assert.Contains("Đã lưu vị trí chữ", await page.InnerTextAsync(".notice"));
        Assert.Matches(@"đã lưu lúc \d{2}:\d{2} \d{2}/\d{2}/\d{4} \(admin\)", await page.InnerTextAsync("[data-layout-status]"));
        Assert.Equal("50.5", await nameX.InputValueAsync());
        Assert.Equal("16", await page.GetByLabel("Dòng thành tích: cỡ chữ").InputValueAsync());
        await BrowserApp.ScreenshotAsync(page, "18b-certificate-layout");

        await page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục mặc định" }).ClickAsync();

        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/giay-chung-nhan");
        Assert.Contains("Đã bỏ vị trí đã lưu", await page.InnerTextAsync(".notice"));
        Assert.Equal("60", await nameX.InputValueAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục mặc định" }).CountAsync());
    }
}
