using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>The demo's medal dossiers against the seeded criteria of Thông tư 20/2025/TT-BCA.</summary>
public class EligibilityPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private Task<int> DossierOfAsync(string nominee) => browser.App.WithScopeAsync(services =>
        services.GetRequiredService<AwardsDbContext>().Nominees.Where(n => n.Name == nominee).Select(n => n.NominationId).SingleAsync());

    [Fact]
    public async Task The_dossier_page_shows_each_criterion_with_the_figures_used_and_the_task_page_confirms_one_with_a_reason()
    {
        var id = await DossierOfAsync("Lê Văn Thành");
        var page = await browser.LoggedInPageAsync("congan.samson");
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/{id}");

        var section = page.Locator("#tieu-chuan");
        var text = await section.InnerTextAsync();
        Assert.Contains("Xét tiêu chuẩn", text);
        // 2010-03-01 → 2014-03-01 on the border, declared double; then Sầm Sơn to the day of submission (02/11/2026).
        Assert.Contains("16 năm 8 tháng 1 ngày, trong đó 4 năm ở vùng đặc biệt khó khăn, biên giới, hải đảo (đơn vị kê khai) tính gấp đôi → 20 năm 8 tháng 1 ngày ≥ 15 năm", text);
        Assert.Contains("Thông tư 20/2025/TT-BCA", text);
        var postponed = section.Locator("tr[data-outcome='postponed']");
        Assert.Contains("Đang bị thanh tra, kiểm tra", await postponed.InnerTextAsync());
        await BrowserApp.ScreenshotAsync(page, "eligibility-dossier");

        var task = await browser.App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().WorkItems
            .Where(w => w.NominationId == id && w.ClosedAt == null).Select(w => w.Id).SingleAsync());
        await page.GotoAsync($"{browser.BaseUrl}/nhiem-vu/{task}");
        var form = page.Locator("#tieu-chuan form.confirm").First;
        await form.Locator("input[name='reason']").FillAsync("Đã xem bản nhận xét của Công an xã ngày 15/10/2026.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await page.WaitForURLAsync("**#tieu-chuan");

        Assert.Contains("Đã xác nhận tiêu chuẩn.", await page.InnerTextAsync("[role=status]"));
        Assert.Contains("Xác nhận bởi congan.samson: Đã xem bản nhận xét của Công an xã ngày 15/10/2026.", await page.Locator("#tieu-chuan").InnerTextAsync());
    }

    [Fact]
    public async Task A_draft_whose_nominee_falls_short_shows_the_failed_criterion_before_it_is_sent()
    {
        var id = await DossierOfAsync("Cao Văn Tám");
        var page = await browser.LoggedInPageAsync("thidua.hoanghoa");
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/{id}");

        var failed = page.Locator("#tieu-chuan tr[data-outcome='failed']");
        Assert.Contains("12 năm 8 tháng 1 ngày < 15 năm (mức của nam", await failed.InnerTextAsync());
        Assert.Equal(0, await page.Locator("#tieu-chuan form.confirm").CountAsync());
    }

    [Fact]
    public async Task A_clerk_types_service_periods_and_an_honour_on_the_form_and_the_dossier_page_counts_them()
    {
        var page = await browser.LoggedInPageAsync("thidua.samson");
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/tao-moi");
        await page.Locator("input[name='Input.AwardTypeCode'][value='KNC-BVANTQ']").CheckAsync();
        await page.GetByLabel("Số tờ trình").FillAsync("40/TTr-UBND");
        await page.GetByLabel("Ngày tờ trình").FillAsync("02/11/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm cá nhân" }).ClickAsync();
        await page.Locator("#nguoi-0").WaitForAsync();
        await page.Locator("#Input_Nominees_0__Name").FillAsync("Đỗ Văn Biên");
        await page.Locator("#Input_Nominees_0__DateOfBirth").FillAsync("12/04/1975");
        await page.Locator("#Input_Nominees_0__Sex").SelectOptionAsync("male");
        await page.Locator("#Input_Nominees_0__Group").FillAsync("to-bao-ve-antt");
        await page.Locator("#Input_Nominees_0__Achievements").FillAsync("Mười sáu năm tham gia tổ bảo vệ an ninh, trật tự ở cơ sở.");

        // Each row is added by posting the form: what was typed stays.
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm giai đoạn" }).ClickAsync();
        await page.Locator("#Input_Nominees_0__ServicePeriods_0__From").WaitForAsync();
        Assert.Equal("Đỗ Văn Biên", await page.Locator("#Input_Nominees_0__Name").InputValueAsync());
        await page.Locator("#Input_Nominees_0__ServicePeriods_0__From").FillAsync("01/03/2006");
        await page.Locator("#Input_Nominees_0__ServicePeriods_0__To").FillAsync("01/03/2010");
        await page.Locator("#Input_Nominees_0__ServicePeriods_0__Place").FillAsync("Xã Mường Lý, xã biên giới");
        await page.Locator("#Input_Nominees_0__ServicePeriods_0__CountsDouble").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm giai đoạn" }).ClickAsync();
        await page.Locator("#Input_Nominees_0__ServicePeriods_1__From").WaitForAsync();
        Assert.Equal("Xã Mường Lý, xã biên giới", await page.Locator("#Input_Nominees_0__ServicePeriods_0__Place").InputValueAsync());
        Assert.True(await page.Locator("#Input_Nominees_0__ServicePeriods_0__CountsDouble").IsCheckedAsync());
        // A typing slip: the second period ends before it starts.
        await page.Locator("#Input_Nominees_0__ServicePeriods_1__From").FillAsync("01/03/2010");
        await page.Locator("#Input_Nominees_0__ServicePeriods_1__To").FillAsync("01/03/2002");
        await page.Locator("#Input_Nominees_0__ServicePeriods_1__Place").FillAsync("Phường Sầm Sơn");
        // A third row typed by mistake is removed again.
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm giai đoạn" }).ClickAsync();
        await page.Locator("#Input_Nominees_0__ServicePeriods_2__From").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xóa giai đoạn công tác 3 của người thứ 1" }).ClickAsync();
        await page.Locator("#Input_Nominees_0__ServicePeriods_2__From").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm khen thưởng" }).ClickAsync();
        await page.Locator("#Input_Nominees_0__HonoursHeld_0__Name").WaitForAsync();
        await page.Locator("#Input_Nominees_0__HonoursHeld_0__Name").FillAsync("Giấy khen của Giám đốc Công an tỉnh");
        await page.Locator("#Input_Nominees_0__HonoursHeld_0__Year").FillAsync("2021");
        await page.Locator("#Input_Nominees_0__HonoursHeld_0__AdHoc").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        Assert.Contains("Mỗi giai đoạn công tác phải kết thúc sau ngày bắt đầu.", await page.Locator("#nguoi-0-cong-tac").InnerTextAsync());
        Assert.Equal("Phường Sầm Sơn", await page.Locator("#Input_Nominees_0__ServicePeriods_1__Place").InputValueAsync());
        await BrowserApp.ScreenshotAsync(page, "eligibility-form");
        await page.Locator("#Input_Nominees_0__ServicePeriods_1__To").FillAsync("01/03/2022");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/ho-so/\d+$"));
        var text = await page.Locator("#tieu-chuan").InnerTextAsync();
        Assert.Contains("16 năm, trong đó 4 năm ở vùng đặc biệt khó khăn, biên giới, hải đảo (đơn vị kê khai) tính gấp đôi → 20 năm ≥ 15 năm", text);

        // Editing shows the rows again as typed, dates dd/MM/yyyy.
        await page.GotoAsync(page.Url + "/sua");
        Assert.Equal("01/03/2006", await page.Locator("#Input_Nominees_0__ServicePeriods_0__From").InputValueAsync());
        Assert.Equal("01/03/2022", await page.Locator("#Input_Nominees_0__ServicePeriods_1__To").InputValueAsync());
        Assert.False(await page.Locator("#Input_Nominees_0__ServicePeriods_1__CountsDouble").IsCheckedAsync());
        Assert.Equal("Giấy khen của Giám đốc Công an tỉnh", await page.Locator("#Input_Nominees_0__HonoursHeld_0__Name").InputValueAsync());
        Assert.Equal("2021", await page.Locator("#Input_Nominees_0__HonoursHeld_0__Year").InputValueAsync());
        Assert.True(await page.Locator("#Input_Nominees_0__HonoursHeld_0__AdHoc").IsCheckedAsync());
    }
}
