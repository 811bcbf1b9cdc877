using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Features.Statistics;

/// <summary>
/// Rows 03–17 of form 0603 from the target groups and award methods the dossiers carry, the columns as the administrators
/// place the award types, and form 0601 from the recorded movements: Bộ Công an's 2028 of <see cref="ReportFormApp"/>.
/// </summary>
public class ReportFormRowsTests(ReportFormApp app) : IClassFixture<ReportFormApp>
{
    private async Task<HttpClient> ClientAsync(string userName)
    {
        await app.SeedOnceAsync();
        return await app.ClientForAsync(userName);
    }

    private static Dictionary<string, string> Cells(byte[] file)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(file), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        return ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "");
    }

    private async Task<Dictionary<string, string>> FormAsync(string form, string userName = "admin", int year = 2028)
    {
        var response = await (await ClientAsync(userName)).GetAsync($"/api/statistics/forms/{form}.xlsx?year={year}&issuerId={app.Ministry}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return Cells(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Columns B (code) and D on: the counts of one row.</summary>
    private static string[] Counts(Dictionary<string, string> cells, int row, string columns) =>
        [.. columns.Select(c => cells.GetValueOrDefault($"{c}{row}", ""))];

    [Fact]
    public async Task Form_0603_counts_every_row_from_the_target_groups_and_award_methods_of_the_dossiers_and_of_the_imported_awards()
    {
        var cells = await FormAsync("0603");

        // Mã số, Tổng số, then columns 2–5 (Bằng khen, Chiến sĩ thi đua, Cờ thi đua, Kỷ niệm chương). The decisions give
        // 14 (7 + 7); the five imported awards add 4 Bằng khen and 1 medal, each in the rows its register's columns name.
        const string c = "BDEFGH";
        Assert.Equal(["01", "19", "11", "0", "0", "8"], Counts(cells, 11, c));
        Assert.Equal(["02", "3", "3", "0", "0", "0"], Counts(cells, 13, c)); // collectives but households: + the imported enterprise
        Assert.Equal(["03", "2", "2", "0", "0", "0"], Counts(cells, 14, c)); // of which enterprises
        Assert.Equal(["04", "2", "2", "0", "0", "0"], Counts(cells, 15, c)); // households: + the imported one
        Assert.Equal(["05", "14", "6", "0", "0", "8"], Counts(cells, 16, c)); // + 3 imported individuals, one with no group
        Assert.Equal(["06", "2", "2", "0", "0", "0"], Counts(cells, 17, c)); // + the imported provincial leader
        Assert.Equal(["07", "1", "1", "0", "0", "0"], Counts(cells, 18, c));
        Assert.Equal(["08", "1", "1", "0", "0", "0"], Counts(cells, 19, c));
        Assert.Equal(["09", "2", "0", "0", "0", "2"], Counts(cells, 20, c));
        Assert.Equal(["10", "5", "1", "0", "0", "4"], Counts(cells, 21, c)); // + the imported medal's direct worker
        Assert.Equal(["11", "3", "1", "0", "0", "2"], Counts(cells, 23, c)); // thường xuyên: + the imported household
        Assert.Equal(["12", "2", "2", "0", "0", "0"], Counts(cells, 24, c)); // chuyên đề: + the imported leader
        Assert.Equal(["13", "4", "4", "0", "0", "0"], Counts(cells, 25, c)); // outside any round with no method, and the imported ad-hoc one
        Assert.Equal(["14", "3", "3", "0", "0", "0"], Counts(cells, 26, c));
        Assert.Equal(["15", "3", "0", "0", "0", "3"], Counts(cells, 27, c));
        Assert.Equal(["16", "2", "0", "0", "0", "2"], Counts(cells, 28, c)); // niên hạn: + the imported medal
        Assert.Equal(["17", "1", "0", "0", "0", "1"], Counts(cells, 29, c));
        Assert.Contains(cells.Values, v => v.StartsWith("Không thuộc dòng 03, 04, 06 đến 10", StringComparison.Ordinal) && v.EndsWith("1 tập thể, 3 cá nhân.", StringComparison.Ordinal));
        Assert.Contains(cells.Values, v => v.StartsWith("Không thuộc dòng 11 đến 17", StringComparison.Ordinal) && v.EndsWith("0 tập thể, 1 cá nhân.", StringComparison.Ordinal));
        Assert.Equal("Đơn vị báo cáo: Bộ Công an", cells["E1"]);
    }

    [Fact]
    public async Task Form_0601_reads_back_with_its_layout_and_the_movements_under_way_in_the_year_cell_by_cell()
    {
        var cells = await FormAsync("0601");

        Assert.Equal("Biểu số: 0601.N/BNV-TĐKT", cells["A1"]);
        Assert.Equal("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", cells["A2"]);
        Assert.Equal("Đơn vị báo cáo: Bộ Công an", cells["D1"]);
        Assert.Equal("SỐ PHONG TRÀO THI ĐUA", cells["A5"]);
        Assert.Equal("Năm 2028", cells["A6"]);
        Assert.Equal("Đơn vị tính: Phong trào", cells["F7"]);
        Assert.Equal(["Mã số", "Tổng số", "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua"], Counts(cells, 8, "BCD"));
        Assert.StartsWith("Cấp Trung ương", cells["D9"]);
        Assert.StartsWith("Cấp bộ, ban ngành", cells["E9"]);
        Assert.Equal("Cơ quan, tổ chức, đơn vị", cells["F9"]);
        Assert.Equal(["A", "B", "1=(2+3+4)", "2", "3", "4"], Counts(cells, 10, "ABCDEF"));

        // Code, total, then Trung ương / bộ, tỉnh / cơ quan, đơn vị. M6 (2025–2027) is not under way in 2028.
        const string c = "ABCDEF";
        Assert.Equal(["Tổng số", "01", "6", "1", "2", "3"], Counts(cells, 11, c));
        Assert.Equal(["1. Chia theo phạm vi tổ chức thi đua", "", "", "", "", ""], Counts(cells, 12, c));
        Assert.Equal(["- Toàn quốc", "02", "1", "1", "0", "0"], Counts(cells, 13, c));
        Assert.Equal(["- Bộ, ban, ngành đoàn thể, địa phương", "03", "2", "0", "2", "0"], Counts(cells, 14, c));
        Assert.Equal(["04", "1", "0", "0", "1"], Counts(cells, 15, "BCDEF"));
        Assert.Equal(["- Cơ quan, tổ chức, đơn vị", "05", "2", "0", "0", "2"], Counts(cells, 16, c));
        Assert.Equal(["2. Chia theo thời hạn thi đua", "", "", "", "", ""], Counts(cells, 17, c));
        Assert.Equal(["- Dưới 1 năm", "06", "1", "0", "0", "1"], Counts(cells, 18, c));
        Assert.Equal(["- 1 năm", "07", "2", "1", "1", "0"], Counts(cells, 19, c));
        Assert.Equal(["- Từ 1 năm đến dưới 3 năm", "08", "1", "0", "1", "0"], Counts(cells, 20, c));
        Assert.Equal(["- Từ 3 năm đến dưới 5 năm", "09", "1", "0", "0", "1"], Counts(cells, 21, c));
        Assert.Equal(["- Từ 5 năm trở lên", "10", "1", "0", "0", "1"], Counts(cells, 22, c));
        Assert.Equal(["3. Chia theo phương thức tổ chức phong trào thi đua", "", "", "", "", ""], Counts(cells, 23, c));
        Assert.Equal(["- Thi đua theo chuyên đề", "11", "5", "1", "1", "3"], Counts(cells, 24, c));
        Assert.Equal(["- Thi đua thường xuyên hàng năm", "12", "1", "0", "1", "0"], Counts(cells, 25, c));
        Assert.Contains("NGƯỜI LẬP BIỂU", cells.Values);
        Assert.Contains("BỘ TRƯỞNG", cells.Values);
    }

    [Fact]
    public async Task An_award_type_counts_in_the_column_an_administrator_puts_it_in_and_nowhere_once_taken_out()
    {
        var admin = await ClientAsync("admin");
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/admin/report-columns");
        var medal = list.GetProperty("awardTypes").EnumerateArray().Single(a => a.GetProperty("awardTypeCode").GetString() == "KNC-BVANTQ");
        var giayKhen = list.GetProperty("awardTypes").EnumerateArray().Single(a => a.GetProperty("awardTypeCode").GetString() == "GK-GDCAT");
        // The seeded defaults, with the circular they rest on.
        Assert.Equal(5, medal.GetProperty("column").GetInt32());
        Assert.Equal(JsonValueKind.Null, giayKhen.GetProperty("column").ValueKind);
        Assert.StartsWith("Thông tư 02/2023/TT-BNV", medal.GetProperty("basis").GetString());
        var id = medal.GetProperty("awardTypeId").GetInt32();
        try
        {
            var moved = await admin.PutAsJsonAsync($"/api/admin/report-columns/{id}", new { column = 3, basis = "Thử: xếp vào cột 3." });
            Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
            var cells = await FormAsync("0603");
            Assert.Equal(["01", "19", "11", "8", "0", "0"], Counts(cells, 11, "BDEFGH"));

            var none = await admin.PutAsJsonAsync($"/api/admin/report-columns/{id}", new { column = (int?)null, basis = "Thử: không tính." });
            Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
            cells = await FormAsync("0603");
            Assert.Equal(["01", "11", "11", "0", "0", "0"], Counts(cells, 11, "BDEFGH"));
            Assert.Contains(cells.Values, v => v.Contains("Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\" (0 tập thể, 8 cá nhân)", StringComparison.Ordinal));
        }
        finally
        {
            await admin.PutAsJsonAsync($"/api/admin/report-columns/{id}", new { column = 5, basis = medal.GetProperty("basis").GetString() });
        }
    }

    [Fact]
    public async Task Only_an_administrator_places_award_types_and_a_column_outside_the_form_or_no_basis_is_refused_in_vietnamese()
    {
        var admin = await ClientAsync("admin");
        var reviewer = await ClientAsync("pv05.thanhhoa");
        var medalId = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AwardTypes.Where(a => a.Code == "KNC-BVANTQ").Select(a => a.Id).SingleAsync());

        var wrongColumn = await admin.PutAsJsonAsync($"/api/admin/report-columns/{medalId}", new { column = 7, basis = "x" });
        var noBasis = await admin.PutAsJsonAsync($"/api/admin/report-columns/{medalId}", new { column = 5, basis = "" });
        var notAdmin = await reviewer.PutAsJsonAsync($"/api/admin/report-columns/{medalId}", new { column = 2, basis = "x" });
        var notAdminRead = await reviewer.GetAsync("/api/admin/report-columns");

        Assert.Equal(HttpStatusCode.BadRequest, wrongColumn.StatusCode);
        Assert.Contains("Cột của biểu phải là một trong: 2 (Bằng khen)", await wrongColumn.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noBasis.StatusCode);
        Assert.Contains("Hãy ghi căn cứ xếp loại khen thưởng vào cột của biểu", await noBasis.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAdminRead.StatusCode);
        var page = await (await Tests.Documents.DocumentFiles.CookieClientAsync(app, "admin")).GetStringAsync("/quan-tri/cot-bieu-mau");
        Assert.Contains("Cột 5 – Huy hiệu (kỷ niệm chương)", page);
    }

    [Fact]
    public async Task A_movement_without_its_fields_is_refused_field_by_field_and_only_the_issuers_reporters_record_one()
    {
        var admin = await ClientAsync("admin");
        var empty = await admin.PostAsJsonAsync("/api/statistics/movements", new { });
        var body = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        foreach (var message in new[]
                 {
                     "Hãy chọn cơ quan báo cáo (cơ quan ban hành) tính phong trào này.", "Hãy nhập tên phong trào thi đua.", "Hãy ghi cơ quan phát động phong trào.",
                     "Hãy chọn cấp chủ trì phát động: central", "Hãy chọn phạm vi tổ chức thi đua: nationwide", "Hãy chọn phương thức tổ chức phong trào: thematic",
                     "Hãy nhập ngày bắt đầu phong trào", "Hãy nhập ngày kết thúc phong trào",
                 })
            Assert.Contains(message, body);

        object Movement(int issuerId, string end = "2020-12-31") => new
        {
            issuerId, name = "Thử phong trào 2020", launchedBy = "Bộ Công an", level = "ministryOrProvince", scope = "nationwide", method = "regularYearly",
            startsOn = "2020-01-01", endsOn = end,
        };
        var backwards = await admin.PostAsJsonAsync("/api/statistics/movements", Movement(app.Ministry, end: "2019-12-31"));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("Ngày kết thúc phong trào phải sau ngày bắt đầu.", await backwards.Content.ReadAsStringAsync());

        // Bộ Công an's reports are filed by its own reviewers, not by the province's nor by a unit's clerk.
        var province = await (await ClientAsync("pv05.thanhhoa")).PostAsJsonAsync("/api/statistics/movements", Movement(app.Ministry));
        var clerk = await (await ClientAsync("thidua.dongtien")).PostAsJsonAsync("/api/statistics/movements", Movement(app.Ministry));
        Assert.Equal(HttpStatusCode.NotFound, province.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, clerk.StatusCode);
        Assert.Contains("không phải người lập báo cáo thống kê", await clerk.Content.ReadAsStringAsync());

        var ministry = await ClientAsync("v05.bca");
        var created = await ministry.PostAsJsonAsync("/api/statistics/movements", Movement(app.Ministry));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var listed = await ministry.GetFromJsonAsync<JsonElement>($"/api/statistics/movements?year=2020&issuerId={app.Ministry}");
        var row = Assert.Single(listed.GetProperty("movements").EnumerateArray());
        Assert.Equal("Thi đua thường xuyên hàng năm", row.GetProperty("methodName").GetString());
        Assert.Equal(12, row.GetProperty("months").GetInt32());
        Assert.Equal("1", (await FormAsync("0601", "v05.bca", 2020))["C11"]);
        Assert.Equal(HttpStatusCode.NotFound, (await (await ClientAsync("pv05.thanhhoa")).DeleteAsync($"/api/statistics/movements/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ministry.DeleteAsync($"/api/statistics/movements/{id}")).StatusCode);
    }

    [Fact]
    public async Task Form_0601_goes_only_to_those_who_file_the_issuers_reports()
    {
        await app.SeedOnceAsync();
        var clerk = await (await ClientAsync("thidua.dongtien")).GetAsync($"/api/statistics/forms/0601.xlsx?year=2028&issuerId={app.Ministry}");
        var province = await (await ClientAsync("pv05.thanhhoa")).GetAsync($"/api/statistics/forms/0601.xlsx?year=2028&issuerId={app.Ministry}");
        var anonymous = await app.CreateClient().GetAsync($"/api/statistics/forms/0601.xlsx?year=2028&issuerId={app.Ministry}");

        Assert.Equal(HttpStatusCode.NotFound, clerk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, province.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("6", (await FormAsync("0601", "v05.bca"))["C11"]);
    }

    [Fact]
    public async Task A_nominee_of_the_wrong_target_group_or_an_unknown_award_method_is_refused_with_the_choices()
    {
        var clerk = await ClientAsync("thidua.dongtien");
        var leaderCollective = new
        {
            awardTypeCode = "GK-GDCAT", nominees = new object[]
            {
                new { kind = "collective", name = "Tổ thử", achievements = "Thành tích.", memberCount = 5, target = "provincialLeader" },
            },
        };
        var badMethod = new
        {
            awardTypeCode = "GK-GDCAT", method = "hangNam", nominees = new object[]
            {
                new { kind = "individual", name = "Người thử", achievements = "Thành tích.", target = "directWorker", citizenId = Nominations.Dossiers.NewCitizenId() },
            },
        };

        var wrong = await clerk.PostAsJsonAsync("/api/nominations", leaderCollective);
        var method = await clerk.PostAsJsonAsync("/api/nominations", badMethod);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Đối tượng khen thưởng 'provincialLeader' không hợp lệ cho tập thể; hãy chọn một trong: enterprise (Doanh nghiệp), household (Hộ gia đình)",
            await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, method.StatusCode);
        Assert.Contains("Phương thức khen thưởng 'hangNam' không hợp lệ; hãy chọn một trong: regular (Thường xuyên)", await method.Content.ReadAsStringAsync());

        var good = await clerk.PostAsJsonAsync("/api/nominations", new
        {
            awardTypeCode = "GK-GDCAT", method = "thematic", nominees = new object[]
            {
                new { kind = "individual", name = "Người thử đúng", achievements = "Thành tích.", target = "businessperson", citizenId = Nominations.Dossiers.NewCitizenId() },
            },
        });
        Assert.True(good.StatusCode == HttpStatusCode.Created, await good.Content.ReadAsStringAsync());
        var id = (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var read = await clerk.GetFromJsonAsync<JsonElement>($"/api/nominations/{id}");
        Assert.Equal(["thematic", "Chuyên đề"], new[] { read.GetProperty("method").GetString()!, read.GetProperty("methodName").GetString()! });
        var nominee = read.GetProperty("nominees")[0];
        Assert.Equal(["businessperson", "Doanh nhân"], new[] { nominee.GetProperty("target").GetString()!, nominee.GetProperty("targetName").GetString()! });
    }
}
