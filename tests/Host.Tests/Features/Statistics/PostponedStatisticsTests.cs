using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Statistics;

/// <summary>
/// Postponed (tạm hoãn) nominees are a figure of their own in the statistics, never among the refused: three Giấy khen
/// dossiers added to whatever the app holds, compared before and after. Run on SQLite here and on PostgreSQL in PostgresTests.
/// </summary>
public static class PostponedStatistics
{
    /// <summary>Sầm Sơn: PV05 postpones one individual, the rest is awarded. Hạc Thành: the commune police postpone one
    /// individual, PV05 refuses the dossier. Hoằng Hóa: PV05 postpones the whole dossier.</summary>
    public static async Task SeedAsync(AwardsApp app)
    {
        var awarded = await SubmitAsync(app, GiayKhen, "TH-SAMSON");
        var refused = await SubmitAsync(app, GiayKhen, "TH-HACTHANH");
        var postponed = await SubmitAsync(app, GiayKhen, "TH-HOANGHOA");

        await CompleteAsync(app, "congan.samson", awarded, "Task_CommuneReviewSimplified");
        await CompleteAsync(app, "pv05.thanhhoa", awarded, "Task_PV05ReviewSimplified",
            nominees: [Postpone(await NomineeIdAsync(app, awarded, "Lê Thị Hoa"), "Đang xác minh đơn khiếu nại.")]);
        await CompleteAsync(app, "giamdoc.thanhhoa", awarded, "Task_DirectorSign");

        await CompleteAsync(app, "congan.hacthanh", refused, "Task_CommuneReviewSimplified",
            nominees: [Postpone(await NomineeIdAsync(app, refused, "Nguyễn Văn Hùng"), "Đang bị xem xét kỷ luật.")]);
        await CompleteAsync(app, "pv05.thanhhoa", refused, "Task_PV05ReviewSimplified", "reject", "Thành tích chưa đủ tiêu chuẩn.");

        await CompleteAsync(app, "congan.hoanghoa", postponed, "Task_CommuneReviewSimplified");
        var pv05 = await app.ClientForAsync("pv05.thanhhoa");
        var whole = await pv05.PostAsJsonAsync($"/api/tasks/{await TaskIdAsync(app, "pv05.thanhhoa", postponed, "Task_PV05ReviewSimplified")}/postpone",
            new { reason = "Đơn vị đang được thanh tra." });
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
    }

    /// <summary>The figures the seeded set adds: in order dossiers, nominated (collectives, individuals), approved, refused, postponed.</summary>
    public static async Task The_seeded_set_adds_postponed_nominees_apart_from_the_refused(AwardsApp app)
    {
        var admin = await app.ClientForAsync("admin");
        var before = await admin.GetFromJsonAsync<JsonElement>("/api/statistics");

        await SeedAsync(app);

        admin = await app.ClientForAsync("admin");
        var after = await admin.GetFromJsonAsync<JsonElement>("/api/statistics");
        Assert.Equal([3, 3, 6, 1, 1, 1, 1, 1, 4], Added(before.GetProperty("total"), after.GetProperty("total")));
        Assert.Equal([1, 1, 2, 0, 0, 0, 0, 1, 2], Added(Unit(before, "Xã Hoằng Hóa"), Unit(after, "Xã Hoằng Hóa")));
        Assert.Equal([1, 1, 2, 0, 0, 1, 1, 0, 1], Added(Unit(before, "Phường Hạc Thành"), Unit(after, "Phường Hạc Thành")));
        Assert.Equal([1, 1, 2, 1, 1, 0, 0, 0, 1], Added(Unit(before, "Phường Sầm Sơn"), Unit(after, "Phường Sầm Sơn")));
    }

    public static int[] Tally(JsonElement t) =>
    [
        .. new[]
        {
            "dossiers", "nominatedCollectives", "nominatedIndividuals", "approvedCollectives", "approvedIndividuals",
            "refusedCollectives", "refusedIndividuals", "postponedCollectives", "postponedIndividuals",
        }.Select(name => t.TryGetProperty(name, out var value) ? value.GetInt32() : 0),
    ];

    private static int[] Added(JsonElement? before, JsonElement? after)
    {
        var (b, a) = (before is { } x ? Tally(x) : new int[9], after is { } y ? Tally(y) : new int[9]);
        return [.. a.Zip(b, (later, earlier) => later - earlier)];
    }

    private static JsonElement? Unit(JsonElement report, string name) =>
        report.GetProperty("byUnit").EnumerateArray().Where(r => r.GetProperty("name").GetString() == name)
            .Select(r => (JsonElement?)r.GetProperty("tally")).FirstOrDefault();

    private static object Postpone(int nomineeId, string reason) => new { nomineeId, keep = true, reason, @do = "postpone" };

    private static async Task<int> NomineeIdAsync(AwardsApp app, int nominationId, string name) =>
        (await NominationAsync(app, nominationId)).Nominees.Single(n => n.Name == name).Id;
}

public class PostponedStatisticsTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public Task Postponed_nominees_are_counted_by_the_database_apart_from_the_refused() =>
        PostponedStatistics.The_seeded_set_adds_postponed_nominees_apart_from_the_refused(app);

    [Fact]
    public async Task The_page_and_the_excel_export_show_the_postponed_beside_the_refused()
    {
        var client = await Tests.Documents.DocumentFiles.CookieClientAsync(app, "admin");

        var page = await client.GetStringAsync("/thong-ke");
        var workbook = await client.GetByteArrayAsync("/thong-ke/xuat-excel");

        Assert.Contains("<th>Tạm hoãn</th>", page);
        Assert.Matches(@"tạm hoãn \d+ tập thể, \d+ cá nhân\.", page);
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var sheet = (DocumentFormat.OpenXml.Packaging.WorksheetPart)book.WorkbookPart!.GetPartById(
            book.WorkbookPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First().Id!);
        var headers = sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().First()
            .Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToArray();
        Assert.Equal(["Tập thể không được khen thưởng", "Cá nhân không được khen thưởng", "Tập thể tạm hoãn", "Cá nhân tạm hoãn"], headers[^4..]);
    }
}
