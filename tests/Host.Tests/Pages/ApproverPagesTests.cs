using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.Pages.TaskPages;

namespace ToanDan.Awards.Host.Tests.Pages;

public class ApproverPagesTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string CommuneReview = "Công an xã thẩm định";
    private const string Pv05Review = "Phòng PV05 thẩm định hồ sơ";

    [Fact]
    public async Task A_dossier_is_returned_resubmitted_screened_and_signed_off_through_the_pages_until_its_decision_is_listed()
    {
        var round = await TestRounds.NewAsync(browser.App, GiayKhen);
        var id = await SubmitAsync(browser.App, GiayKhen, withCollective: false, roundId: round);

        var commune = await OpenTaskAsync(browser, "congan.dongtien", id, CommuneReview);
        Assert.Contains("Nguyễn Văn Hùng", await commune.InnerTextAsync("main"));
        await DecideAsync(commune, "Đồng ý");
        await commune.Context.CloseAsync();

        var pv05 = await OpenTaskAsync(browser, "pv05.thanhhoa", id, Pv05Review);
        await pv05.GetByRole(AriaRole.Button, new() { Name = "Trả lại cho đơn vị", Exact = true }).ClickAsync();
        Assert.Contains($"/nhiem-vu/", pv05.Url);
        Assert.NotEmpty(await pv05.EvalOnSelectorAsync<string>("[name=Comment]", "c => c.validationMessage"));
        await DecideAsync(pv05, "Trả lại cho đơn vị", "Bổ sung báo cáo thành tích có xác nhận của Công an xã.");
        await pv05.Context.CloseAsync();

        var clerk = await browser.LoggedInPageAsync("thidua.dongtien");
        clerk.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await clerk.GotoAsync($"{browser.BaseUrl}/nhiem-vu");
        await RowOf(clerk, id).GetByRole(AriaRole.Link, new() { Name = "Đơn vị bổ sung, hoàn thiện hồ sơ" }).ClickAsync();
        Assert.Contains("Bổ sung báo cáo thành tích có xác nhận của Công an xã.", await clerk.InnerTextAsync("[role=alert]"));
        Assert.Equal(["Nộp lại", "Rút hồ sơ"], await clerk.Locator("button[name=Outcome]").AllInnerTextsAsync());
        await DecideAsync(clerk, "Nộp lại");
        await clerk.Context.CloseAsync();

        await ApproveAsync(browser, "congan.dongtien", id, CommuneReview);
        await ApproveAsync(browser, "pv05.thanhhoa", id, Pv05Review);

        var council = await OpenTaskAsync(browser, "hoidong.thanhhoa", id, "Hội đồng TĐKT biểu quyết");
        var hoa = council.Locator(".screen-item", new() { HasText = "Lê Thị Hoa" });
        await hoa.GetByRole(AriaRole.Checkbox, new() { Name = "Lê Thị Hoa" }).UncheckAsync();
        await hoa.GetByPlaceholder("Lý do không đề nghị").FillAsync("Thành tích chưa tiêu biểu so với mặt bằng chung.");
        await DecideAsync(council, "Đồng ý");
        await council.Context.CloseAsync();

        await ApproveAsync(browser, "pv05.thanhhoa", id, "Công khai danh sách đề nghị");
        Assert.Equal(NominationStatus.AwaitingDecision, (await NominationAsync(browser.App, id)).Status);
        await TestRounds.DecideAsync(browser.App, round);

        var decision = await DecisionOfAsync(browser.App, id);
        Assert.NotNull(decision);
        var reader = await browser.LoggedInPageAsync("thidua.dongtien");
        await reader.GotoAsync($"{browser.BaseUrl}/quyet-dinh");
        await reader.GetByRole(AriaRole.Link, new() { Name = decision.FullNumber, Exact = true }).ClickAsync();
        await reader.WaitForURLAsync($"{browser.BaseUrl}/quyet-dinh/{decision.Id}");
        var document = await reader.InnerTextAsync("article.document");
        Assert.Contains($"Số: {decision.FullNumber}", document);
        Assert.Contains("CÔNG AN TỈNH THANH HÓA", document);
        Assert.Contains("GIÁM ĐỐC CÔNG AN TỈNH THANH HÓA", document);
        Assert.Matches(@"Thanh Hóa, ngày \d{2} tháng \d{1,2} năm 2026", document);
        Assert.Contains("Nguyễn Văn Hùng", document);
        Assert.DoesNotContain("Lê Thị Hoa", document);
        await BrowserApp.ScreenshotAsync(reader, "09-decision");
    }

    [Fact]
    public async Task A_return_by_home_affairs_goes_back_to_pv05_whose_task_page_names_the_level_and_its_reason()
    {
        const string reason = "Thiếu xác nhận của Công an tỉnh về thành tích của cá nhân.";
        var id = await SubmitInRoundAsync(browser.App, BangKhen);
        await CompleteAsync(browser.App, "congan.dongtien", id, "Task_CommuneReview");
        await CompleteAsync(browser.App, "pv05.thanhhoa", id, "Task_PV05Review");
        await CompleteAsync(browser.App, "pv05.thanhhoa", id, "Task_PublicDisclosure");
        await CompleteAsync(browser.App, "hoidong.thanhhoa", id, "Task_CouncilVote");
        await CompleteAsync(browser.App, "giamdoc.thanhhoa", id, "Task_DirectorPropose");

        var homeAffairs = await OpenTaskAsync(browser, "noivu.thanhhoa", id, "Ban TĐKT Sở Nội vụ thẩm định");
        Assert.Equal(["Đồng ý", "Trả lại Phòng PV05", "Không đồng ý"], await homeAffairs.Locator("button[name=Outcome]").AllInnerTextsAsync());
        await DecideAsync(homeAffairs, "Trả lại Phòng PV05", reason);
        await homeAffairs.Context.CloseAsync();

        Assert.Equal(NominationStatus.InReview, (await NominationAsync(browser.App, id)).Status);
        var pv05 = await OpenTaskAsync(browser, "pv05.thanhhoa", id, Pv05Review);
        var banner = await pv05.InnerTextAsync(".returned-from");
        Assert.Contains("Hồ sơ được Ban Thi đua – Khen thưởng, Sở Nội vụ (Tỉnh Thanh Hóa) trả lại", banner);
        Assert.Contains("Ban TĐKT Sở Nội vụ thẩm định", banner);
        Assert.Contains($"Lý do: “{reason}”", banner);
        // PV05 mends it or sends it on to the unit: from here a return goes to the unit.
        Assert.Equal(1, await pv05.GetByRole(AriaRole.Button, new() { Name = "Trả lại cho đơn vị", Exact = true }).CountAsync());
        await BrowserApp.ScreenshotAsync(pv05, "07b-task-returned-by-home-affairs");
        await pv05.Context.CloseAsync();

        // A step nobody returned shows no banner.
        var fresh = await SubmitInRoundAsync(browser.App, BangKhen);
        await CompleteAsync(browser.App, "congan.dongtien", fresh, "Task_CommuneReview");
        var plain = await OpenTaskAsync(browser, "pv05.thanhhoa", fresh, Pv05Review);
        Assert.Equal(0, await plain.Locator(".returned-from").CountAsync());
    }

    [Fact]
    public async Task Returning_without_a_reason_is_refused_by_the_server_next_to_the_field()
    {
        var id = await SubmitInRoundAsync(browser.App, GiayKhen);
        await CompleteAsync(browser.App, "congan.dongtien", id, "Task_CommuneReview");

        var page = await OpenTaskAsync(browser, "pv05.thanhhoa", id, Pv05Review, javaScript: false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Trả lại cho đơn vị", Exact = true }).ClickAsync();

        Assert.Contains("Khi trả lại hồ sơ, cần ghi rõ lý do", await page.InnerTextAsync("#Comment-error"));
        Assert.NotNull(await FindTaskAsync(browser.App, "pv05.thanhhoa", id, "Task_PV05Review"));
    }

    [Fact]
    public async Task A_second_approver_on_a_step_just_completed_is_told_who_handled_it()
    {
        await AddAccountAsync("congan2.dongtien", "Đại úy Trần Văn Bảo (Công an xã Đông Tiến)", Roles.CommunePolice, "TH-DONGTIEN");
        var id = await SubmitInRoundAsync(browser.App, GiayKhen);

        var late = await OpenTaskAsync(browser, "congan2.dongtien", id, CommuneReview);
        await ApproveAsync(browser, "congan.dongtien", id, CommuneReview);
        await late.GetByRole(AriaRole.Button, new() { Name = "Đồng ý", Exact = true }).ClickAsync();

        var message = await late.InnerTextAsync("[role=alert]");
        Assert.Contains("Bước này đã được Thiếu tá Lê Văn Tuấn (Công an xã Đông Tiến) xử lý lúc", message);
        Assert.Contains("Đồng ý", message);
        Assert.Equal(0, await late.Locator("button[name=Outcome]").CountAsync());

        await late.ReloadAsync();
        Assert.Contains("Bước này đã được", await late.InnerTextAsync("[role=alert]"));
        Assert.Equal(0, await late.Locator("button[name=Outcome]").CountAsync());
    }

    [Fact]
    public async Task The_inbox_shows_waiting_time_and_working_day_deadlines_and_filters_by_award()
    {
        var started = browser.App.Clock.GetUtcNow();
        try
        {
            var oldest = await AtPv05Async(GiayKhen, "TH-DONGTIEN", "congan.dongtien");
            browser.App.Clock.Advance(TimeSpan.FromDays(8));
            var bangKhen = await AtPv05Async(BangKhen, "TH-HACTHANH", "congan.hacthanh");
            browser.App.Clock.Advance(TimeSpan.FromDays(4));
            await AtPv05Async(GiayKhen, "TH-SAMSON", "congan.samson");
            browser.App.Clock.Advance(TimeSpan.FromDays(5));

            var page = await browser.LoggedInPageAsync("pv05.thanhhoa");
            await page.GotoAsync($"{browser.BaseUrl}/nhiem-vu?sapXep=han");
            var late = await RowOf(page, oldest).InnerTextAsync();
            Assert.Contains("đã chờ 17 ngày", late);
            Assert.Matches(@"quá hạn \d+ ngày làm việc", await RowOf(page, oldest).Locator(".due-late").InnerTextAsync());
            Assert.Matches(@"còn \d+ ngày làm việc", await RowOf(page, bangKhen).InnerTextAsync());
            await BrowserApp.ScreenshotAsync(page, "06-inbox");

            await page.GetByLabel("Hình thức khen thưởng").SelectOptionAsync(new SelectOptionValue { Value = BangKhen });
            await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("loai=" + BangKhen));
            Assert.Equal(1, await RowOf(page, bangKhen).CountAsync());
            Assert.Equal(0, await RowOf(page, oldest).CountAsync());
        }
        finally
        {
            browser.App.Clock.Set(started);
        }
    }

    [Fact]
    public async Task The_task_page_shows_where_the_dossier_stands_on_a_desktop_and_on_a_phone()
    {
        var id = await SubmitInRoundAsync(browser.App, GiayKhen);
        await CompleteAsync(browser.App, "congan.dongtien", id, "Task_CommuneReview", comment: "Hồ sơ đầy đủ, thành tích được xác nhận.");

        browser.App.Clock.Advance(TimeSpan.FromDays(3));
        var desktop = await OpenTaskAsync(browser, "pv05.thanhhoa", id, Pv05Review);
        await desktop.WaitForSelectorAsync(".diagram[data-ready=true]");
        Assert.Equal(1, await desktop.Locator(".djs-element.current").CountAsync());
        Assert.True(await desktop.Locator(".djs-element.done").CountAsync() >= 1);
        await BrowserApp.ScreenshotAsync(desktop, "07-task-with-diagram");

        var phone = await OpenTaskAsync(browser, "pv05.thanhhoa", id, Pv05Review, width: 390, height: 844);
        await phone.WaitForSelectorAsync(".diagram[data-ready=true]");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
        await BrowserApp.ScreenshotAsync(phone, "08-task-phone");
        await phone.Locator("form.decision").ScrollIntoViewIfNeededAsync();
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "08-task-phone-decision.png") });
        browser.App.Clock.Advance(TimeSpan.FromDays(-3));
    }

    private async Task<int> AtPv05Async(string awardType, string unitCode, string communePolice)
    {
        var id = await SubmitInRoundAsync(browser.App, awardType, unitCode);
        await CompleteAsync(browser.App, communePolice, id, "Task_CommuneReview");
        return id;
    }

    private Task<bool> AddAccountAsync(string userName, string fullName, string role, string unitCode) =>
        browser.App.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(userName) is not null) return false;
            var unit = await services.GetRequiredService<AwardsDbContext>().Units.SingleAsync(u => u.Code == unitCode);
            var user = new AppUser { UserName = userName, FullName = fullName, UnitId = unit.Id, Email = $"{userName}@toandan.local", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return true;
        });
}
