using Microsoft.Playwright;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>What a person does on the inbox and the task page, as Playwright steps.</summary>
public static class TaskPages
{
    /// <summary>Logs in, finds the dossier's step in the inbox and opens its task page; confirmations are accepted.</summary>
    public static async Task<IPage> OpenTaskAsync(BrowserApp browser, string userName, int nominationId, string stepName,
        int width = 1280, int height = 900, bool javaScript = true)
    {
        var page = await browser.LoggedInPageAsync(userName, width, height, javaScript);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync($"{browser.BaseUrl}/nhiem-vu?buoc={Uri.EscapeDataString(stepName)}");
        await RowOf(page, nominationId).GetByRole(AriaRole.Link, new() { Name = stepName }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/nhiem-vu/"));
        return page;
    }

    public static ILocator RowOf(IPage page, int nominationId) =>
        page.Locator("table.inbox tbody tr", new() { HasText = $"Hồ sơ số {nominationId}" });

    /// <summary>Clicks an outcome button and waits to be back in the inbox with the notice.</summary>
    public static async Task DecideAsync(IPage page, string button, string? comment = null)
    {
        if (comment is not null) await page.GetByLabel("Ý kiến, lý do").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/nhiem-vu", StringComparison.Ordinal));
        Assert.Contains("Đã ghi ý kiến", await page.InnerTextAsync("[role=status].notice"));
    }

    /// <summary>Opens the step, approves it and closes the browser context.</summary>
    public static async Task ApproveAsync(BrowserApp browser, string userName, int nominationId, string stepName)
    {
        var page = await OpenTaskAsync(browser, userName, nominationId, stepName);
        await DecideAsync(page, "Đồng ý");
        await page.Context.CloseAsync();
    }
}
