using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Workflows.Definitions;
using static Microsoft.Playwright.Assertions;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>The page that adds an award type (/quan-tri/loai-khen-thuong/tao-moi), which sends the API's command.</summary>
public class AwardTypeCreationPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string CreatePage = "/quan-tri/loai-khen-thuong/tao-moi";

    [Fact]
    public async Task An_administrator_adds_an_award_type_on_the_page_and_finds_it_in_the_list_the_api_and_the_audit_trail()
    {
        var page = await browser.LoggedInPageAsync("admin");
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/loai-khen-thuong");
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Thêm loại khen thưởng" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}{CreatePage}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        await page.GetByLabel("Mã loại khen thưởng", new() { Exact = true }).FillAsync("HCLD-H3");
        await page.GetByLabel("Tên loại khen thưởng", new() { Exact = true }).FillAsync("Huân chương Lao động hạng Ba");
        await page.GetByLabel("Người có thẩm quyền quyết định").FillAsync("Chủ tịch nước");
        await page.GetByLabel("Cấp ban hành quyết định").SelectOptionAsync(IssuerKinds.ProvinceCommittee);
        await page.GetByLabel("Mỗi người chỉ được tặng một lần").CheckAsync();
        await page.GetByLabel("Quy trình xét duyệt").SelectOptionAsync(DefaultWorkflows.BangKhen);
        await page.GetByLabel("Tiêu chuẩn").FillAsync("Lập được thành tích xuất sắc trong lao động, sáng tạo.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm loại khen thưởng" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/quan-tri/loai-khen-thuong/\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("Đã thêm loại khen thưởng Huân chương Lao động hạng Ba.", await page.InnerTextAsync(".notice"));
        Assert.Equal("Chủ tịch nước", await page.GetByLabel("Người có thẩm quyền quyết định").InputValueAsync());
        Assert.True(await page.GetByLabel("Mỗi người chỉ được tặng một lần").IsCheckedAsync());

        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/loai-khen-thuong");
        Assert.Contains("Huân chương Lao động hạng Ba", await page.Locator("table.list tr", new() { HasText = "HCLD-H3" }).InnerTextAsync());

        var api = await browser.App.ClientForAsync("admin");
        var created = await AwardTypeAsync(api, "HCLD-H3");
        Assert.Equal("Huân chương Lao động hạng Ba", created.GetProperty("name").GetString());
        Assert.Equal(IssuerKinds.ProvinceCommittee, created.GetProperty("issuerKind").GetString());
        Assert.Equal(DefaultWorkflows.BangKhen, created.GetProperty("workflowKey").GetString());
        Assert.True(created.GetProperty("allowsCollectives").GetBoolean());
        Assert.True(created.GetProperty("allowsIndividuals").GetBoolean());
        Assert.True(created.GetProperty("oncePerLifetime").GetBoolean());

        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/nhat-ky?thaoTac=CreateAwardType.Command");
        Assert.Contains("Thêm loại khen thưởng", await page.Locator("table.audit tbody tr").First.InnerTextAsync());
    }

    [Fact]
    public async Task A_code_already_used_and_a_missing_name_are_told_next_to_their_fields_and_what_was_typed_stays()
    {
        var page = await browser.LoggedInPageAsync("admin");
        await page.GotoAsync($"{browser.BaseUrl}{CreatePage}");

        await page.GetByLabel("Mã loại khen thưởng", new() { Exact = true }).FillAsync("GK-GDCAT");
        await page.GetByLabel("Người có thẩm quyền quyết định").FillAsync("Giám đốc Công an tỉnh");
        await page.GetByLabel("Cấp ban hành quyết định").SelectOptionAsync(IssuerKinds.Ministry);
        await page.GetByLabel("Tập thể", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("Quy trình xét duyệt").SelectOptionAsync(DefaultWorkflows.GiayKhen);
        await page.GetByLabel("Tiêu chuẩn").FillAsync("Tiêu chuẩn gõ trước khi bị từ chối.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm loại khen thưởng" }).ClickAsync();

        await Expect(page.Locator("[data-valmsg-for='Input.Code']")).ToHaveTextAsync(CreateAwardType.CodeTaken("GK-GDCAT"));
        await Expect(page.Locator("[data-valmsg-for='Input.Name']")).ToHaveTextAsync("Hãy nhập tên loại khen thưởng.");
        Assert.Equal("GK-GDCAT", await page.GetByLabel("Mã loại khen thưởng", new() { Exact = true }).InputValueAsync());
        Assert.Equal("Giám đốc Công an tỉnh", await page.GetByLabel("Người có thẩm quyền quyết định").InputValueAsync());
        Assert.Equal(IssuerKinds.Ministry, await page.GetByLabel("Cấp ban hành quyết định").InputValueAsync());
        Assert.False(await page.GetByLabel("Tập thể", new() { Exact = true }).IsCheckedAsync());
        Assert.True(await page.GetByLabel("Cá nhân", new() { Exact = true }).IsCheckedAsync());
        Assert.Equal(DefaultWorkflows.GiayKhen, await page.GetByLabel("Quy trình xét duyệt").InputValueAsync());
        Assert.Equal("Tiêu chuẩn gõ trước khi bị từ chối.", await page.GetByLabel("Tiêu chuẩn").InputValueAsync());
        Assert.Equal($"{browser.BaseUrl}{CreatePage}", page.Url);

        var api = await browser.App.ClientForAsync("admin");
        var types = (await api.GetFromJsonAsync<JsonElement>("/api/admin/award-types")).GetProperty("awardTypes").EnumerateArray();
        Assert.Single(types, a => a.GetProperty("code").GetString() == "GK-GDCAT");
    }

    [Fact]
    public async Task The_edit_page_still_saves_the_fields_it_shares_with_the_add_page()
    {
        var api = await browser.App.ClientForAsync("admin");
        var before = await AwardTypeAsync(api, "BK-CTUBND");
        var page = await browser.LoggedInPageAsync("admin");
        await page.GotoAsync($"{browser.BaseUrl}/quan-tri/loai-khen-thuong/{before.GetProperty("id").GetInt32()}");

        await page.GetByLabel("Tập thể", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("Tiêu chuẩn", new() { Exact = true }).FillAsync("Cá nhân có thành tích tiêu biểu (đã sửa trên trang).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();

        await page.WaitForURLAsync($"{browser.BaseUrl}/quan-tri/loai-khen-thuong", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var after = await AwardTypeAsync(api, "BK-CTUBND");
        Assert.False(after.GetProperty("allowsCollectives").GetBoolean());
        Assert.True(after.GetProperty("allowsIndividuals").GetBoolean());
        Assert.Equal("Cá nhân có thành tích tiêu biểu (đã sửa trên trang).", after.GetProperty("criteria").GetString());
        Assert.Equal(before.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        Assert.Equal(before.GetProperty("workflowKey").GetString(), after.GetProperty("workflowKey").GetString());
        Assert.Equal(before.GetProperty("womenCollectivePercent").GetInt32(), after.GetProperty("womenCollectivePercent").GetInt32());
    }

    [Fact]
    public async Task A_person_who_is_not_an_administrator_can_neither_open_the_page_nor_post_it()
    {
        var page = await browser.LoggedInPageAsync("pv05.thanhhoa");
        await page.GotoAsync($"{browser.BaseUrl}{CreatePage}");
        Assert.Contains("/khong-co-quyen", page.Url);
        Assert.Contains("Không có quyền truy cập", await page.InnerTextAsync("h1"));

        // A valid form with the person's own antiforgery token (from a form they may use): only the authorisation can stop it.
        await page.GotoAsync($"{browser.BaseUrl}/tai-khoan");
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", await page.Locator("input[name='__RequestVerificationToken']").First.InputValueAsync());
        foreach (var (name, value) in new[]
                 {
                     ("Input.Code", "PV05-TU-THEM"), ("Input.Name", "Loại khen thưởng tự thêm"), ("Input.Decider", "Trưởng phòng PV05"),
                     ("Input.IssuerKind", IssuerKinds.ProvincePolice), ("Input.AllowsIndividuals", "true"), ("Input.WorkflowKey", DefaultWorkflows.GiayKhen),
                 })
            form.Set(name, value);
        var posted = await page.APIRequest.PostAsync($"{browser.BaseUrl}{CreatePage}", new() { Form = form, MaxRedirects = 0 });

        Assert.Equal((int)HttpStatusCode.Redirect, posted.Status);
        Assert.Contains("/khong-co-quyen", posted.Headers.GetValueOrDefault("location", ""));
        var api = await browser.App.ClientForAsync("admin");
        var types = (await api.GetFromJsonAsync<JsonElement>("/api/admin/award-types")).GetProperty("awardTypes").EnumerateArray();
        Assert.DoesNotContain(types, a => a.GetProperty("code").GetString() == "PV05-TU-THEM");
    }

    private static async Task<JsonElement> AwardTypeAsync(HttpClient api, string code) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/admin/award-types")).GetProperty("awardTypes").EnumerateArray()
            .Single(a => a.GetProperty("code").GetString() == code);
}
