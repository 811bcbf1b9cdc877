using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>
/// The office's part of a round in the browser: two units' dossiers approved through the API, then PV05 consolidates them
/// on the round's page, leaves one nominee for later on the draft, and the director's deputy signs (KT.).
/// </summary>
public partial class ConsolidationPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Deputy = "Đại tá Lê Quang Minh";

    [Fact]
    public async Task Pv05_consolidates_a_round_grouped_by_unit_leaves_one_out_and_the_deputy_signs_it_with_its_number()
    {
        var app = browser.App;
        app.Clock.Set(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        var round = await TestRounds.CreateRoundAsync(app, "Thử nghiệm trên trình duyệt", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 6));
        var dongTien = await SubmitAsync(app, GiayKhen, "TH-DONGTIEN", roundId: round);
        var hacThanh = await SubmitAsync(app, GiayKhen, "TH-HACTHANH", roundId: round);
        await TestRounds.ApproveAllAsync(app, dongTien);
        await TestRounds.ApproveAllAsync(app, hacThanh);
        var leftOut = (await NominationAsync(app, hacThanh)).Nominees.Single(n => n.Name == "Lê Thị Hoa").Id;
        app.Clock.Set(new DateTimeOffset(2026, 11, 9, 2, 0, 0, TimeSpan.Zero)); // the round no longer takes dossiers

        // On a phone, the round page reads as cards: nothing wider than the screen, the button within reach.
        var phone = await browser.LoggedInPageAsync("pv05.thanhhoa", 390, 844);
        await phone.GotoAsync($"{browser.BaseUrl}/dot-khen-thuong/{round}");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "The round page is wider than a phone's screen.");
        var phoneButton = phone.GetByRole(AriaRole.Button, new() { Name = "Tổng hợp dự thảo quyết định" });
        Assert.True(await phoneButton.IsVisibleAsync());
        var box = (await phoneButton.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"The button runs off the screen: {box.X} + {box.Width}.");
        Assert.True(await phone.Locator("tr.group-head", new() { HasText = "Phường Hạc Thành" }).IsVisibleAsync());
        await BrowserApp.ScreenshotAsync(phone, "round-phone");
        await phone.Context.CloseAsync();

        var page = await browser.LoggedInPageAsync("pv05.thanhhoa");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync($"{browser.BaseUrl}/dot-khen-thuong/{round}");
        Assert.Contains("Chờ quyết định (6)", await page.InnerTextAsync("#waiting-title"));
        foreach (var unit in new[] { "Xã Đông Tiến", "Phường Hạc Thành" })
        {
            var group = page.Locator($"tbody[data-unit='{unit}']");
            Assert.Contains($"{unit} (1 tập thể, 2 cá nhân)", await group.Locator("tr.group-head").InnerTextAsync());
            var names = await group.Locator("tr:not(.group-head) td:first-child a").AllInnerTextsAsync();
            Assert.Equal(["Tổ an ninh trật tự cơ sở thôn 3", "Nguyễn Văn Hùng", "Lê Thị Hoa"], names);
        }
        await BrowserApp.ScreenshotAsync(page, "round-desktop");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tổng hợp dự thảo quyết định" }).ClickAsync();
        await page.WaitForURLAsync(DecisionUrl());
        var decisionUrl = page.Url;
        Assert.Contains("Dự thảo, chờ ký", await page.InnerTextAsync("#sign-title"));
        Assert.Equal(6, await page.Locator("ol.awardees > li").CountAsync());

        await page.Locator($"#leave-{leftOut}").FillAsync("Chờ bổ sung xác nhận của Công an phường.");
        await page.Locator($"form:has(#leave-{leftOut}) button").ClickAsync();
        await page.Locator(".notice", new() { HasText = "Đã để lại quyết định sau" }).WaitForAsync();
        Assert.Equal(5, await page.Locator("ol.awardees > li").CountAsync());
        Assert.Equal(0, await page.Locator($"#leave-{leftOut}").CountAsync());
        await page.Context.CloseAsync();

        var director = await browser.LoggedInPageAsync("giamdoc.thanhhoa");
        director.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await director.GotoAsync(decisionUrl);
        await director.GetByLabel("Người ký").SelectOptionAsync(new SelectOptionValue { Value = Deputy });
        await director.GetByRole(AriaRole.Button, new() { Name = "Ký ban hành quyết định" }).ClickAsync();
        await director.Locator(".notice", new() { HasText = "Đã ký Quyết định số" }).WaitForAsync();

        var numberLine = (await director.InnerTextAsync(".doc-number")).Trim();
        Assert.Matches(@"^Số: \d{2,}/QĐ-CAT$", numberLine);
        Assert.StartsWith($"Quyết định số {numberLine["Số: ".Length..]}", await director.TitleAsync());
        var signature = await director.InnerTextAsync(".doc-sign");
        Assert.Contains("KT. GIÁM ĐỐC", signature);
        Assert.Contains("PHÓ GIÁM ĐỐC", signature);
        Assert.Contains(Deputy, signature);
        Assert.Equal(0, await director.Locator("#sign-title").CountAsync());
        Assert.Equal(5, await director.Locator("ol.awardees > li").CountAsync());
        await BrowserApp.ScreenshotAsync(director, "round-decision-signed");
        await director.Context.CloseAsync();
    }

    [GeneratedRegex(@"/quyet-dinh/\d+$")]
    private static partial Regex DecisionUrl();
}
