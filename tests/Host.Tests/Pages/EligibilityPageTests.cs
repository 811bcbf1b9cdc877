using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>The demo's medal dossiers against the seeded criteria of Thông tư 20/2025/TT-BCA.</summary>
public class EligibilityPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private Task<int> DossierOfAsync(string nominee) => browser.App.WithScopeAsync(services =>
        services.GetRequiredService<AwardsDbContext>().Nominees.Where(n => n.Name == nominee).Select(n => n.NominationId).SingleAsync());

    [Fact]
    public async Task The_dossier_page_shows_each_criterion_with_the_figures_used_and_the_task_page_confirms_one_with_a_reason()
    {
        var id = await DossierOfAsync("Lê Văn Thành");
        var page = await browser.LoggedInPageAsync("congan.samson");
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/{id}");

        var section = page.Locator("#tieu-chuan");
        var text = await section.InnerTextAsync();
        Assert.Contains("Xét tiêu chuẩn", text);
        // 2010-03-01 → 2014-03-01 on the border, declared double; then Sầm Sơn to the day of submission (02/11/2026).
        Assert.Contains("16 năm 8 tháng 1 ngày, trong đó 4 năm ở vùng đặc biệt khó khăn, biên giới, hải đảo (đơn vị kê khai) tính gấp đôi → 20 năm 8 tháng 1 ngày ≥ 15 năm", text);
        Assert.Contains("Thông tư 20/2025/TT-BCA", text);
        var postponed = section.Locator("tr[data-outcome='postponed']");
        Assert.Contains("Đang bị thanh tra, kiểm tra", await postponed.InnerTextAsync());
        await BrowserApp.ScreenshotAsync(page, "eligibility-dossier");

        var task = await browser.App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().WorkItems
            .Where(w => w.NominationId == id && w.ClosedAt == null).Select(w => w.Id).SingleAsync());
        await page.GotoAsync($"{browser.BaseUrl}/nhiem-vu/{task}");
        var form = page.Locator("#tieu-chuan form.confirm").First;
        await form.Locator("input[name='reason']").FillAsync("Đã xem bản nhận xét của Công an xã ngày 15/10/2026.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await page.WaitForURLAsync("**#tieu-chuan");

        Assert.Contains("Đã xác nhận tiêu chuẩn.", await page.InnerTextAsync("[role=status]"));
        Assert.Contains("Xác nhận bởi congan.samson: Đã xem bản nhận xét của Công an xã ngày 15/10/2026.", await page.Locator("#tieu-chuan").InnerTextAsync());
    }

    [Fact]
    public async Task A_draft_whose_nominee_falls_short_shows_the_failed_criterion_before_it_is_sent()
    {
        var id = await DossierOfAsync("Cao Văn Tám");
        var page = await browser.LoggedInPageAsync("thidua.hoanghoa");
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/{id}");

        var failed = page.Locator("#tieu-chuan tr[data-outcome='failed']");
        Assert.Contains("12 năm 8 tháng 1 ngày < 15 năm (mức của nam", await failed.InnerTextAsync());
        Assert.Equal(0, await page.Locator("#tieu-chuan form.confirm").CountAsync());
    }
}
