using System.Collections.Concurrent;
using System.Net;
using Microsoft.Playwright;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>The interactive API reference at /api/docs: for administrators, served entirely by the application.</summary>
public class ApiReferencePageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_administrator_reads_the_api_reference_with_nothing_fetched_from_outside()
    {
        var page = await browser.LoggedInPageAsync("admin");
        var outside = new ConcurrentBag<string>();
        var failed = new ConcurrentBag<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(browser.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                outside.Add(request.Url);
        };
        page.RequestFailed += (_, request) => failed.Add($"{request.Url}: {request.Failure}");
        var console = new ConcurrentBag<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");

        var response = await page.GotoAsync($"{browser.BaseUrl}/api/docs");

        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        // Scalar renders the first tags at once and the rest as they scroll into view; its sidebar names every tag.
        var operation = page.GetByText("/api/auth/login", new() { Exact = true }).First;
        try
        {
            await operation.WaitForAsync(new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            await BrowserApp.ScreenshotAsync(page, "40-api-reference-failed");
            Assert.Fail($"The reference did not render: {string.Join(" | ", console)} | failed: {string.Join(" | ", failed)}");
        }
        Assert.True(await page.GetByText("Nominations", new() { Exact = true }).First.IsVisibleAsync());
        Assert.Contains("API Khen thưởng phong trào Toàn dân BVANTQ", await page.TitleAsync());
        await BrowserApp.ScreenshotAsync(page, "40-api-reference");
        Assert.Empty(outside);
        Assert.Empty(failed);
        var script = await page.APIRequest.GetAsync($"{browser.BaseUrl}/api/docs/scalar.js");
        Assert.Equal((int)HttpStatusCode.OK, script.Status);
        Assert.Contains("javascript", script.Headers["content-type"], StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_is_refused_the_api_reference()
    {
        var page = await browser.LoggedInPageAsync("thidua.dongtien");

        var response = await page.GotoAsync($"{browser.BaseUrl}/api/docs");

        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        Assert.Contains("Không có quyền", await page.InnerTextAsync("h1"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page_and_back()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"{browser.BaseUrl}/api/docs");

        Assert.StartsWith($"{browser.BaseUrl}/dang-nhap", page.Url);
        Assert.Contains("ReturnUrl=%2Fapi%2Fdocs", page.Url);
        await page.Context.CloseAsync();
    }
}
