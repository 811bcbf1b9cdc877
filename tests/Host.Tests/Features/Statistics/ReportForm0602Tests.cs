using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static ToanDan.Awards.Host.Tests.Features.History.PastAwardFiles;

namespace ToanDan.Awards.Host.Tests.Features.Statistics;

/// <summary>
/// Form 0602.N/BNV-TĐKT (state-level awards) read back cell by cell: the state-level awards of <see cref="ReportFormApp"/>,
/// imported as decided by the President for Xã Đông Tiến, counted for the issuer that proposed them (its award types' kind).
/// </summary>
public class ReportForm0602Tests(ReportFormApp app) : IClassFixture<ReportFormApp>
{
    private static Dictionary<string, string> Cells(byte[] file, out string sheetName)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(file), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        sheetName = sheet.Name!.Value!;
        return ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "");
    }

    private async Task<Dictionary<string, string>> FormAsync(Func<ReportFormApp, int> issuer, int year = 2028)
    {
        await app.SeedOnceAsync();
        var response = await (await app.ClientForAsync("admin")).GetAsync($"/api/statistics/forms/0602.xlsx?year={year}&issuerId={issuer(app)}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var cells = Cells(await response.Content.ReadAsByteArrayAsync(), out var sheet);
        Assert.Equal("0602.N", sheet);
        return cells;
    }

    // Columns B (mã số), D (tổng số), then E–S: the three Huân chương placed in column 2 (Bảo vệ Tổ quốc, Chiến công, Lao động;
    // collectives and individuals each), 3 Giải thưởng Hồ Chí Minh, 4 Giải thưởng Nhà nước, 5 Bà mẹ Việt Nam anh hùng (individuals),
    // 6 Cờ thi đua của Chính phủ, 7 Bằng khen của Thủ tướng (collectives, individuals), 8 Chiến sĩ thi đua toàn quốc, 9 none placed.
    private const string Counted = "BDEFGHIJKLMNOPQRS";

    private static string[] Row(Dictionary<string, string> cells, int row, string columns = Counted) =>
        [.. columns.Select(c => cells.GetValueOrDefault($"{c}{row}", ""))];

    [Fact]
    public async Task Form_0602_reads_back_with_the_sources_layout_and_the_imported_state_level_awards_of_the_proposing_province_cell_by_cell()
    {
        var cells = await FormAsync(a => a.Committee);

        Assert.Equal("Biểu số: 0602.N/BNV-TĐKT", cells["A1"]);
        Assert.Equal("Đơn vị báo cáo: Ủy ban nhân dân tỉnh Thanh Hóa", cells["K1"]);
        Assert.Equal("Đơn vị nhận báo cáo: Bộ Nội vụ", cells["K2"]);
        Assert.Equal("SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC", cells["A5"]);
        Assert.Equal("Năm 2028", cells["A6"]);
        Assert.Equal(["", "Mã số", "Đơn vị tính", "Tổng số", "Chia ra"], Row(cells, 8, "ABCDE"));
        Assert.Equal("Các loại huân chương, huy chương (Mỗi hình thức khen thưởng ghi riêng một cột)", cells["E9"]);
        Assert.Equal(["Giải thưởng Hồ Chí Minh", "Giải thưởng Nhà nước", "Danh hiệu vinh dự Nhà nước (Mỗi hình thức khen thưởng ghi riêng một cột)",
            "Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ", "Danh hiệu “Chiến sĩ thi đua toàn quốc”"], Row(cells, 9, "KLMNOQ"));
        Assert.StartsWith("Các hình thức khen thưởng khác", cells["R9"]);
        Assert.Equal(["Huân chương Bảo vệ Tổ quốc hạng Ba", "Huân chương Chiến công hạng Ba", "Huân chương Lao động hạng Ba", "Bà mẹ Việt Nam anh hùng"],
            Row(cells, 10, "EGIM"));
        Assert.Equal(["Tập thể", "Cá nhân", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân", "Cá nhân", "Cá nhân", "Cá nhân", "Tập thể", "Tập thể", "Cá nhân",
            "Cá nhân", "Tập thể", "Cá nhân"], Row(cells, 11, "EFGHIJKLMNOPQRS"));
        Assert.Equal(["A", "B", "C", "1", "2", "3", "4", "5", "6", "7", "8", "9"], Row(cells, 12, "ABCDEKLMNOQR"));

        // Eight counted: the 2027 one, the police's Huân chương Chiến công, the Huy chương placed nowhere and the Ủy ban's own Bằng khen are not.
        Assert.Equal(["01", "8", "0", "1", "0", "0", "1", "1", "0", "0", "1", "0", "1", "2", "1", "0", "0"], Row(cells, 13));
        Assert.Equal("1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng", cells["A14"]);
        Assert.Equal(["- Bộ, ban, ngành, đoàn thể Trung ương", "02", "Bộ, ngành", "0"], Row(cells, 15, "ABCD"));
        Assert.Equal(["- Tỉnh, thành phố trực thuộc Trung ương", "03", "Tỉnh, TP", "8"], Row(cells, 16, "ABCD"));
        Assert.Equal(Row(cells, 13)[1..], Row(cells, 16)[1..]);
        Assert.Equal("2. Chia theo đối tượng khen thưởng", cells["A17"]);
        Assert.Equal(["06", "1", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"], Row(cells, 18)); // not the household
        Assert.Equal(["07", "1", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"], Row(cells, 19));
        Assert.Equal(["08", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0"], Row(cells, 20));
        Assert.Equal(["09", "6", "0", "1", "0", "0", "0", "1", "0", "0", "1", "0", "0", "2", "1", "0", "0"], Row(cells, 21));
        Assert.Equal(["10", "1", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"], Row(cells, 22));
        Assert.Equal(["11", "0"], Row(cells, 23, "BD"));
        Assert.Equal(["12", "0"], Row(cells, 24, "BD"));
        Assert.Equal(["13", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0"], Row(cells, 25));
        Assert.Equal(["14", "2", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "1", "0", "0"], Row(cells, 26));
        Assert.Equal("3. Chia theo phương thức khen thưởng", cells["A27"]);
        Assert.Equal(["15", "3", "0", "1", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0"], Row(cells, 28));
        Assert.Equal(["16", "1"], Row(cells, 29, "BD"));
        Assert.Equal(["17", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0"], Row(cells, 30)); // the ad-hoc one
        Assert.Equal(["18", "0"], Row(cells, 31, "BD"));
        Assert.Equal(["19", "1", "0", "0", "0", "0", "0", "1"], Row(cells, 32, "BDEFGHIJ"));
        Assert.Equal(["20", "0"], Row(cells, 33, "BD"));
        Assert.Equal(["21", "1", "1"], Row(cells, 34, "BDM"));

        Assert.Contains(cells.Values, v => v.StartsWith("Ghi chú: khen thưởng cấp Nhà nước do Chủ tịch nước, Thủ tướng Chính phủ quyết định, nên số liệu tính theo đơn vị trình", StringComparison.Ordinal));
        Assert.Contains(cells.Values, v => v.Contains("mọi khen thưởng của biểu tính vào dòng 03", StringComparison.Ordinal));
        Assert.Contains(cells.Values, v => v.StartsWith("Chưa được xếp vào cột nào của Biểu số 0602", StringComparison.Ordinal)
            && v.Contains("Huy chương Chiến sĩ vẻ vang hạng Nhất (0 tập thể, 1 cá nhân)", StringComparison.Ordinal));
        Assert.Contains("Không thuộc dòng 07, 08, 10 đến 14 (tập thể, cá nhân khác, hoặc chưa ghi đối tượng): 0 tập thể, 2 cá nhân.", cells.Values);
        Assert.Contains("Không thuộc dòng 15 đến 21 (chưa ghi phương thức khen thưởng): 0 tập thể, 1 cá nhân.", cells.Values);
        Assert.Contains(Host.Features.Statistics.ReportForms.ReportFormCatalogue.SourceNote, cells.Values);
        Assert.Contains("CHỦ TỊCH", cells.Values);
    }

    [Fact]
    public async Task The_police_count_the_state_level_awards_of_their_award_types_as_proposed_through_a_ministry()
    {
        var cells = await FormAsync(a => a.Police);

        Assert.Equal("Đơn vị nhận báo cáo: Bộ Công an", cells["K2"]);
        Assert.Equal(["01", "1", "0", "0", "0", "1"], Row(cells, 13, "BDEFGH"));
        Assert.Equal(["02", "1", "0", "0", "0", "1"], Row(cells, 15, "BDEFGH"));
        Assert.Equal(["03", "0", "0", "0", "0", "0"], Row(cells, 16, "BDEFGH"));
        Assert.Equal(["17", "1", "0", "0", "0", "1"], Row(cells, 30, "BDEFGH"));
    }

    [Fact]
    public async Task A_year_without_state_level_awards_reads_zero_in_every_cell_with_the_placed_columns_still_shown()
    {
        var cells = await FormAsync(a => a.Committee, 2025);

        Assert.Equal("Năm 2025", cells["A6"]);
        Assert.Equal("Huân chương Lao động hạng Ba", cells["I10"]);
        foreach (var row in new[] { 13, 15, 16, 18, 21, 28, 34 })
            Assert.All(Row(cells, row)[1..], v => Assert.Equal("0", v));
        Assert.DoesNotContain(cells.Values, v => v.StartsWith("Chưa được xếp vào cột nào", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_administrator_adds_a_state_level_award_type_places_it_in_form_0602_and_the_prime_ministers_imported_decision_counts_there()
    {
        await app.SeedOnceAsync();
        var api = await app.ClientForAsync("admin");
        var workflow = (await api.GetFromJsonAsync<JsonElement>("/api/admin/award-types")).GetProperty("awardTypes")[0].GetProperty("workflowKey").GetString();
        var body = new
        {
            code = "CTD-CP", name = "Cờ thi đua của Chính phủ", decider = "Thủ tướng Chính phủ", issuerKind = "province-committee",
            allowsCollectives = true, allowsIndividuals = false, oncePerLifetime = false, workflowKey = workflow, criteria = "Dẫn đầu phong trào thi đua.",
        };

        var created = await api.PostAsJsonAsync("/api/admin/award-types", body);
        var again = await api.PostAsJsonAsync("/api/admin/award-types", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Đã có loại khen thưởng mang mã 'CTD-CP'.", await again.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var placed = await api.PutAsJsonAsync($"/api/admin/report-columns/{id}?form=0602", new { column = 6, basis = "Biểu số 0602.N/BNV-TĐKT, cột 6." });
        Assert.Equal(HttpStatusCode.NoContent, placed.StatusCode);
        var imported = await ImportAsync(api, Filled(["15/QĐ-TTg", "10/10/2026", "Thủ tướng Chính phủ", "CTD-CP", "Tập thể", "Công an xã Đông Tiến",
            "", "", "", "", "TH-DONGTIEN", "Xã Đông Tiến, huyện Đông Sơn", "", "", ""]));
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());

        var cells = await FormAsync(a => a.Committee, 2026);
        Assert.Equal(["01", "1", "1"], Row(cells, 13, "BDN"));
        Assert.Equal(["03", "1", "1"], Row(cells, 16, "BDN"));
        Assert.Equal(["06", "1", "1"], Row(cells, 18, "BDN"));
        Assert.Contains(cells.Values, v => v.Contains("Cờ thi đua của Chính phủ → cột 6", StringComparison.Ordinal));
    }
}
