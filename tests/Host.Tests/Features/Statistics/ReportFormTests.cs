using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Statistics.ReportForms;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Statistics;

/// <summary>
/// A known set of awards of 2028 (after the demo data), made straight through the domain on the test's SQLite file:
/// Ủy ban nhân dân tỉnh Thanh Hóa signs a Bằng khen outside any round for 1 collective and 2 individuals, a Bằng khen of a
/// round for 2 individuals, one revoked for 1 individual (not counted), and one dated 2027 (not counted); an imported
/// Bằng khen of a collective in 2028 under the same issuer's name; Công an tỉnh Thanh Hóa an imported Giấy khen of one
/// individual (not an award of a province: left out of the form and named in its notes).
/// </summary>
public sealed class ReportFormApp : AwardsApp
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _seeded;

    public int Committee { get; private set; }
    public int Police { get; private set; }
    public int Ministry { get; private set; }

    /// <summary>
    /// Bộ Công an's 2028, whose counts <c>ReportFormRowsTests</c> reads back: seven decisions, each of one award method, with
    /// awardees of every target group (Bằng khen, column 2: 7; Kỷ niệm chương, column 5: 7), five imported awards with and
    /// without a target group and method (Bằng khen 4, Kỷ niệm chương 1), and seven movements, six of them under way in
    /// 2028, of every level, scope, length and method.
    /// </summary>
    private async Task SeedMinistryAsync(AwardsDbContext db, Unit unit, Unit office)
    {
        var ministry = await db.Issuers.SingleAsync(i => i.Code == "BCA");
        Ministry = ministry.Id;
        var bangKhen = await db.AwardTypes.SingleAsync(a => a.Code == BangKhen);
        var medal = await db.AwardTypes.SingleAsync(a => a.Code == "KNC-BVANTQ");
        var round = await db.Rounds.FirstAsync(r => r.IssuerId == ministry.Id);
        var number = 9100;

        async Task Signed(AwardType awardType, Round? inRound, AwardMethod? method, params AwardeeTarget?[] targets)
        {
            var nomination = new Nomination(unit, awardType, inRound, null, null, "thidua.dongtien", Clock.GetUtcNow());
            nomination.ProposeMethod(method);
            var i = 0;
            foreach (var target in targets)
            {
                var collective = target is AwardeeTarget.Enterprise or AwardeeTarget.Household or AwardeeTarget.OtherCollective;
                nomination.AddNominee((collective
                    ? Nominee.Collective($"Tập thể Bộ {number}-{i++}", null, 10, 0.5m, "Thành tích.")
                    : Nominee.Individual($"Người Bộ {number}-{i++}", new DateOnly(1980, 1, 1), Sex.Male, null, null, NextCitizenId(), "Thành tích.")).AsTarget(target));
            }
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync();
            var decision = new Decision(ministry, awardType, inRound, office, nomination.Nominees.Select(n => (n, nomination)), "test", Clock.GetUtcNow());
            db.Decisions.Add(decision);
            await db.SaveChangesAsync();
            decision.Sign(++number, new DateOnly(2028, 4, 1), ministry.Signatory(null), "test", Clock.GetUtcNow(), nomination.Nominees);
            await db.SaveChangesAsync();
        }

        await Signed(bangKhen, null, null, AwardeeTarget.Enterprise, AwardeeTarget.Household, AwardeeTarget.ProvincialLeader);
        await Signed(bangKhen, null, AwardMethod.Foreign, AwardeeTarget.DepartmentLeader, AwardeeTarget.Businessperson, AwardeeTarget.OtherCollective);
        await Signed(medal, round, AwardMethod.Dedication, AwardeeTarget.OtherLeader, AwardeeTarget.OtherLeader, AwardeeTarget.DirectWorker);
        await Signed(medal, round, AwardMethod.Regular, AwardeeTarget.OtherIndividual, null);
        await Signed(medal, null, AwardMethod.Seniority, AwardeeTarget.DirectWorker);
        await Signed(medal, null, AwardMethod.Resistance, AwardeeTarget.DirectWorker);
        await Signed(bangKhen, round, AwardMethod.Thematic, AwardeeTarget.DirectWorker);

        // Imported awards of the same issuer and year, with their target groups and methods as the register's columns gave them:
        // a medal of a direct worker by seniority; Bằng khen of an ad-hoc enterprise, of a household given regularly, of a
        // provincial leader on a theme, and of an individual whose register said neither (rows 01 and 05 only).
        var batch = Guid.NewGuid();
        void Imported(AwardType awardType, NomineeKind kind, string name, AwardeeTarget? target, AwardMethod? method, bool adHoc = false) =>
            db.PastAwards.Add(new PastAward(batch, awardType, $"{++number}/QĐ-BCA", new DateOnly(2028, 2, 15), ministry.Name, kind, name,
                kind == NomineeKind.Individual ? new DateOnly(1970, 1, 1) : null, kind == NomineeKind.Individual ? Sex.Female : null,
                kind == NomineeKind.Individual ? NextCitizenId() : null, null, unit, "Xã Đông Tiến", "test", Clock.GetUtcNow(), adHoc, target, method));
        Imported(medal, NomineeKind.Individual, "Người nhập Bộ 1", AwardeeTarget.DirectWorker, AwardMethod.Seniority);
        Imported(bangKhen, NomineeKind.Collective, "Công ty nhập Bộ 2", AwardeeTarget.Enterprise, null, adHoc: true);
        Imported(bangKhen, NomineeKind.Collective, "Hộ nhập Bộ 3", AwardeeTarget.Household, AwardMethod.Regular);
        Imported(bangKhen, NomineeKind.Individual, "Người nhập Bộ 4", AwardeeTarget.ProvincialLeader, AwardMethod.Thematic);
        Imported(bangKhen, NomineeKind.Individual, "Người nhập Bộ 5", null, null);

        void Movement(string name, MovementLevel level, MovementScope scope, MovementMethod method, DateOnly from, DateOnly to) =>
            db.EmulationMovements.Add(new EmulationMovement(ministry.Id, name, "Bộ Công an", level, scope, method, from, to, null, "test", Clock.GetUtcNow()));
        Movement("M1", MovementLevel.Central, MovementScope.Nationwide, MovementMethod.Thematic, new(2028, 1, 1), new(2028, 12, 31));
        Movement("M2", MovementLevel.MinistryOrProvince, MovementScope.MinistryOrLocality, MovementMethod.RegularYearly, new(2028, 1, 1), new(2028, 12, 31));
        Movement("M3", MovementLevel.Agency, MovementScope.Cluster, MovementMethod.Thematic, new(2028, 3, 1), new(2028, 6, 30));
        Movement("M4", MovementLevel.Agency, MovementScope.Agency, MovementMethod.Thematic, new(2026, 1, 1), new(2030, 12, 31));
        Movement("M5", MovementLevel.MinistryOrProvince, MovementScope.MinistryOrLocality, MovementMethod.Thematic, new(2027, 7, 1), new(2029, 6, 30));
        Movement("M6 (2025–2027, not counted)", MovementLevel.Central, MovementScope.Nationwide, MovementMethod.RegularYearly, new(2025, 1, 1), new(2027, 12, 31));
        Movement("M7", MovementLevel.Agency, MovementScope.Agency, MovementMethod.Thematic, new(2028, 1, 1), new(2030, 12, 31));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// State-level awards of 2028 for form 0602, imported as decided by the President or the Prime Minister for people and
    /// collectives of Xã Đông Tiến, in award types an administrator placed in the columns of 0602 (Huân chương: column 2,
    /// each its own; Bà mẹ Việt Nam anh hùng: 5; Bằng khen của Thủ tướng: 7; Chiến sĩ thi đua toàn quốc: 8). The Ủy ban's
    /// award types: Huân chương Lao động hạng Ba (1 enterprise regularly, 1 direct worker for dedication), Huân chương Bảo vệ
    /// Tổ quốc hạng Ba (1 provincial leader regularly), Bằng khen của Thủ tướng (1 household on a theme, 1 individual the
    /// register says nothing of, 1 other leader ad hoc; and one of 2027, not counted), Chiến sĩ thi đua toàn quốc (1 direct
    /// worker regularly), Bà mẹ Việt Nam anh hùng (1, in kháng chiến), and a Huy chương not placed in any column of 0602
    /// (1, named in the notes). The police's: Huân chương Chiến công hạng Ba (1 individual), counted in Công an tỉnh's 0602.
    /// </summary>
    private async Task SeedStateLevelAsync(AwardsDbContext db, Unit unit)
    {
        var workflow = (await db.AwardTypes.FirstAsync()).WorkflowKey;
        AwardType Type(string code, string name, string kind, bool collectives)
        {
            var type = new AwardType(code, name, "Chủ tịch nước", kind, collectives, true, false, workflow, "Thành tích xuất sắc.");
            db.AwardTypes.Add(type);
            return type;
        }
        var labour = Type("HCLD3", "Huân chương Lao động hạng Ba", IssuerKinds.ProvinceCommittee, true);
        var fatherland = Type("HCBVTQ3", "Huân chương Bảo vệ Tổ quốc hạng Ba", IssuerKinds.ProvinceCommittee, true);
        var feat = Type("HCCC3", "Huân chương Chiến công hạng Ba", IssuerKinds.ProvincePolice, true);
        var primeMinister = Type("BKTTG", "Bằng khen của Thủ tướng Chính phủ", IssuerKinds.ProvinceCommittee, true);
        var national = Type("CSTDTQ", "Chiến sĩ thi đua toàn quốc", IssuerKinds.ProvinceCommittee, false);
        var mother = Type("BMVNAH", "Bà mẹ Việt Nam anh hùng", IssuerKinds.ProvinceCommittee, false);
        var unplaced = Type("HCCSVV1", "Huy chương Chiến sĩ vẻ vang hạng Nhất", IssuerKinds.ProvinceCommittee, false);
        await db.SaveChangesAsync();
        foreach (var (type, column) in new[] { (labour, 2), (fatherland, 2), (feat, 2), (primeMinister, 7), (national, 8), (mother, 5) })
            db.ReportColumns.Add(new ReportColumn(Form0602.FormKey, type.Id, column, "Thông tư 02/2023/TT-BNV, Biểu số 0602.N/BNV-TĐKT."));

        var batch = Guid.NewGuid();
        var number = 700;
        void Imported(AwardType type, NomineeKind kind, AwardeeTarget? target, AwardMethod? method, bool adHoc = false, int year = 2028) =>
            db.PastAwards.Add(new PastAward(batch, type, $"{++number}/QĐ-CTN", new DateOnly(year, 9, 2), "Chủ tịch nước", kind, $"Nhà nước {number}",
                kind == NomineeKind.Individual ? new DateOnly(1960, 1, 1) : null, kind == NomineeKind.Individual ? Sex.Female : null,
                kind == NomineeKind.Individual ? NextCitizenId() : null, null, unit, "Xã Đông Tiến", "test", Clock.GetUtcNow(), adHoc, target, method));
        Imported(labour, NomineeKind.Collective, AwardeeTarget.Enterprise, AwardMethod.Regular);
        Imported(labour, NomineeKind.Individual, AwardeeTarget.DirectWorker, AwardMethod.Dedication);
        Imported(fatherland, NomineeKind.Individual, AwardeeTarget.ProvincialLeader, AwardMethod.Regular);
        Imported(primeMinister, NomineeKind.Collective, AwardeeTarget.Household, AwardMethod.Thematic);
        Imported(primeMinister, NomineeKind.Individual, null, null);
        Imported(primeMinister, NomineeKind.Individual, AwardeeTarget.OtherLeader, null, adHoc: true);
        Imported(primeMinister, NomineeKind.Individual, AwardeeTarget.DirectWorker, AwardMethod.Regular, year: 2027);
        Imported(national, NomineeKind.Individual, AwardeeTarget.DirectWorker, AwardMethod.Regular);
        Imported(mother, NomineeKind.Individual, null, AwardMethod.Resistance);
        Imported(unplaced, NomineeKind.Individual, AwardeeTarget.DirectWorker, AwardMethod.Regular);
        Imported(feat, NomineeKind.Individual, AwardeeTarget.DirectWorker, AwardMethod.AdHoc);
        await db.SaveChangesAsync();
    }

    public async Task SeedOnceAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_seeded) return;
            _ = Services; // the demo province is seeded at start, at the default clock
            Clock.Set(new DateTimeOffset(2028, 6, 1, 9, 0, 0, TimeSpan.FromHours(7)));
            await WithScopeAsync(async s =>
            {
                var db = s.GetRequiredService<AwardsDbContext>();
                var committee = await db.Issuers.SingleAsync(i => i.Code == "UBND-TH");
                var police = await db.Issuers.SingleAsync(i => i.Code == "CAT-TH");
                (Committee, Police) = (committee.Id, police.Id);
                var bangKhen = await db.AwardTypes.SingleAsync(a => a.Code == BangKhen);
                var giayKhen = await db.AwardTypes.SingleAsync(a => a.Code == GiayKhen);
                var round = await db.Rounds.FirstAsync(r => r.IssuerId == committee.Id);
                var unit = await db.Units.SingleAsync(u => u.Code == "TH-DONGTIEN");
                var office = await db.Units.SingleAsync(u => u.Code == "TH");

                async Task<Decision> Signed(Round? inRound, int number, DateOnly on, int collectives, int individuals)
                {
                    var nomination = new Nomination(unit, bangKhen, inRound, null, null, "thidua.dongtien", Clock.GetUtcNow());
                    for (var i = 0; i < collectives; i++) nomination.AddNominee(Nominee.Collective($"Tập thể thử {number}-{i}", null, 10, 0.5m, "Thành tích."));
                    for (var i = 0; i < individuals; i++)
                        nomination.AddNominee(Nominee.Individual($"Người thử {number}-{i}", new DateOnly(1980, 1, 1), Sex.Female, null, null, NextCitizenId(), "Thành tích."));
                    db.Nominations.Add(nomination);
                    await db.SaveChangesAsync();
                    var decision = new Decision(committee, bangKhen, inRound, office, nomination.Nominees.Select(n => (n, nomination)), "test", Clock.GetUtcNow());
                    db.Decisions.Add(decision);
                    await db.SaveChangesAsync();
                    decision.Sign(number, on, committee.Signatory(null), "test", Clock.GetUtcNow(), nomination.Nominees);
                    await db.SaveChangesAsync();
                    return decision;
                }

                await Signed(null, 9001, new DateOnly(2028, 3, 10), 1, 2);
                await Signed(round, 9002, new DateOnly(2028, 5, 20), 0, 2);
                (await Signed(null, 9003, new DateOnly(2028, 4, 1), 0, 1)).Revoke("Thử thu hồi.", "test", Clock.GetUtcNow());
                await Signed(null, 9004, new DateOnly(2027, 12, 31), 1, 1);
                var batch = Guid.NewGuid();
                db.PastAwards.Add(new PastAward(batch, bangKhen, "12/QĐ-UBND", new DateOnly(2028, 2, 1), committee.Name, NomineeKind.Collective,
                    "Hội Cựu chiến binh xã Đông Tiến", null, null, null, null, unit, "Xã Đông Tiến", "test", Clock.GetUtcNow()));
                db.PastAwards.Add(new PastAward(batch, giayKhen, "34/QĐ-CAT", new DateOnly(2028, 2, 2), police.Name, NomineeKind.Individual,
                    "Người thử Giấy khen", new DateOnly(1985, 5, 5), Sex.Male, NextCitizenId(), null, unit, "Xã Đông Tiến", "test", Clock.GetUtcNow()));
                await db.SaveChangesAsync();
                await SeedMinistryAsync(db, unit, office);
                await SeedStateLevelAsync(db, unit);
                return 0;
            });
            _seeded = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}

