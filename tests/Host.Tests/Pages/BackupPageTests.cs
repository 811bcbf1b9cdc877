using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;

namespace ToanDan.Awards.Host.Tests.Pages;

public class BackupPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_admin_backs_up_from_the_admin_area_and_downloads_the_zip()
    {
        var page = await browser.LoggedInPageAsync("admin");
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Link, new() { Name = "Sao lưu dữ liệu" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/sao-luu", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("0 bản sao lưu", await page.InnerTextAsync("main"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sao lưu ngay" }).ClickAsync();

        await page.Locator(".notice").WaitForAsync();
        Assert.Matches(@"Đã sao lưu vào tệp toandan-\d{8}-\d{6}-[0-9a-f]{6}\.zip: \d+ hồ sơ, \d+ quyết định, \d+ tệp đính kèm\.", await page.InnerTextAsync(".notice"));
        var row = page.Locator("table.backups tbody tr");
        Assert.Equal(1, await row.CountAsync());
        // The demo clock of the tests stands at 02/11/2026 09:00 in Vietnam.
        Assert.Contains("09:00 02/11/2026", await row.InnerTextAsync());
        await BrowserApp.ScreenshotAsync(page, "40-backup");

        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "Tải về" }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), "toandan-tests", $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(file);
        using (var zip = ZipFile.OpenRead(file))
        {
            Assert.NotNull(zip.GetEntry("awards.db"));
            using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
            Assert.True(manifest.RootElement.GetProperty("counts").GetProperty("dossiers").GetInt32() > 0);
            Assert.Equal(zip.Entries.Count - 1, manifest.RootElement.GetProperty("files").GetArrayLength());
        }
        File.Delete(file);

        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/nhat-ky?thaoTac=Backup");
        var lines = await page.Locator("table.audit tbody").InnerTextAsync();
        Assert.Contains("Sao lưu dữ liệu", lines);
        Assert.Contains("Tải bản sao lưu về máy", lines);
    }
}
