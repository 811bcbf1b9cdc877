using Microsoft.Playwright;
using ToanDan.Awards.Host.Domain;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.TestRounds;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>The council's page (`/hoi-dong`): its secretary records the votes, and the ranking shows the tie preference beside each.</summary>
public class CouncilPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private AwardsApp App => browser.App;

    private static async Task<string[]> RowsAsync(ILocator section) =>
        [.. (await section.Locator("tbody tr").AllInnerTextsAsync()).Select(t => string.Join(" | ", t.Split('\t', '\n').Select(c => c.Trim()).Where(c => c.Length > 0)))];

    [Fact]
    public async Task The_secretary_records_the_votes_and_on_a_tie_the_woman_and_the_collective_of_women_are_ranked_first_with_the_reason_shown()
    {
        App.Clock.Set(new DateTimeOffset(2026, 10, 5, 2, 0, 0, TimeSpan.Zero));
        var round = await CreateRoundAsync(App, "Đợt Hội đồng xét tháng 10", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 30));
        await SubmitAsync(App, GiayKhen, "TH-DONGTIEN", round, (unit, _) =>
        [
            Nominee.Collective("Tổ an ninh trật tự thôn 3", unit.Name, 12, 0.25m, "Tố giác 3 vụ trộm cắp."),
            Nominee.Collective("Chi hội phụ nữ thôn 5", unit.Name, 20, 0.70m, "Vận động 40 hộ ký cam kết."),
            Nominee.Individual("Bùi Văn An", new DateOnly(1975, 1, 2), Sex.Male, "Tổ viên", unit.Name, NextCitizenId(), "Bắt giữ đối tượng cướp giật."),
            Nominee.Individual("Lê Thị Hoa", new DateOnly(1985, 9, 2), Sex.Female, "Chi hội trưởng", unit.Name, NextCitizenId(), "Hòa giải 5 vụ việc."),
        ]);
        var page = await browser.LoggedInPageAsync("hoidong.thanhhoa", 1400, 900);

        await page.GotoAsync($"{browser.BaseUrl}/hoi-dong");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đợt Hội đồng xét tháng 10" }).ClickAsync();
        var collectives = page.Locator("section.council-list").Filter(new() { Has = page.Locator("h2", new() { HasText = "— tập thể (2)" }) });
        var people = page.Locator("section.council-list").Filter(new() { Has = page.Locator("h2", new() { HasText = "— cá nhân (2)" }) });
        Assert.Contains("Khi bằng phiếu: ưu tiên tập thể có tỷ lệ nữ từ 70% trở lên", await collectives.InnerTextAsync());
        Assert.Contains("Khi bằng phiếu: ưu tiên cá nhân nữ", await people.InnerTextAsync());
        // A collective of exactly 70 % women is preferred; one of 25 % is not.
        Assert.Contains("Tập thể có 70% nữ (từ 70% trở lên)", await collectives.Locator("tr", new() { HasText = "Chi hội phụ nữ thôn 5" }).InnerTextAsync());
        Assert.Contains("—", await collectives.Locator("tr", new() { HasText = "Tổ an ninh trật tự thôn 3" }).Locator("td.preference").InnerTextAsync());

        // Equal votes for the collectives and for the people: the preference decides.
        await page.GetByLabel("Số phiếu của Tổ an ninh trật tự thôn 3").FillAsync("7");
        await page.GetByLabel("Số phiếu của Chi hội phụ nữ thôn 5").FillAsync("7");
        await page.GetByLabel("Số phiếu của Bùi Văn An").FillAsync("6");
        await page.GetByLabel("Số phiếu của Lê Thị Hoa").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi kết quả họp Hội đồng" }).ClickAsync();

        await page.Locator(".notice", new() { HasText = "Đã ghi kết quả họp Hội đồng; danh sách đã xếp lại theo số phiếu." }).WaitForAsync();
        var ranked = await RowsAsync(collectives);
        Assert.StartsWith("1 | Chi hội phụ nữ thôn 5", ranked[0], StringComparison.Ordinal);
        Assert.Contains("Xếp trên người bằng phiếu nhờ ưu tiên", ranked[0], StringComparison.Ordinal);
        Assert.StartsWith("2 | Tổ an ninh trật tự thôn 3", ranked[1], StringComparison.Ordinal);
        Assert.Contains("Bằng phiếu", ranked[1], StringComparison.Ordinal);
        Assert.Equal("7", await page.GetByLabel("Số phiếu của Chi hội phụ nữ thôn 5").InputValueAsync());
        var persons = await RowsAsync(people);
        Assert.StartsWith("1 | Lê Thị Hoa", persons[0], StringComparison.Ordinal);
        Assert.Contains("Nữ", persons[0], StringComparison.Ordinal);
        Assert.Contains("Xếp trên người bằng phiếu nhờ ưu tiên", persons[0], StringComparison.Ordinal);
        Assert.StartsWith("2 | Bùi Văn An", persons[1], StringComparison.Ordinal);
        // The vote fields are named for screen readers, not printed beside the name again.
        Assert.False(await page.Locator("label[for^='votes-']").First.IsVisibleAsync() && (await page.Locator("label[for^='votes-']").First.BoundingBoxAsync())!.Width > 1);
        await BrowserApp.ScreenshotAsync(page, "20-council-ranking");
    }
}