public class ReportFormTests(ReportFormApp app) : IClassFixture<ReportFormApp>
{
    private async Task<HttpResponseMessage> GetAsync(string userName, string url)
    {
        await app.SeedOnceAsync();
        return await (await app.ClientForAsync(userName)).GetAsync(url);
    }

    /// <summary>The sheet's cells by address ("D11" → "6"); empty cells read as "".</summary>
    private static Dictionary<string, string> Cells(byte[] file, out string sheetName)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(file), false);
        // A workbook Excel opens without repairing it.
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        sheetName = sheet.Name!.Value!;
        return ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "");
    }

    private async Task<Dictionary<string, string>> FormAsync(string userName, int issuerId, int year = 2028)
    {
        var response = await GetAsync(userName, $"/api/statistics/forms/0603.xlsx?year={year}&issuerId={issuerId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        return Cells(await response.Content.ReadAsByteArrayAsync(), out _);
    }

    private static string[] Row(Dictionary<string, string> cells, int row) =>
        [.. "ABCDEFGH".Select(c => cells.GetValueOrDefault($"{c}{row}", ""))];

    [Fact]
    public async Task Form_0603_reads_back_with_the_official_header_headings_and_the_seeded_counts_cell_by_cell()
    {
        var cells = await FormAsync("admin", (await Seeded()).Committee);

        Assert.Equal("Biểu số: 0603.N/BNV-TĐKT", cells["A1"]);
        Assert.Equal("Đơn vị báo cáo: Ủy ban nhân dân tỉnh Thanh Hóa", cells["E1"]);
        Assert.Equal("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", cells["A2"]);
        Assert.Equal("Đơn vị nhận báo cáo: Bộ Nội vụ", cells["E2"]);
        Assert.Equal("SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG", cells["A5"]);
        Assert.Equal("Năm 2028", cells["A6"]);
        Assert.Equal(["", "Mã số", "Đơn vị tính", "Tổng số", "Chia ra", "", "", ""], Row(cells, 8));
        Assert.Equal(["Bằng khen", "Chiến sĩ thi đua cấp bộ, cấp tỉnh"], [cells["E9"], cells["F9"]]);
        Assert.StartsWith("Cờ thi đua", cells["G9"]);
        Assert.StartsWith("Huy hiệu (kỷ niệm chương)", cells["H9"]);
        Assert.Equal(["A", "B", "C", "1", "2", "3", "4", "5"], Row(cells, 10));

        // 1 + 2 ad hoc, 2 of a round, 1 imported collective; the revoked decision and the one of 2027 are not counted.
        Assert.Equal(["Tổng số", "01", "", "6", "6", "0", "0", "0"], Row(cells, 11));
        Assert.Equal(["1. Chia theo đối tượng khen thưởng", "", "", "", "", "", "", ""], Row(cells, 12));
        Assert.Equal(["- Tập thể", "02", "Tập thể", "2", "2", "0", "0", "0"], Row(cells, 13));
        Assert.Equal(["Trong đó: Doanh nghiệp", "03", "Doanh nghiệp", "0", "0", "0", "0", "0"], Row(cells, 14));
        Assert.Equal(["- Hộ gia đình", "04", "Hộ", "0", "0", "0", "0", "0"], Row(cells, 15));
        Assert.Equal(["- Cá nhân", "05", "Người", "4", "4", "0", "0", "0"], Row(cells, 16));
        Assert.Equal(["+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", "06", "Người", "0", "0", "0", "0", "0"], Row(cells, 17));
        Assert.Equal("10", cells["B21"]);
        Assert.Equal(["2. Chia theo phương thức khen thưởng", "", "", "", "", "", "", ""], Row(cells, 22));
        Assert.Equal(["- Thường xuyên", "11", "", "0", "0", "0", "0", "0"], Row(cells, 23));
        Assert.Equal(["- Đột xuất", "13", "", "3", "3", "0", "0", "0"], Row(cells, 25));
        Assert.Equal(["- Kháng chiến", "17", "", "0", "0", "0", "0", "0"], Row(cells, 29));

        Assert.Contains(cells.Values, v => v.StartsWith("Ghi chú: số liệu tính từ các quyết định khen thưởng của Ủy ban nhân dân tỉnh Thanh Hóa", StringComparison.Ordinal));
        Assert.Contains(ReportFormCatalogue.SourceNote, cells.Values);
        Assert.Contains("NGƯỜI LẬP BIỂU", cells.Values);
        Assert.Contains("CHỦ TỊCH", cells.Values);
        Assert.Contains("(Ký, họ tên, đóng dấu)", cells.Values);
        Assert.Contains("Ông Lê Văn Thành", cells.Values);
    }

    [Fact]
    public async Task An_award_that_is_not_of_a_province_is_left_out_of_form_0603_and_named_in_its_notes()
    {
        var cells = await FormAsync("admin", (await Seeded()).Police);

        Assert.Equal("Đơn vị báo cáo: Công an tỉnh Thanh Hóa", cells["E1"]);
        Assert.Equal("Đơn vị nhận báo cáo: Bộ Công an", cells["E2"]);
        Assert.Equal(["Tổng số", "01", "", "0", "0", "0", "0", "0"], Row(cells, 11));
        Assert.Contains(cells.Values, v => v.Contains("Giấy khen của Giám đốc Công an tỉnh (0 tập thể, 1 cá nhân)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reviewer_of_the_issuers_unit_gets_the_form_and_a_year_without_awards_reads_zero()
    {
        var seeded = await Seeded();
        var office = await FormAsync("pv05.thanhhoa", seeded.Committee);
        var before = await FormAsync("admin", seeded.Committee, 2025);

        // PV05 consolidated these decisions (its own office's), and sees the imported award of a unit under it.
        Assert.Equal(["Tổng số", "01", "", "6", "6", "0", "0", "0"], Row(office, 11));
        Assert.Equal(["Tổng số", "01", "", "0", "0", "0", "0", "0"], Row(before, 11));
    }

    [Fact]
    public async Task Someone_who_does_not_report_for_the_issuer_an_unknown_form_and_a_year_out_of_range_are_refused_in_vietnamese()
    {
        var seeded = await Seeded();

        var clerk = await GetAsync("thidua.dongtien", $"/api/statistics/forms/0603.xlsx?year=2028&issuerId={seeded.Committee}");
        var ministry = await GetAsync("v05.bca", $"/api/statistics/forms/0603.xlsx?year=2028&issuerId={seeded.Committee}");
        var unknown = await GetAsync("admin", $"/api/statistics/forms/9999.xlsx?year=2028&issuerId={seeded.Committee}");
        var early = await GetAsync("admin", $"/api/statistics/forms/0603.xlsx?year=1999&issuerId={seeded.Committee}");
        var late = await GetAsync("admin", $"/api/statistics/forms/0603.xlsx?year=2029&issuerId={seeded.Committee}");
        var anonymous = await app.CreateClient().GetAsync($"/api/statistics/forms/0603.xlsx?year=2028&issuerId={seeded.Committee}");

        Assert.Equal(HttpStatusCode.NotFound, clerk.StatusCode);
        Assert.Contains("không phải người lập báo cáo thống kê", await clerk.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, ministry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Không có biểu mẫu '9999'", await unknown.Content.ReadAsStringAsync());
        var staff = await GetAsync("admin", $"/api/statistics/forms/0604.xlsx?year=2028&issuerId={seeded.Committee}");
        Assert.Equal(HttpStatusCode.NotFound, staff.StatusCode);
        Assert.Contains("Biểu số 0604.N/BNV-TĐKT (Số lượng tổ chức làm công tác thi đua, khen thưởng) chưa xuất được: hệ thống không quản lý",
            await staff.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Năm báo cáo phải từ 2000 đến 2028.", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_forms_list_offers_each_caller_only_the_issuers_they_report_for_and_the_page_downloads_the_form()
    {
        var seeded = await Seeded();
        var admin = await (await GetAsync("admin", "/api/statistics/forms")).Content.ReadFromJsonAsync<JsonElement>();
        var clerk = await (await GetAsync("thidua.dongtien", "/api/statistics/forms")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["0601.N/BNV-TĐKT", "0602.N/BNV-TĐKT", "0603.N/BNV-TĐKT"], admin.GetProperty("forms").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        Assert.Equal(3, admin.GetProperty("issuers").GetArrayLength());
        Assert.Equal(0, clerk.GetProperty("issuers").GetArrayLength());

        var browser = await Tests.Documents.DocumentFiles.CookieClientAsync(app, "admin");
        var page = await browser.GetStringAsync("/thong-ke");
        Assert.Contains("Biểu số 0603.N/BNV-TĐKT", page);
        Assert.Contains("action=\"/thong-ke/bieu-mau/0603.xlsx\"", page);
        Assert.Contains("action=\"/thong-ke/bieu-mau/0602.xlsx\"", page);
        Assert.Contains("Biểu số 0604.N/BNV-TĐKT (Số lượng tổ chức làm công tác thi đua, khen thưởng): hệ thống không quản lý", page);
        Assert.Contains("action=\"/thong-ke/bieu-mau/0601.xlsx\"", page);
        var download = await browser.GetAsync($"/thong-ke/bieu-mau/0603.xlsx?nam=2028&coQuan={seeded.Committee}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var cells = Cells(await download.Content.ReadAsByteArrayAsync(), out var sheet);
        Assert.Equal("0603.N", sheet);
        Assert.Equal("6", cells["D11"]);
    }

    [Theory]
    [InlineData("Bằng khen của Chủ tịch UBND tỉnh", 0)]
    [InlineData("Chiến sĩ thi đua cấp tỉnh", 1)]
    [InlineData("Cờ thi đua của Bộ Công an", 2)]
    [InlineData("Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"", 3)]
    [InlineData("Huy hiệu Công an nhân dân", 3)]
    [InlineData("Giấy khen của Giám đốc Công an tỉnh", null)]
    [InlineData("Bằng khen của Thủ tướng Chính phủ", null)]
    [InlineData("Cờ thi đua của Chính phủ", null)]
    [InlineData("Chiến sĩ thi đua toàn quốc", null)]
    public void Each_award_type_goes_in_the_column_of_its_form_of_award_and_a_giay_khen_in_none(string awardType, int? column) =>
        Assert.Equal(column, Host.Features.Statistics.ReportForms.Form0603.ColumnOf(awardType));

    private async Task<ReportFormApp> Seeded()
    {
        await app.SeedOnceAsync();
        return app;
    }
}
