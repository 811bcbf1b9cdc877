using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>The pages behind the report forms, posted as a browser posts them: the movements, the columns, and the dossier's target group and method.</summary>
public class ReportFormPagesTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private const string Movements = "/thong-ke/phong-trao-thi-dua";

    [Fact]
    public async Task A_reviewer_records_a_movement_on_the_page_and_a_form_without_its_fields_is_refused_field_by_field()
    {
        var pv05 = await CookieClientAsync(app, "pv05.thanhhoa");
        var page = WebUtility.HtmlDecode(await pv05.GetStringAsync($"{Movements}?nam=2026"));
        // The demo's: the police's yearly and summer movements, the province's five-year one.
        Assert.Contains("Phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2026", page);
        Assert.Contains("Cao điểm bảo đảm an ninh, trật tự mùa du lịch biển Sầm Sơn năm 2026", page);
        Assert.Contains("01/10/2025 – 30/09/2030 (60 tháng)", page);

        var empty = await pv05.PostAsync(Movements, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(pv05, Movements),
        }));
        var refused = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Hãy nhập tên phong trào thi đua.", refused);
        Assert.Contains("Hãy nhập ngày bắt đầu phong trào (dd/mm/yyyy).", refused);
        Assert.Contains("Hãy chọn cấp chủ trì phát động: central", refused);

        var api = await app.ClientForAsync("pv05.thanhhoa");
        var issuer = (await api.GetFromJsonAsync<JsonElement>("/api/statistics/movements")).GetProperty("issuers").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "Công an tỉnh Thanh Hóa").GetProperty("id").GetInt32();
        var saved = await pv05.PostAsync(Movements, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(pv05, Movements),
            ["Movement.Name"] = "Thi đua thực hiện Đề án 06 năm 2026", ["Movement.LaunchedBy"] = "Công an tỉnh Thanh Hóa",
            ["Movement.IssuerId"] = $"{issuer}", ["Movement.Level"] = "agency", ["Movement.Scope"] = "agency", ["Movement.Method"] = "thematic",
            ["Movement.StartsOn"] = "01/03/2026", ["Movement.EndsOn"] = "30/11/2026", ["Movement.ParticipatingUnits"] = "12",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/statistics/movements?year=2026&issuerId={issuer}");
        var row = listed.GetProperty("movements").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Thi đua thực hiện Đề án 06 năm 2026");
        Assert.Equal(["agency", "agency", "thematic"], new[] { row.GetProperty("level").GetString()!, row.GetProperty("scope").GetString()!, row.GetProperty("method").GetString()! });
        Assert.Equal(9, row.GetProperty("months").GetInt32());

        // Changed on the same page: ?sua= fills the form with what was recorded.
        var id = row.GetProperty("id").GetInt32();
        var editPath = $"{Movements}?nam=2026&sua={id}";
        var editForm = WebUtility.HtmlDecode(await pv05.GetStringAsync(editPath));
        Assert.Contains("value=\"Thi đua thực hiện Đề án 06 năm 2026\"", editForm);
        Assert.Contains("value=\"30/11/2026\"", editForm);
        var changed = await pv05.PostAsync(editPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(pv05, editPath),
            ["Movement.Name"] = "Thi đua thực hiện Đề án 06 năm 2026", ["Movement.LaunchedBy"] = "Công an tỉnh Thanh Hóa",
            ["Movement.IssuerId"] = $"{issuer}", ["Movement.Level"] = "agency", ["Movement.Scope"] = "agency", ["Movement.Method"] = "thematic",
            ["Movement.StartsOn"] = "01/03/2026", ["Movement.EndsOn"] = "28/02/2027",
        }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var after = (await api.GetFromJsonAsync<JsonElement>($"/api/statistics/movements?issuerId={issuer}")).GetProperty("movements").EnumerateArray()
            .Single(m => m.GetProperty("id").GetInt32() == id);
        Assert.Equal(12, after.GetProperty("months").GetInt32());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("participatingUnits").ValueKind);

        var clerk = await CookieClientAsync(app, "thidua.dongtien");
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(Movements)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_moves_an_award_type_to_another_column_on_the_page()
    {
        var admin = await CookieClientAsync(app, "admin");
        var api = await app.ClientForAsync("admin");
        var giayKhen = (await api.GetFromJsonAsync<JsonElement>("/api/admin/report-columns")).GetProperty("awardTypes").EnumerateArray()
            .Single(a => a.GetProperty("awardTypeCode").GetString() == "GK-GDCAT");
        Assert.Contains("Không tính vào biểu", WebUtility.HtmlDecode(await admin.GetStringAsync("/quan-tri/cot-bieu-mau")));
        Assert.Contains("/quan-tri/cot-bieu-mau", await admin.GetStringAsync("/quan-tri"));

        var saved = await admin.PostAsync("/quan-tri/cot-bieu-mau", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(admin, "/quan-tri/cot-bieu-mau"),
            ["AwardTypeId"] = $"{giayKhen.GetProperty("awardTypeId").GetInt32()}", ["Column"] = "2", ["Basis"] = "Thử trên trang.",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = (await api.GetFromJsonAsync<JsonElement>("/api/admin/report-columns")).GetProperty("awardTypes").EnumerateArray()
            .Single(a => a.GetProperty("awardTypeCode").GetString() == "GK-GDCAT");
        Assert.Equal(2, after.GetProperty("column").GetInt32());
        Assert.Equal("Thử trên trang.", after.GetProperty("basis").GetString());
    }

    [Fact]
    public async Task An_administrator_places_an_award_type_in_a_column_of_form_0602_on_the_page_apart_from_its_column_of_0603()
    {
        var admin = await CookieClientAsync(app, "admin");
        var api = await app.ClientForAsync("admin");
        const string page = "/quan-tri/cot-bieu-mau?bieu=0602";
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("Cột của Biểu số 0602.N/BNV-TĐKT", html);
        Assert.Contains("Cột 7 – Bằng khen của Thủ tướng Chính phủ", html);
        var columns = await api.GetFromJsonAsync<JsonElement>("/api/admin/report-columns?form=0602");
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9], columns.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("column").GetInt32()));
        var bangKhen = columns.GetProperty("awardTypes").EnumerateArray().Single(a => a.GetProperty("awardTypeCode").GetString() == "BK-CTUBND");
        // Nothing is guessed for 0602: an award type waits for an administrator.
        Assert.False(bangKhen.GetProperty("placed").GetBoolean());

        var saved = await admin.PostAsync("/quan-tri/cot-bieu-mau", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(admin, page),
            ["AwardTypeId"] = $"{bangKhen.GetProperty("awardTypeId").GetInt32()}", ["bieu"] = "0602", ["Basis"] = "Không phải khen thưởng cấp Nhà nước.",
        }));
        var refused = await api.PutAsJsonAsync($"/api/admin/report-columns/{bangKhen.GetProperty("awardTypeId").GetInt32()}?form=0602", new { column = 10, basis = "Thử." });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/quan-tri/cot-bieu-mau?bieu=0602", saved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("9 (Các hình thức khen thưởng khác", await refused.Content.ReadAsStringAsync());
        var after = (await api.GetFromJsonAsync<JsonElement>("/api/admin/report-columns?form=0602")).GetProperty("awardTypes").EnumerateArray()
            .Single(a => a.GetProperty("awardTypeCode").GetString() == "BK-CTUBND");
        Assert.True(after.GetProperty("placed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("column").ValueKind);
        var in0603 = (await api.GetFromJsonAsync<JsonElement>("/api/admin/report-columns")).GetProperty("awardTypes").EnumerateArray()
            .Single(a => a.GetProperty("awardTypeCode").GetString() == "BK-CTUBND");
        Assert.Equal(2, in0603.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task A_clerk_chooses_the_award_method_and_each_nominees_target_group_on_the_dossier_form()
    {
        var clerk = await CookieClientAsync(app, "thidua.dongtien");
        var form = WebUtility.HtmlDecode(await clerk.GetStringAsync("/ho-so/tao-moi"));
        Assert.Contains("Phương thức khen thưởng", form);
        Assert.Contains("<option value=\"thematic\">Chuyên đề</option>", form);

        var saved = await clerk.PostAsync("/ho-so/tao-moi?handler=Luu", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(clerk, "/ho-so/tao-moi"),
            ["Input.AwardTypeCode"] = "GK-GDCAT", ["Input.SubmissionNumber"] = "77/TTr-UBND", ["Input.SubmissionDate"] = "02/11/2026",
            ["Input.Method"] = "adHoc",
            ["Input.Nominees[0].Kind"] = "collective", ["Input.Nominees[0].Name"] = "Hộ ông Nguyễn Văn Bình", ["Input.Nominees[0].MemberCount"] = "5",
            ["Input.Nominees[0].Achievements"] = "Hiến đất làm đường, tham gia tuần tra thôn.", ["Input.Nominees[0].Target"] = "household",
            ["Input.Nominees[1].Kind"] = "individual", ["Input.Nominees[1].Name"] = "Trần Thị Mơ", ["Input.Nominees[1].Sex"] = "female",
            ["Input.Nominees[1].CitizenId"] = Features.Nominations.Dossiers.NewCitizenId(),
            ["Input.Nominees[1].Achievements"] = "Tố giác 01 đối tượng trộm cắp.", ["Input.Nominees[1].Target"] = "directWorker",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = int.Parse(saved.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var dossier = await (await app.ClientForAsync("thidua.dongtien")).GetFromJsonAsync<JsonElement>($"/api/nominations/{id}");
        Assert.Equal("Đột xuất", dossier.GetProperty("methodName").GetString());
        Assert.Equal(["household", "directWorker"], dossier.GetProperty("nominees").EnumerateArray().Select(n => n.GetProperty("target").GetString()!));
        var shown = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/ho-so/{id}"));
        Assert.Contains("<dt>Phương thức khen thưởng</dt><dd>Đột xuất</dd>", shown);
        Assert.Contains("Đối tượng khen thưởng: Hộ gia đình", shown);
        var edit = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/ho-so/{id}/sua"));
        Assert.Contains("<option value=\"household\" selected=\"selected\">Hộ gia đình</option>", edit);
        Assert.Contains("<option value=\"adHoc\" selected=\"selected\">Đột xuất</option>", edit);
    }
}
