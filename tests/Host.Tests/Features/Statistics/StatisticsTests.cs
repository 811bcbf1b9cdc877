using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Statistics;

/// <summary>
/// A known set of ad-hoc dossiers (the simplified procedure, each decided on its own), all sent in March 2027 (after the demo data): a Giấy khen dossier of Đông Tiến awarded (1 collective,
/// 2 individuals), a Giấy khen dossier of Hạc Thành refused by PV05 (1 + 2), a Bằng khen dossier of Đông Tiến still in review (1 + 2).
/// The commune reviews take 2 working days, PV05's 5.
/// </summary>
public sealed class StatisticsApp : AwardsApp
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _seeded;

    public const string Period = "tuNgay=01/03/2027&denNgay=31/03/2027";

    public async Task SeedOnceAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_seeded) return;
            _ = Services; // the demo province is seeded at start, at the default clock: before the period
            Clock.Set(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(7))); // a Monday
            var awarded = await SubmitAsync(this, GiayKhen, "TH-DONGTIEN");
            var refused = await SubmitAsync(this, GiayKhen, "TH-HACTHANH");
            await SubmitAsync(this, BangKhen, "TH-DONGTIEN");
            Clock.Advance(TimeSpan.FromDays(2)); // Wednesday
            await CompleteAsync(this, "congan.dongtien", awarded, "Task_CommuneReviewSimplified");
            await CompleteAsync(this, "congan.hacthanh", refused, "Task_CommuneReviewSimplified");
            Clock.Advance(TimeSpan.FromDays(7)); // the next Wednesday: 5 working days
            await CompleteAsync(this, "pv05.thanhhoa", awarded, "Task_PV05ReviewSimplified");
            await CompleteAsync(this, "pv05.thanhhoa", refused, "Task_PV05ReviewSimplified", "reject", "Thành tích chưa đủ tiêu chuẩn.");
            await CompleteAsync(this, "giamdoc.thanhhoa", awarded, "Task_DirectorSign");
            _seeded = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}

public class StatisticsTests(StatisticsApp app) : IClassFixture<StatisticsApp>
{
    private const string GiayKhenName = "Giấy khen của Giám đốc Công an tỉnh";
    private const string BangKhenName = "Bằng khen của Chủ tịch UBND tỉnh";

