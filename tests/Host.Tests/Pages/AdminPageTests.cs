using Microsoft.Playwright;

namespace ToanDan.Awards.Host.Tests.Pages;

public class AdminPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    public static TheoryData<string> AdminPages => new()
    {
        "/quan-tri", "/quan-tri/don-vi", "/quan-tri/don-vi/1", "/quan-tri/tai-khoan", "/quan-tri/tai-khoan/tao-moi",
        "/quan-tri/loai-khen-thuong", "/quan-tri/loai-khen-thuong/1", "/quan-tri/loai-khen-thuong/tao-moi", "/quan-tri/dot-khen-thuong", "/quan-tri/lich-nghi",
        "/quan-tri/nhat-ky", "/quan-tri/quyet-dinh", "/quan-tri/giay-chung-nhan", "/quan-tri/co-quan-ban-hanh", "/quan-tri/sao-luu", "/quan-tri/lich-su-khen-thuong",
        "/quan-tri/cot-bieu-mau",
    };

    [Fact]
    public async Task The_admin_adds_a_holiday_and_finds_it_in_the_audit_trail()
    {
        var page = await browser.LoggedInPageAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quản trị", Exact = true }).First.ClickAsync();
        // The document is enough: waiting for every subresource's "load" timed out once on a loaded machine.
        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator(".admin-areas").WaitForAsync();
        Assert.Equal(16, await page.Locator(".admin-areas .area").CountAsync());
        await BrowserApp.ScreenshotAsync(page, "10-admin-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Lịch nghỉ lễ" }).ClickAsync();
        await page.Locator("#Input_Date").FillAsync("20/11/2026");
        await page.Locator("#Input_Name").FillAsync("Ngày Nhà giáo Việt Nam (nghỉ thử)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào lịch" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("nam=2026"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("Đã thêm ngày 20/11/2026", await page.InnerTextAsync(".notice"));
        var row = page.Locator("table.list tr", new() { HasText = "20/11/2026" });
        Assert.Contains("Ngày Nhà giáo Việt Nam (nghỉ thử)", await row.InnerTextAsync());
        Assert.Contains("Thứ Sáu", await row.InnerTextAsync());

        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/nhat-ky");
        await page.GetByLabel("Người dùng").FillAsync("admin");
        await page.GetByLabel("Từ ngày").FillAsync("02/11/2026");
        await page.GetByLabel("Nội dung có chứa").FillAsync("Nhà giáo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("noiDung="), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var lines = page.Locator("table.audit tbody tr");
        Assert.Equal(1, await lines.CountAsync());
        Assert.Contains("Thêm ngày nghỉ", await lines.First.InnerTextAsync());
        Assert.Equal("02/11/2026", await page.GetByLabel("Từ ngày").InputValueAsync());

        await page.GetByLabel("Nội dung có chứa").FillAsync("");
        await page.GetByLabel("Thao tác").FillAsync("Login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("thaoTac=Login"));
        Assert.Contains("Đăng nhập", await page.Locator("table.audit tbody tr").First.InnerTextAsync());
        await BrowserApp.ScreenshotAsync(page, "11-audit");

        var phone = await browser.LoggedInPageAsync("admin", 390, 844);
        await phone.GotoAsync($"{browser.BaseUrl}/quan-tri/nhat-ky?nguoiDung=admin");
        await BrowserApp.ScreenshotAsync(phone, "12-audit-phone");
    }

    [Fact]
    public async Task Form_errors_are_shown_next_to_their_fields_in_vietnamese()
    {
        var page = await browser.LoggedInPageAsync("admin");
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/don-vi");

        await page.Locator("#Input_Code").FillAsync("TH");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();

        Assert.Equal("Đã có đơn vị mã TH.", (await page.Locator("[data-valmsg-for='Input.Code']").InnerTextAsync()).Trim());
        Assert.Equal("Hãy nhập tên đơn vị.", (await page.Locator("[data-valmsg-for='Input.Name']").InnerTextAsync()).Trim());
        Assert.Equal("Hãy chọn cấp của đơn vị.", (await page.Locator("[data-valmsg-for='Input.Level']").InnerTextAsync()).Trim());
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task A_person_who_is_not_an_administrator_is_shown_the_no_access_page(string path)
    {
        var page = await browser.LoggedInPageAsync("pv05.thanhhoa");

        var response = await page.GotoAsync($"{browser.BaseUrl}{path}");

        Assert.Contains("/khong-co-quyen", page.Url);
        Assert.Contains("Không có quyền truy cập", await page.InnerTextAsync("h1"));
        Assert.NotNull(response);
        await page.Context.CloseAsync();
    }
}
