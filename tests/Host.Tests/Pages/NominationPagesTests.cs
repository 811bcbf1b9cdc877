using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Tests.Features.Nominations;

namespace ToanDan.Awards.Host.Tests.Pages;

public class NominationPagesTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Clerk = "thidua.dongtien";

    [Fact]
    public async Task A_clerk_creates_a_nomination_with_two_nominees_attaches_a_file_and_submits_it()
    {
        var page = await browser.LoggedInPageAsync(Clerk);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync($"{browser.BaseUrl}/ho-so");
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Lập hồ sơ" }).ClickAsync();
        await page.WaitForURLAsync("**/ho-so/tao-moi");

        await page.Locator("input[name='Input.AwardTypeCode'][value='GK-GDCAT']").CheckAsync();
        await page.GetByLabel("Số tờ trình").FillAsync("30/TTr-UBND");
        await page.GetByLabel("Ngày tờ trình").FillAsync("28/10/2026");
        await AddAsync(page, "+ Thêm tập thể");
        await page.Locator("#Input_Nominees_0__Name").FillAsync("Tổ an ninh trật tự thôn Đông Lăng");
        await page.Locator("#Input_Nominees_0__ParentUnitName").FillAsync("Xã Đông Tiến");
        await page.Locator("#Input_Nominees_0__MemberCount").FillAsync("14");
        await page.Locator("#Input_Nominees_0__WomenShare").FillAsync("30");
        await page.Locator("#Input_Nominees_0__Achievements").FillAsync("Tuần tra 365 đêm; phát hiện, tố giác 04 vụ trộm cắp tài sản.");
        await AddAsync(page, "+ Thêm cá nhân");
        Assert.Equal("Tổ an ninh trật tự thôn Đông Lăng", await page.Locator("#Input_Nominees_0__Name").InputValueAsync());
        await page.Locator("#Input_Nominees_1__DateOfBirth").FillAsync("19/05/1978");
        await page.Locator("#Input_Nominees_1__Sex").SelectOptionAsync("female");
        await page.Locator("#Input_Nominees_1__CitizenId").FillAsync(Dossiers.NewCitizenId());
        await page.Locator("#Input_Nominees_1__Position").FillAsync("Chi hội trưởng Chi hội Phụ nữ thôn Đông Lăng");
        await page.Locator("#Input_Nominees_1__Workplace").FillAsync("Xã Đông Tiến");
        await page.Locator("#Input_Nominees_1__Achievements").FillAsync("Vận động 20 hộ lắp camera an ninh; tuyên truyền phòng chống lừa đảo qua mạng.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();

        var nameError = page.Locator("[data-valmsg-for='Input.Nominees[1].Name']");
        Assert.Equal("Hãy nhập họ và tên.", (await nameError.InnerTextAsync()).Trim());
        Assert.Contains("input-validation-error", await page.Locator("#Input_Nominees_1__Name").GetAttributeAsync("class"));
        Assert.Equal("Tuần tra 365 đêm; phát hiện, tố giác 04 vụ trộm cắp tài sản.", await page.Locator("#Input_Nominees_0__Achievements").InputValueAsync());
        await page.Locator("#Input_Nominees_1__Name").FillAsync("Trần Thị Thu Hà");
        await BrowserApp.ScreenshotAsync(page, "03-nomination-form");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/ho-so/\d+$"));
        Assert.Contains("Đã lưu nháp", await page.InnerTextAsync("[role=status]"));
        Assert.Equal("Nháp", (await page.InnerTextAsync("h1 .badge")).Trim());

        var pdf = Path.Combine(Path.GetTempPath(), $"to-trinh-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, "%PDF-1.4\n% Tờ trình đề nghị khen thưởng\n"u8.ToArray());
        await page.Locator("#part").SelectOptionAsync(new SelectOptionValue { Label = "Tờ trình đề nghị khen thưởng (còn thiếu)" });
        await page.GetByLabel("Tệp (PDF").SetInputFilesAsync(pdf);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/ho-so/\d+#tep$"));
        var link = page.GetByRole(AriaRole.Link, new() { Name = Path.GetFileName(pdf) }).First;
        Assert.Matches(@"^/ho-so/\d+/tep/\d+$", await link.GetAttributeAsync("href"));
        Assert.Contains("Còn thiếu 2 trên 3 thành phần", await page.InnerTextAsync(".checklist"));

        // Sending it now is refused, naming each nominee's missing report; nothing is sent.
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
        Assert.Contains("Chưa gửi được hồ sơ vì còn thiếu: Báo cáo tóm tắt thành tích của Tổ an ninh trật tự thôn Đông Lăng; " +
            "Báo cáo tóm tắt thành tích của Trần Thị Thu Hà.", await page.InnerTextAsync(".alert-error"));
        Assert.Equal("Nháp", (await page.InnerTextAsync("h1 .badge")).Trim());
        await DossierPages.AttachMissingPartsAsync(page);
        Assert.Contains("Đã đủ 3 thành phần hồ sơ.", await page.InnerTextAsync(".checklist"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/ho-so/\d+$"));

        Assert.Equal("Đang xét duyệt", (await page.InnerTextAsync("h1 .badge")).Trim());
        Assert.Contains("Công an xã thẩm định", await page.InnerTextAsync(".steps"));
        await page.Locator(".diagram[data-ready=true]").WaitForAsync();
        await BrowserApp.ScreenshotAsync(page, "05-dossier");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = Path.GetFileName(pdf) }).First.ClickAsync());
        Assert.Equal(Path.GetFileName(pdf), download.SuggestedFilename);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task The_form_shows_the_parts_still_missing_for_the_award_and_procedure_chosen(int width, int height, string name)
    {
        var clerk = await browser.App.ClientForAsync(Clerk);
        var id = await Dossiers.CreateAsync(clerk, Dossiers.GiayKhen, Dossiers.Individual("Ngô Thị Bích"));
        var page = await browser.LoggedInPageAsync(Clerk, width, height);

        await page.GotoAsync($"{browser.BaseUrl}/ho-so/tao-moi");
        await page.Locator("input[name='Input.AwardTypeCode'][value='GK-GDCAT']").CheckAsync();
        var standard = page.Locator(".parts-group[data-award='GK-GDCAT'][data-procedure='standard']");
        var simplified = page.Locator(".parts-group[data-award='GK-GDCAT'][data-procedure='simplified']");
        Assert.True(await simplified.IsVisibleAsync());
        Assert.False(await standard.IsVisibleAsync());
        Assert.False(await page.Locator(".parts-group[data-award='KNC-BVANTQ']").First.IsVisibleAsync());
        Assert.DoesNotContain("Biên bản họp", await simplified.InnerTextAsync());
        await page.GetByLabel("Đợt khen thưởng").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        Assert.True(await standard.IsVisibleAsync());
        Assert.False(await simplified.IsVisibleAsync());
        Assert.Contains("Biên bản họp Hội đồng Thi đua – Khen thưởng", await standard.InnerTextAsync());

        await page.GotoAsync($"{browser.BaseUrl}/ho-so/{id}/sua");
        var checklist = page.Locator(".checklist");
        Assert.Contains("Còn thiếu 2 trên 2 thành phần.", await checklist.InnerTextAsync());
        Assert.Equal(["Tờ trình đề nghị khen thưởng", "Báo cáo tóm tắt thành tích của Ngô Thị Bích"],
            (await checklist.Locator("li.missing strong").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray());
        await BrowserApp.ScreenshotAsync(page, $"06-form-checklist-{name}");
        await checklist.GetByRole(AriaRole.Link, new() { Name = "Đính kèm tệp" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/ho-so/{id}#tep$"));
        await page.Locator("#part").SelectOptionAsync(new SelectOptionValue { Label = "Báo cáo tóm tắt thành tích của Ngô Thị Bích (còn thiếu)" });
        await page.GetByLabel("Tệp (PDF").SetInputFilesAsync(new FilePayload { Name = "bao-cao-bich.pdf", MimeType = "application/pdf", Buffer = RequiredFiles.Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/ho-so/{id}#tep$"));

        await page.GotoAsync($"{browser.BaseUrl}/ho-so/{id}/sua");
        Assert.Contains("Còn thiếu 1 trên 2 thành phần.", await checklist.InnerTextAsync());
        Assert.Equal("Tờ trình đề nghị khen thưởng", (await checklist.Locator("li.missing strong").InnerTextAsync()).Trim());
        Assert.Contains("bao-cao-bich.pdf", await checklist.Locator("li.done").InnerTextAsync());
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow);
    }

    [Fact]
    public async Task The_excel_template_downloads_and_its_rows_are_added_to_the_form()
    {
        var page = await browser.LoggedInPageAsync(Clerk);
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/tao-moi");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải mẫu Excel" }).ClickAsync());
        Assert.Equal(NomineeSpreadsheet.TemplateFileName, download.SuggestedFilename);
        var template = Path.Combine(Path.GetTempPath(), $"mau-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(template);

        await page.GetByLabel("Tệp Excel đã điền").SetInputFilesAsync(template);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập từ Excel" }).ClickAsync();

        Assert.Contains("Đã thêm 1 người/tập thể", await page.InnerTextAsync(".import [role=status]"));
        Assert.Equal("Nguyễn Văn An", await page.Locator("#Input_Nominees_0__Name").InputValueAsync());
        Assert.Equal("12/04/1975", await page.Locator("#Input_Nominees_0__DateOfBirth").InputValueAsync());

        var notExcel = Path.Combine(Path.GetTempPath(), $"danh-sach-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(notExcel, "%PDF-1.4\n"u8.ToArray());
        await page.GetByLabel("Tệp Excel đã điền").SetInputFilesAsync(notExcel);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập từ Excel" }).ClickAsync();

        Assert.Contains("không phải tệp Excel .xlsx", await page.InnerTextAsync("[data-valmsg-for='Import']"));
        Assert.Equal("Nguyễn Văn An", await page.Locator("#Input_Nominees_0__Name").InputValueAsync());
    }

    [Fact]
    public async Task Search_without_diacritics_finds_Nguyễn_Văn_Hùng()
    {
        var page = await browser.LoggedInPageAsync(Clerk);

        var id = await FindDossierOfAsync(page, "nguyen van hung");
        await page.GotoAsync($"{browser.BaseUrl}/ho-so");
        await BrowserApp.ScreenshotAsync(page, "03b-dossier-list");

        await page.GotoAsync($"{browser.BaseUrl}/ho-so/{id}");
        Assert.Contains("Nguyễn Văn Hùng", await page.InnerTextAsync("main"));
        await page.GotoAsync($"{browser.BaseUrl}/ho-so?q=dong lang");
        Assert.DoesNotContain($"Hồ sơ số {id}", await page.InnerTextAsync("main"));
    }

    [Fact]
    public async Task Another_communes_clerk_gets_the_not_found_page()
    {
        var id = await FindDossierOfAsync(await browser.LoggedInPageAsync(Clerk), "nguyen van hung");
        var stranger = await browser.LoggedInPageAsync("thidua.hacthanh");

        var response = await stranger.GotoAsync($"{browser.BaseUrl}/ho-so/{id}");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Không tìm thấy", (await stranger.InnerTextAsync("h1")).Trim());
        Assert.DoesNotContain("Nguyễn Văn Hùng", await stranger.InnerTextAsync("main"));
    }

    [Fact]
    public async Task A_script_typed_as_a_nominee_name_is_shown_as_text()
    {
        const string payload = "<script>alert(1)</script>";
        var page = await browser.LoggedInPageAsync(Clerk);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/tao-moi");
        await page.Locator("input[name='Input.AwardTypeCode'][value='GK-GDCAT']").CheckAsync();
        await AddAsync(page, "+ Thêm tập thể");
        await page.Locator("#Input_Nominees_0__Name").FillAsync(payload);
        await page.Locator("#Input_Nominees_0__Achievements").FillAsync(payload);

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/ho-so/\d+$"));

        Assert.True(await page.Locator("td strong", new() { HasTextString = payload }).IsVisibleAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa" }).ClickAsync();
        Assert.Equal(payload, await page.Locator("#Input_Nominees_0__Name").InputValueAsync());
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task The_form_fits_a_phone()
    {
        var page = await browser.LoggedInPageAsync(Clerk, width: 390, height: 844);
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/tao-moi");
        await page.Locator("input[name='Input.AwardTypeCode'][value='GK-GDCAT']").CheckAsync();
        await AddAsync(page, "+ Thêm cá nhân");

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the form is {scrollWidth}px wide on a 390px phone");
        await BrowserApp.ScreenshotAsync(page, "04-nomination-form-phone");
    }

    [Fact]
    public async Task Two_clerks_saving_the_same_dossier_get_a_conflict_message_and_keep_what_they_typed()
    {
        var first = await browser.LoggedInPageAsync(Clerk);
        await first.GotoAsync($"{browser.BaseUrl}/ho-so/tao-moi");
        await first.Locator("input[name='Input.AwardTypeCode'][value='GK-GDCAT']").CheckAsync();
        await AddAsync(first, "+ Thêm tập thể");
        await first.Locator("#Input_Nominees_0__Name").FillAsync("Đội dân phòng thôn Yên Trường");
        await first.Locator("#Input_Nominees_0__Achievements").FillAsync("Tuần tra ban đêm suốt năm 2026.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await first.WaitForURLAsync(new Regex(@"/ho-so/\d+$"));
        var edit = first.Url + "/sua";
        var second = await browser.LoggedInPageAsync(Clerk);
        await first.GotoAsync(edit);
        await second.GotoAsync(edit);

        await second.GetByLabel("Số tờ trình").FillAsync("31/TTr-UBND");
        await second.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await second.WaitForURLAsync(new Regex(@"/ho-so/\d+$"));
        await first.Locator("#Input_Nominees_0__Name").FillAsync("Đội dân phòng thôn Yên Trường mở rộng");
        await first.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();

        Assert.Contains("vừa được người khác thay đổi", await first.InnerTextAsync("[role=alert]"));
        Assert.Equal("Đội dân phòng thôn Yên Trường mở rộng", await first.Locator("#Input_Nominees_0__Name").InputValueAsync());
        await first.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await first.WaitForURLAsync(new Regex(@"/ho-so/\d+$"));
        Assert.Contains("Đội dân phòng thôn Yên Trường mở rộng", await first.InnerTextAsync("main"));
    }

    private static async Task AddAsync(IPage page, string button)
    {
        var count = await page.Locator("fieldset.nominee").CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.Locator($"#nguoi-{count}").WaitForAsync();
    }

    private async Task<int> FindDossierOfAsync(IPage page, string search)
    {
        await page.GotoAsync($"{browser.BaseUrl}/ho-so");
        await page.GetByLabel("Tìm theo tên").FillAsync(search);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await page.WaitForURLAsync("**/ho-so?q=*");
        var links = page.Locator("table.dossiers td:first-child a");
        Assert.Equal(1, await links.CountAsync());
        return int.Parse(Regex.Match((await links.GetAttributeAsync("href"))!, @"\d+$").Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
