using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Pages;

public class EmailPagesTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_administrator_previews_and_saves_a_template()
    {
        var page = await browser.LoggedInPageAsync("admin");
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/mau-thu/task-reminder");

        await page.GetByLabel("Tiêu đề").FillAsync("Nhắc hạn: {{stepName}} – hồ sơ của {{unitName}}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        var subject = await page.Locator("dl.facts dd").First.InnerTextAsync();
        Assert.StartsWith("Nhắc hạn: ", subject);
        Assert.DoesNotContain("{{", subject);
        Assert.Equal("", await page.Locator("iframe.mail-preview").GetAttributeAsync("sandbox"));
        await BrowserApp.ScreenshotAsync(page, "15-email-template-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu mẫu thư" }).ClickAsync();

        Assert.Contains("Đã lưu mẫu thư.", await page.InnerTextAsync("[role=status]"));
        var saved = await browser.App.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Set<Domain.EmailTemplate>()
            .SingleAsync(t => t.Key == "task-reminder"));
        Assert.Equal("Nhắc hạn: {{stepName}} – hồ sơ của {{unitName}}", saved.Subject);
    }

    [Fact]
    public async Task A_broken_template_is_refused_and_nothing_is_saved()
    {
        var page = await browser.LoggedInPageAsync("admin");
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/mau-thu/task-assigned");
        var before = await page.GetByLabel("Tiêu đề").InputValueAsync();

        await page.GetByLabel("Tiêu đề").FillAsync("Hồ sơ {{#if unitName}} chưa đóng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu mẫu thư" }).ClickAsync();

        Assert.Contains("Handlebars", await page.InnerTextAsync("[role=alert]"));
        var saved = await browser.App.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Set<Domain.EmailTemplate>()
            .SingleAsync(t => t.Key == "task-assigned"));
        Assert.Equal(before, saved.Subject);
    }

    [Fact]
    public async Task A_person_turns_off_reminder_mail_for_themselves()
    {
        var page = await browser.LoggedInPageAsync("pv05.thanhhoa");
        await page.GotoAsync($"{browser.BaseUrl}/tai-khoan");

        await page.GetByLabel("Nhận thư nhắc hạn xử lý").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        Assert.Contains("Đã lưu lựa chọn.", await page.InnerTextAsync("[role=status]"));
        Assert.False(await page.GetByLabel("Nhận thư nhắc hạn xử lý").IsCheckedAsync());
        var user = await browser.App.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Users.SingleAsync(u => u.UserName == "pv05.thanhhoa"));
        Assert.False(user.ReceivesReminders);
    }

    [Fact]
    public async Task Others_than_administrators_cannot_open_the_mail_pages()
    {
        var page = await browser.LoggedInPageAsync("thidua.dongtien");

        foreach (var url in new[] { "/quan-tri/thu-gui", "/quan-tri/mau-thu", "/quan-tri/mau-thu/task-assigned" })
        {
            await page.GotoAsync($"{browser.BaseUrl}{url}");
            Assert.Contains("/khong-co-quyen", page.Url);
            Assert.Contains("quyền", await page.InnerTextAsync("h1"));
        }
    }
}
