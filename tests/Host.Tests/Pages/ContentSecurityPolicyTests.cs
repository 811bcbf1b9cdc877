using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>
/// The pages and the designer run under the Content-Security-Policy (no inline script or style, nothing from elsewhere):
/// every violation the browser reports, as an event or on the console, fails the test with what was blocked.
/// </summary>
public class ContentSecurityPolicyTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string ListenForViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    [Fact]
    public async Task The_public_and_login_pages_run_under_the_policy()
    {
        var page = await WatchedAsync(await browser.NewPageAsync());

        await VisitAsync(page, "/dang-nhap");
        await VisitAsync(page, "/cong-khai");

        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_clerks_pages_run_under_the_policy()
    {
        var id = await SubmitAsync(browser.App);
        var page = await WatchedAsync(await browser.LoggedInPageAsync("thidua.dongtien"));

        foreach (var path in new[] { "/", "/ho-so", "/ho-so/tao-moi", $"/ho-so/{id}", "/quyet-dinh", "/thong-ke", "/tra-cuu", "/tai-khoan", "/doi-mat-khau" })
            await VisitAsync(page, path);
        // The form's own script at work: choosing an award type shows its parts.
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/tao-moi");
        await page.Locator("input[name='Input.AwardTypeCode'][value='GK-GDCAT']").CheckAsync();

        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task An_approvers_task_page_with_its_diagram_runs_under_the_policy()
    {
        var id = await SubmitAsync(browser.App);
        var tasks = await InboxAsync(await browser.App.ClientForAsync("congan.dongtien"));
        var task = tasks.First(t => t.GetProperty("nominationId").GetInt32() == id).GetProperty("id").GetGuid();
        var page = await WatchedAsync(await browser.LoggedInPageAsync("congan.dongtien"));

        await VisitAsync(page, "/nhiem-vu");
        await VisitAsync(page, $"/nhiem-vu/{task}");
        await page.Locator(".djs-container svg").First.WaitForAsync();

        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_administrators_pages_and_the_designer_run_under_the_policy()
    {
        var admin = await browser.App.ClientForAsync("admin");
        var decisions = await admin.GetFromJsonAsync<JsonElement>("/api/decisions");
        var decision = decisions.EnumerateArray().First().GetProperty("id").GetInt32();
        var page = await WatchedAsync(await browser.LoggedInPageAsync("admin", 1600, 1000));

        foreach (var path in new[] { "/quan-tri", "/quan-tri/quy-trinh", $"/quyet-dinh/{decision}", "/dot-khen-thuong", "/thong-ke" })
            await VisitAsync(page, path);
        await VisitAsync(page, "/quan-tri/quy-trinh/giay-khen-cat/so-sanh?tu=1&den=1");
        await VisitAsync(page, "/quan-tri/quy-trinh/giay-khen-cat/1/nhiet");

        // The modeler on a new draft: select a step so the panel renders, then change its name (an autosave).
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/quy-trinh");
        await page.Locator("section[data-workflow='giay-khen-cat'] tr[data-version='1']")
            .GetByRole(AriaRole.Button, new() { Name = "Tạo bản nháp từ v1" }).ClickAsync();
        await page.Locator("[data-designer][data-ready='true']").WaitForAsync();
        await page.Locator("g.djs-element.djs-shape[data-element-id^='Task_']").First.ClickAsync();
        await page.Locator("[data-panel] input[name=name]").WaitForAsync();
        await page.Keyboard.PressAsync("Control+z");

        await AssertNoViolationsAsync(page);
    }

    private async Task<IPage> WatchedAsync(IPage page)
    {
        await page.AddInitScriptAsync(ListenForViolations);
        var console = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (console) console.Add(m.Text);
        };
        _console[page] = console;
        return page;
    }

    private readonly Dictionary<IPage, List<string>> _console = [];
    private readonly List<string> _violations = [];

    private async Task VisitAsync(IPage page, string path)
    {
        var response = await page.GotoAsync($"{browser.BaseUrl}{path}");
        Assert.True(response?.Ok, $"{path} answered {response?.Status}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        _violations.AddRange(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
    }

    private async Task AssertNoViolationsAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        _violations.AddRange(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
        var console = _console[page];
        lock (console) _violations.AddRange(console);
        Assert.True(_violations.Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", _violations.Distinct()));
    }
}
