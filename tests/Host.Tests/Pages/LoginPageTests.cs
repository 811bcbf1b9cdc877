using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Tests.Features.Admin;

namespace ToanDan.Awards.Host.Tests.Pages;

public class LoginPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_person_logs_in_and_sees_what_waits_for_them()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.BaseUrl}/");
        Assert.Contains("/dang-nhap", page.Url);
        await BrowserApp.ScreenshotAsync(page, "01-login");

        await page.GetByLabel("Tên đăng nhập").FillAsync("thidua.dongtien");
        await page.GetByLabel("Mật khẩu").FillAsync(ToanDan.Awards.Host.Demo.DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await page.WaitForURLAsync($"{browser.BaseUrl}/");
        Assert.Contains("Xin chào, Nguyễn Thị Mai", await page.InnerTextAsync("h1"));
        await BrowserApp.ScreenshotAsync(page, "02-home");
    }

    [Fact]
    public async Task A_wrong_password_is_explained_in_vietnamese()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.BaseUrl}/dang-nhap");

        await page.GetByLabel("Tên đăng nhập").FillAsync("pv05.thanhhoa");
        await page.GetByLabel("Mật khẩu").FillAsync("sai-mat-khau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", (await page.InnerTextAsync("[role=alert]")).Trim());
    }

    [Fact]
    public async Task A_locked_person_is_signed_out_of_the_pages_within_a_minute()
    {
        var admin = await browser.App.ClientForAsync("admin");
        var created = await AdminApi.ReadAsync(await admin.PostAsJsonAsync("/api/admin/accounts", new
        {
            userName = "congan4.samson", fullName = "Lê Văn Khánh", email = "congan4.samson@samson.gov.vn",
            unitId = await AdminApi.UnitIdAsync(browser.App, "TH-SAMSON"), roles = new[] { "commune-police" }, initialPassword = "Khoi@2026",
        }), HttpStatusCode.Created);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.BaseUrl}/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync("congan4.samson");
        await page.GetByLabel("Mật khẩu").FillAsync("Khoi@2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/");

        await AdminApi.ReadAsync(await admin.PostAsync($"/api/admin/accounts/{created.GetProperty("id").GetString()}/lock", null), HttpStatusCode.NoContent);
        browser.App.Clock.Advance(TimeSpan.FromMinutes(2));
        await page.GotoAsync($"{browser.BaseUrl}/nhiem-vu");

        Assert.Contains("/dang-nhap", page.Url);
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var page = await browser.LoggedInPageAsync("congan.dongtien");

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/dang-nhap"));
        await page.GotoAsync($"{browser.BaseUrl}/");

        Assert.Contains("/dang-nhap", page.Url);
    }
}