    private async Task<JsonElement> ReportAsync(string userName, string query)
    {
        await app.SeedOnceAsync();
        return await (await app.ClientForAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/statistics?{query}");
    }

    private static int[] Tally(JsonElement t) =>
    [
        t.GetProperty("dossiers").GetInt32(), t.GetProperty("nominatedCollectives").GetInt32(), t.GetProperty("nominatedIndividuals").GetInt32(),
        t.GetProperty("approvedCollectives").GetInt32(), t.GetProperty("approvedIndividuals").GetInt32(),
        t.GetProperty("refusedCollectives").GetInt32(), t.GetProperty("refusedIndividuals").GetInt32(),
    ];

    private static JsonElement Row(JsonElement report, string table, string name) =>
        report.GetProperty(table).EnumerateArray().Single(r => r.GetProperty("name").GetString() == name).GetProperty("tally");

    [Fact]
    public async Task The_counts_match_the_seeded_set_per_award_type_and_unit_in_the_movements_words()
    {
        var report = await ReportAsync("admin", "from=2027-03-01&to=2027-03-31");

        Assert.Equal([3, 3, 6, 1, 2, 1, 2], Tally(report.GetProperty("total")));
        Assert.Equal([2, 2, 4, 1, 2, 1, 2], Tally(Row(report, "byAwardType", GiayKhenName)));
        Assert.Equal([1, 1, 2, 0, 0, 0, 0], Tally(Row(report, "byAwardType", BangKhenName)));
        Assert.Equal([2, 2, 4, 1, 2, 0, 0], Tally(Row(report, "byUnit", "Xã Đông Tiến")));
        Assert.Equal([1, 1, 2, 0, 0, 1, 2], Tally(Row(report, "byUnit", "Phường Hạc Thành")));
        Assert.Equal([$"1 tập thể, 2 cá nhân được tặng {GiayKhenName}"], report.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Each_step_shows_its_median_and_slowest_time_in_working_days()
    {
        var report = await ReportAsync("admin", "from=2027-03-01");

        var steps = report.GetProperty("steps").EnumerateArray()
            .Select(s => (Count: s.GetProperty("count").GetInt32(), Median: s.GetProperty("medianDays").GetDouble(), Slowest: s.GetProperty("slowestDays").GetInt32()))
            .ToList();
        Assert.Equal((2, 5.0, 5), steps[0]);   // PV05: the slowest step comes first
        Assert.Contains((2, 2.0, 2), steps);   // the commune police
        Assert.Contains((1, 0.0, 0), steps);   // the director signs the same day
    }

    [Fact]
    public async Task Filters_narrow_the_set_and_a_clerk_sees_only_the_own_units_dossiers()
    {
        var admin = await ReportAsync("admin", "from=2027-03-01");
        var awardTypeId = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AwardTypes.Where(a => a.Code == BangKhen).Select(a => a.Id).SingleAsync());
        var unitId = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Units.Where(u => u.Code == "TH-HACTHANH").Select(u => u.Id).SingleAsync());

        var byAward = await ReportAsync("admin", $"from=2027-03-01&awardTypeId={awardTypeId}");
        var byUnit = await ReportAsync("admin", $"from=2027-03-01&unitId={unitId}");
        var before = await ReportAsync("admin", "to=2027-02-28");
        var clerk = await ReportAsync("thidua.hacthanh", "from=2027-03-01");

        Assert.Equal([1, 1, 2, 0, 0, 0, 0], Tally(byAward.GetProperty("total")));
        Assert.Equal([1, 1, 2, 0, 0, 1, 2], Tally(byUnit.GetProperty("total")));
        Assert.DoesNotContain(before.GetProperty("byUnit").EnumerateArray(), r => r.GetProperty("name").GetString() == "Phường Hạc Thành"
            && r.GetProperty("tally").GetProperty("refusedIndividuals").GetInt32() >= 2);
        Assert.Equal([1, 1, 2, 0, 0, 1, 2], Tally(clerk.GetProperty("total")));
        Assert.Equal(3, admin.GetProperty("total").GetProperty("dossiers").GetInt32());
    }

    [Fact]
    public async Task The_page_shows_the_numbers_and_the_excel_export_has_a_sheet_per_table_with_the_same_counts()
    {
        await app.SeedOnceAsync();
        var client = await Tests.Documents.DocumentFiles.CookieClientAsync(app, "admin");

        var page = await client.GetStringAsync($"/thong-ke?{StatisticsApp.Period}");
        Assert.Contains($"1 tập thể, 2 cá nhân được tặng {GiayKhenName}", page);
        Assert.Contains("Thời gian xử lý từng bước", page);

        var response = await client.GetAsync($"/thong-ke/xuat-excel?{StatisticsApp.Period}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Theo loại khen thưởng", "Theo đơn vị", "Thời gian xử lý", "Tổng hợp"], sheets.Select(s => s.Name!.Value));

        string[][] Read(Sheet sheet) =>
        [
            .. ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text).ToArray()),
        ];
        var byAward = Read(sheets[0]);
        Assert.Equal("Loại khen thưởng", byAward[0][0]);
        Assert.Equal("Tập thể được khen thưởng", byAward[0][4]);
        Assert.Equal([GiayKhenName, "2", "2", "4", "1", "2", "1", "2", "0", "0"], byAward.Single(r => r[0] == GiayKhenName));
        Assert.Equal(["Tổng cộng", "3", "3", "6", "1", "2", "1", "2", "0", "0"], byAward[^1]);
        Assert.Equal(["Phường Hạc Thành", "1", "1", "2", "0", "0", "1", "2", "0", "0"], Read(sheets[1]).Single(r => r[0] == "Phường Hạc Thành"));
        Assert.Contains(Read(sheets[2]), r => r[1] == "2" && r[2] == "5" && r[3] == "5");
        Assert.Equal($"1 tập thể, 2 cá nhân được tặng {GiayKhenName}", Read(sheets[3])[1][0]);
    }
}
