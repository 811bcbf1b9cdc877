using Microsoft.Playwright;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>What the browser tests do on the dossier page (/ho-so/{id}) more than once.</summary>
internal static class DossierPages
{
    /// <summary>Uploads a small PDF for each part the upload still offers as missing, one after the other, as a clerk would.</summary>
    public static async Task AttachMissingPartsAsync(IPage page)
    {
        var missing = page.Locator("#part option", new() { HasText = "(còn thiếu)" });
        while (await missing.CountAsync() > 0)
        {
            var option = missing.First;
            var fileName = (await option.InnerTextAsync()).Replace(" (còn thiếu)", "", StringComparison.Ordinal).Trim() + ".pdf";
            await page.Locator("#part").SelectOptionAsync(await option.GetAttributeAsync("value") ?? "");
            await page.GetByLabel("Tệp (PDF").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = RequiredFiles.Pdf });
            await page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm", Exact = true }).ClickAsync();
            await page.Locator(".checklist a", new() { HasText = fileName }).First.WaitForAsync();
        }
    }
}
