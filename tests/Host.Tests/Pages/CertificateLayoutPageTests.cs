using Microsoft.Playwright;

namespace ToanDan.Awards.Host.Tests.Pages;

public class CertificateLayoutPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_administrator_saves_one_awards_form_that_fits_its_paper_and_can_restore_the_default()
    {
        var page = await browser.LoggedInPageAsync("admin");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mẫu in giấy chứng nhận" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/giay-chung-nhan");
        Assert.Contains("Giấy khen của Giám đốc Công an tỉnh: đang in theo mẫu mặc định", await page.InnerTextAsync("[data-layout-status]"));

        await page.GetByLabel("Loại khen thưởng", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Bằng khen của Chủ tịch UBND tỉnh" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Chọn", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("loai="));
        var bangKhen = page.Url;
        Assert.Contains("Bằng khen của Chủ tịch UBND tỉnh: đang in theo mẫu mặc định", await page.InnerTextAsync("[data-layout-status]"));
        var nameX = page.GetByLabel("Họ tên / tên tập thể: X");
        Assert.Equal("50", await nameX.InputValueAsync());
        Assert.Equal("TẶNG BẰNG KHEN", await page.GetByLabel("Tiêu đề", new() { Exact = true }).InputValueAsync());
        Assert.True(await page.GetByLabel("Tên cơ quan: có sẵn trên phôi, không in").IsCheckedAsync());

        await nameX.FillAsync("200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu mẫu" }).ClickAsync();

        Assert.Contains("Họ tên / tên tập thể: X + rộng = 397 mm, vượt mép phải của phôi (297 mm).", await page.InnerTextAsync(".alert-error"));
        Assert.Equal("200", await nameX.InputValueAsync());
        Assert.Contains("đang in theo mẫu mặc định", await page.InnerTextAsync("[data-layout-status]"));

        await nameX.FillAsync("50.5");
        await page.GetByLabel("Dòng thành tích: cỡ chữ").FillAsync("16");
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("BẰNG KHEN");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu mẫu" }).ClickAsync();

        await page.WaitForURLAsync(bangKhen);
        Assert.Contains("Đã lưu mẫu giấy chứng nhận của Bằng khen của Chủ tịch UBND tỉnh", await page.InnerTextAsync(".notice"));
        Assert.Matches(@"đã lưu lúc \d{2}:\d{2} \d{2}/\d{2}/\d{4} \(admin\)", await page.InnerTextAsync("[data-layout-status]"));
        Assert.Equal("50.5", await nameX.InputValueAsync());
        Assert.Equal("16", await page.GetByLabel("Dòng thành tích: cỡ chữ").InputValueAsync());
        Assert.Equal("BẰNG KHEN", await page.GetByLabel("Tiêu đề", new() { Exact = true }).InputValueAsync());
        await BrowserApp.ScreenshotAsync(page, "18b-certificate-layout");

        // The other awards' forms are as they were.
        foreach (var (award, x, paper) in new[] { ("Giấy khen của Giám đốc Công an tỉnh", "60", "Landscape"), ("Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"", "20", "Portrait") })
        {
            await page.GetByLabel("Loại khen thưởng", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = award });
            await page.GetByRole(AriaRole.Button, new() { Name = "Chọn", Exact = true }).ClickAsync();
            await page.WaitForFunctionAsync("t => document.querySelector('[data-layout-status]').innerText.startsWith(t)", award + ":");
            Assert.Contains("đang in theo mẫu mặc định", await page.InnerTextAsync("[data-layout-status]"));
            Assert.Equal(x, await nameX.InputValueAsync());
            Assert.Equal(paper, await page.GetByLabel("Khổ giấy của phôi").InputValueAsync());
        }

        await page.GotoAsync(bangKhen);
        await page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục mặc định" }).ClickAsync();

        await page.WaitForURLAsync(bangKhen);
        Assert.Contains("Đã bỏ mẫu đã lưu của Bằng khen của Chủ tịch UBND tỉnh", await page.InnerTextAsync(".notice"));
        Assert.Equal("50", await nameX.InputValueAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục mặc định" }).CountAsync());
    }
}
