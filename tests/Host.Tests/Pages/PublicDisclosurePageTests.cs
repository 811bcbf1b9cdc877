using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Features.Disclosure;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Pages;

public class PublicDisclosurePageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Anyone_without_login_reads_the_list_on_a_phone_and_sends_feedback_that_the_office_sees_on_the_disclosure_step()
    {
        browser.App.Clock.Set(DisclosureApp.DisclosureDay);
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync($"{browser.BaseUrl}/cong-khai");
        await page.GetByRole(AriaRole.Link, new() { Name = DisclosureApp.SoKet }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/cong-khai/\\d+$"));
        var list = await page.InnerTextAsync("main");
        Assert.Contains("Phạm Văn Long", list);
        Assert.Contains("Phường Sầm Sơn", list);
        Assert.Contains("Giấy khen của Giám đốc Công an tỉnh", list);
        Assert.Equal(0, await page.Locator("form[action='/dang-xuat']").CountAsync());

        var content = "Anh Long nhiều lần cứu người đuối nước ở bãi biển, tôi đồng ý khen thưởng.";
        await page.GetByLabel("Họ và tên").FillAsync("Nguyễn Văn An");
        await page.GetByLabel("Số điện thoại hoặc e-mail").FillAsync("0912 345 678");
        await page.GetByLabel("Góp ý về").SelectOptionAsync(new SelectOptionValue { Label = "Phạm Văn Long" });
        await page.GetByLabel("Nội dung góp ý").FillAsync(content);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi góp ý" }).ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        Assert.Contains("Cảm ơn anh/chị đã góp ý", await page.InnerTextAsync(".notice"));
        await BrowserApp.ScreenshotAsync(page, "public-disclosure-phone");
        await page.Context.CloseAsync();

        var samSon = await browser.App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Nominations
            .Where(n => n.Unit!.Code == "TH-SAMSON" && n.Round!.Name == DisclosureApp.SoKet && n.Status == NominationStatus.InReview)
            .Select(n => n.Id).FirstAsync());
        var taskId = await TaskIdAsync(browser.App, "pv05.thanhhoa", samSon, "Task_PublicDisclosure");
        var office = await browser.LoggedInPageAsync("pv05.thanhhoa");
        await office.GotoAsync($"{browser.BaseUrl}/nhiem-vu/{taskId}");
        var section = office.Locator("section.round-feedback");
        Assert.Contains("Ý kiến góp ý khi công khai", await section.InnerTextAsync());
        Assert.Contains(content, await section.InnerTextAsync());
        Assert.Contains("Về: Phạm Văn Long (Phường Sầm Sơn)", await section.InnerTextAsync());
        await office.Context.CloseAsync();
    }
}
