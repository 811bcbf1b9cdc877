using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Pages;

public class EligibilityAdminPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_administrator_changes_the_years_of_a_criterion_and_the_law_stays_beside_it()
    {
        var (medalId, ruleId) = await browser.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var medal = await db.AwardTypes.SingleAsync(a => a.Code == DefaultEligibility.MedalCode);
            var rule = await db.EligibilityRules.SingleAsync(r => r.AwardTypeId == medal.Id && r.Kind == RuleKind.ServiceTime && r.GroupCode == DefaultEligibility.GrassrootsForce);
            return (medal.Id, rule.Id);
        });
        var page = await browser.LoggedInPageAsync("admin");
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/loai-khen-thuong");
        await page.Locator($"a[href='/quan-tri/loai-khen-thuong/{medalId}/tieu-chuan']").ClickAsync();

        var form = page.Locator($"form[data-rule='{ruleId}']");
        Assert.Equal("15", await form.Locator("input[name='minYearsMen']").InputValueAsync());
        Assert.Equal("10", await form.Locator("input[name='minYearsWomen']").InputValueAsync());
        Assert.Contains("Thông tư 20/2025/TT-BCA", await form.Locator("input[name='legalBasis']").InputValueAsync());
        Assert.Contains("Chưa đối chiếu nguyên văn", await form.Locator("textarea[name='sourceNote']").InputValueAsync());
        await form.Locator("input[name='minYearsMen']").FillAsync("16");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/quan-tri/loai-khen-thuong/{medalId}/tieu-chuan");

        Assert.Contains("Đã lưu tiêu chuẩn.", await page.InnerTextAsync("[role=status]"));
        Assert.Equal("16", await page.Locator($"form[data-rule='{ruleId}'] input[name='minYearsMen']").InputValueAsync());
        var saved = await browser.App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().EligibilityRules.AsNoTracking().SingleAsync(r => r.Id == ruleId));
        Assert.Equal((16, 10, true), (saved.MinYearsMen!.Value, saved.MinYearsWomen!.Value, saved.DoubleTimeCounts));
        await BrowserApp.ScreenshotAsync(page, "eligibility-admin");
    }
}
