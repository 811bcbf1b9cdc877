using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Tests.Documents;
using ToanDan.Awards.Host.Tests.Features.Decisions;

namespace ToanDan.Awards.Host.Tests.Pages;

public class SignedCopyPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Pv05_uploads_the_signed_decision_and_every_reader_sees_its_verification_and_downloads_it()
    {
        var id = await SignedCopyTests.DecidedAsync(browser.App);
        using var certificate = TestPdfs.Certificate();
        var signed = TestPdfs.Sign(TestPdfs.Unsigned(), certificate, new DateTimeOffset(2026, 11, 2, 1, 15, 0, TimeSpan.Zero));

        var pv05 = await browser.LoggedInPageAsync("pv05.thanhhoa");
        await pv05.GotoAsync($"{browser.BaseUrl}/quyet-dinh/{id}");
        var section = pv05.Locator("#ban-da-ky");
        Assert.Contains("Chưa có bản đã ký", await section.InnerTextAsync());
        Assert.Equal(0, await pv05.GetByRole(AriaRole.Link, new() { Name = "Bản đã ký (chính thức)" }).CountAsync());

        // A copy changed after signing: refused on the page, in Vietnamese, and nothing is shown as official.
        await pv05.Locator("#signed-copy").SetInputFilesAsync(new FilePayload
        {
            Name = "qd-da-sua.pdf", MimeType = "application/pdf", Buffer = TestPdfs.Tampered(signed),
        });
        await section.GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();
        await pv05.WaitForLoadStateAsync();
        Assert.Contains("Chữ ký số KHÔNG hợp lệ: tài liệu đã bị sửa sau khi ký.", await pv05.InnerTextAsync("#signed-copy-error"));
        Assert.Contains("Chưa có bản đã ký", await pv05.InnerTextAsync("#ban-da-ky"));

        await pv05.Locator("#signed-copy").SetInputFilesAsync(new FilePayload { Name = "QĐ đã ký.pdf", MimeType = "application/pdf", Buffer = signed });
        await pv05.Locator("#ban-da-ky").GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();
        await pv05.WaitForURLAsync(new Regex($"/quyet-dinh/{id}#ban-da-ky$"));
        Assert.Equal(
            "Chữ ký số hợp lệ của Nguyễn Văn Giám (Công an tỉnh Thanh Hóa) lúc 02/11/2026 08:15; tài liệu không bị thay đổi sau khi ký.",
            (await pv05.InnerTextAsync("[data-verification]")).Trim());
        Assert.Contains("chưa xác minh được tổ chức cấp", await pv05.InnerTextAsync("[data-trust-note]"));
        Assert.Contains("Đã lưu bản đã ký 'QĐ đã ký.pdf'", await pv05.InnerTextAsync(".notice"));
        await BrowserApp.ScreenshotAsync(pv05, "09-decision-signed-copy");
        await pv05.Context.CloseAsync();

        var clerk = await browser.LoggedInPageAsync("thidua.dongtien");
        await clerk.GotoAsync($"{browser.BaseUrl}/quyet-dinh/{id}");
        Assert.StartsWith("Chữ ký số hợp lệ của Nguyễn Văn Giám", (await clerk.InnerTextAsync("[data-verification]")).Trim());
        Assert.Equal(0, await clerk.Locator("#signed-copy").CountAsync());
        var download = await clerk.RunAndWaitForDownloadAsync(() =>
            clerk.GetByRole(AriaRole.Link, new() { Name = "Bản đã ký (chính thức)" }).ClickAsync());
        Assert.Equal("QĐ đã ký.pdf", download.SuggestedFilename);
        Assert.Equal(signed, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    [Fact]
    public async Task A_scan_is_shown_as_a_scan_without_digital_signature()
    {
        var id = await SignedCopyTests.DecidedAsync(browser.App);

        var admin = await browser.LoggedInPageAsync("admin");
        await admin.GotoAsync($"{browser.BaseUrl}/quyet-dinh/{id}");
        await admin.Locator("#signed-copy").SetInputFilesAsync(new FilePayload { Name = "ban-quet.pdf", MimeType = "application/pdf", Buffer = TestPdfs.Unsigned() });
        await admin.Locator("#ban-da-ky").GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();
        await admin.WaitForURLAsync(new Regex($"/quyet-dinh/{id}#ban-da-ky$"));

        Assert.Equal("Bản quét, không có chữ ký số.", (await admin.InnerTextAsync("[data-verification]")).Trim());
        Assert.Contains("Tải lên bản đã ký khác", await admin.InnerTextAsync("#ban-da-ky"));
    }
}
