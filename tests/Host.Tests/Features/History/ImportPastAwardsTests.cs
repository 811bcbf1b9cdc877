using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.History;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.History.PastAwardFiles;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.History;

public sealed class ImportPastAwardsTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private static int _lastFormerId = 1_000_000;

    /// <summary>An old 9-digit CMND no other test uses.</summary>
    private static string NewFormerId() => $"17{Interlocked.Increment(ref _lastFormerId):D7}";

    [Fact]
    public async Task A_good_file_is_imported_whole_and_listed_with_the_unit_name_of_the_time()
    {
        var admin = await app.ClientForAsync("admin");
        var formerId = NewFormerId();

        var response = await ImportAsync(admin, Filled(Person("Đặng Văn Khoa", formerId: formerId), CollectiveLine("Tổ tự quản thôn Đông Khê")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("imported").GetInt32());
        var list = await (await admin.GetAsync("/api/past-awards")).Content.ReadFromJsonAsync<JsonElement>();
        var khoa = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("formerCitizenId").GetString() == formerId);
        Assert.Equal("Đặng Văn Khoa", khoa.GetProperty("name").GetString());
        Assert.Equal("77/QĐ-BCA", khoa.GetProperty("decisionNumber").GetString());
        Assert.Equal("2019-08-15", khoa.GetProperty("issuedOn").GetString());
        Assert.Equal("Xã Đông Tiến, huyện Đông Sơn", khoa.GetProperty("unitName").GetString());
        var audit = await app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "ImportPastAwards.Command").ToListAsync());
        Assert.Contains(audit, a => a.UserName == "admin" && a.EntityId == "khen-thuong-cu.xlsx");
    }

    [Fact]
    public async Task Each_bad_row_is_named_by_row_column_and_reason_and_nothing_of_the_file_is_imported()
    {
        var admin = await app.ClientForAsync("admin");
        var good = NewFormerId();
        var twice = NewFormerId();
        var file = Filled(
            Person("Người đúng", formerId: good),                                                      // row 2
            Person("Thiếu số quyết định", formerId: NewFormerId(), decision: ""),                        // row 3
            Person("Sai ngày", formerId: NewFormerId(), on: "31/02/2019"),                               // row 4
            Person("Sai loại khen thưởng", formerId: NewFormerId(), award: "HUY-CHUONG-X"),              // row 5
            CollectiveLine("Tập thể không được tặng Kỷ niệm chương", award: "KNC-BVANTQ"),                  // row 6
            Person("Sai số căn cước", citizenId: "0381234567"),                                         // row 7
            Person("Không có gì để nhận ra", born: ""),                                                 // row 8
            Person("Sai mã đơn vị", formerId: NewFormerId(), unitCode: "KHONG-CO"),                     // row 9
            Person("Tặng hai lần", formerId: twice),                                                    // row 10
            Person("Tặng hai lần", formerId: twice, decision: "78/QĐ-BCA"),                             // row 11
            Person("Ngày chưa tới", formerId: NewFormerId(), on: "01/01/2030"));                        // row 12

        var response = await ImportAsync(admin, file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, result.GetProperty("imported").GetInt32());
        var errors = result.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString()!, Message: e.GetProperty("message").GetString()!)).ToList();
        var headers = PastAwardSpreadsheet.Headers;
        Assert.Contains(errors, e => e.Row == 3 && e.Column == headers[0] && e.Message.Contains("số quyết định", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 4 && e.Column == headers[1] && e.Message.Contains("'31/02/2019' không đúng dạng dd/MM/yyyy", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 5 && e.Column == headers[3] && e.Message.Contains("Không có loại khen thưởng 'HUY-CHUONG-X'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 6 && e.Column == headers[4] && e.Message.Contains("không tặng cho tập thể", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 7 && e.Column == headers[8] && e.Message == PersonName.CitizenIdRule);
        Assert.Contains(errors, e => e.Row == 8 && e.Column == headers[8] && e.Message.Contains("Cần ít nhất số CCCD", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 9 && e.Column == headers[10] && e.Message.Contains("Không có đơn vị mã 'KHONG-CO'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 11 && e.Column == headers[5] && e.Message.Contains("trùng với dòng 10", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 12 && e.Column == headers[1] && e.Message.Contains("chưa tới", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Row is 2 or 10);
        var kept = await app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().PastAwards
            .CountAsync(a => a.FormerCitizenId == good || a.FormerCitizenId == twice));
        Assert.Equal(0, kept);
    }

    [Fact]
    public async Task An_ad_hoc_row_is_imported_as_ad_hoc_and_the_template_says_how_to_mark_it()
    {
        var admin = await app.ClientForAsync("admin");
        var adHoc = NewFormerId();
        var ofARound = NewFormerId();

        var response = await ImportAsync(admin, Filled(
            Person("Khen đột xuất", formerId: adHoc, award: "GK-GDCAT", decision: "15/QĐ-CAT", adHoc: "x"),
            Person("Khen theo đợt", formerId: ofARound, award: "GK-GDCAT", decision: "16/QĐ-CAT")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kept = await app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().PastAwards.AsNoTracking()
            .Where(a => a.FormerCitizenId == adHoc || a.FormerCitizenId == ofARound).ToDictionaryAsync(a => a.FormerCitizenId!, a => a.AdHoc));
        Assert.True(kept[adHoc]);
        Assert.False(kept[ofARound]);
        var template = await admin.GetByteArrayAsync("/api/past-awards/template.xlsx");
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(template), false);
        var text = string.Join("\n", document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "",
            string.Concat(document.WorkbookPart.WorksheetParts.Select(p => p.Worksheet.InnerText)));
        Assert.Contains("Đột xuất (x nếu khen thưởng đột xuất)", text, StringComparison.Ordinal);
        Assert.Contains("Khen thưởng đột xuất không được tính làm điều kiện", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_target_group_and_award_method_are_read_by_their_names_kept_and_listed_by_the_api()
    {
        var admin = await app.ClientForAsync("admin");
        var (businessman, adHoc, plain) = (NewFormerId(), NewFormerId(), NewFormerId());

        var response = await ImportAsync(admin, Filled(
            Person("Doanh nhân nhập", formerId: businessman, award: "GK-GDCAT", decision: "21/QĐ-CAT", target: "DOANH NHAN", method: "niên hạn"),
            Person("Đột xuất theo phương thức", formerId: adHoc, award: "GK-GDCAT", decision: "22/QĐ-CAT", method: "Đột xuất"),
            Person("Không ghi đối tượng", formerId: plain, award: "GK-GDCAT", decision: "23/QĐ-CAT"),
            CollectiveLine("Hộ ông Lò Văn Inh", decision: "24/QĐ-CAT", target: "Hộ gia đình", method: "Thường xuyên")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await admin.GetFromJsonAsync<JsonElement>("/api/past-awards")).GetProperty("items").EnumerateArray().ToList();
        var one = items.Single(i => i.GetProperty("formerCitizenId").GetString() == businessman);
        Assert.Equal(("businessperson", "Doanh nhân", "seniority", "Niên hạn"), (one.GetProperty("target").GetString(), one.GetProperty("targetName").GetString(),
            one.GetProperty("method").GetString(), one.GetProperty("methodName").GetString()));
        Assert.False(one.GetProperty("adHoc").GetBoolean());
        // "Đột xuất" as the method is also the ad-hoc mark that keeps it from counting toward a higher award.
        var second = items.Single(i => i.GetProperty("formerCitizenId").GetString() == adHoc);
        Assert.Equal("adHoc", second.GetProperty("method").GetString());
        Assert.True(second.GetProperty("adHoc").GetBoolean());
        var third = items.Single(i => i.GetProperty("formerCitizenId").GetString() == plain);
        Assert.Equal(JsonValueKind.Null, third.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, third.GetProperty("method").ValueKind);
        var household = items.Single(i => i.GetProperty("name").GetString() == "Hộ ông Lò Văn Inh");
        Assert.Equal(("household", "regular"), (household.GetProperty("target").GetString(), household.GetProperty("method").GetString()));
        var template = await admin.GetByteArrayAsync("/api/past-awards/template.xlsx");
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(template), false);
        var text = string.Join("\n", document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "",
            string.Concat(document.WorkbookPart.WorksheetParts.Select(p => p.Worksheet.InnerText)));
        Assert.Contains(PastAwardSpreadsheet.Headers[13], text, StringComparison.Ordinal);
        Assert.Contains(PastAwardSpreadsheet.Headers[14], text, StringComparison.Ordinal);
        Assert.All(ReportCategories.Targets, t => Assert.Contains(t.Name, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_target_group_of_the_wrong_kind_an_unknown_one_or_method_and_an_ad_hoc_mark_beside_another_method_are_named_and_nothing_is_imported()
    {
        var admin = await app.ClientForAsync("admin");
        var good = NewFormerId();

        var response = await ImportAsync(admin, Filled(
            Person("Người đúng đối tượng", formerId: good, target: "Doanh nhân", method: "Cống hiến"),       // row 2
            Person("Cá nhân ghi hộ gia đình", formerId: NewFormerId(), target: "Hộ gia đình"),             // row 3
            CollectiveLine("Tập thể ghi doanh nhân", decision: "31/QĐ-CAT", target: "doanh nhân"),         // row 4
            Person("Đối tượng lạ", formerId: NewFormerId(), target: "Nông dân"),                           // row 5
            Person("Phương thức lạ", formerId: NewFormerId(), method: "Theo đợt"),                         // row 6
            Person("Đột xuất mà chuyên đề", formerId: NewFormerId(), adHoc: "x", method: "Chuyên đề")));   // row 7

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, result.GetProperty("imported").GetInt32());
        var errors = result.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString()!, Message: e.GetProperty("message").GetString()!)).ToList();
        var headers = PastAwardSpreadsheet.Headers;
        Assert.Equal([3, 4, 5, 6, 7], errors.Select(e => e.Row));
        Assert.Equal([headers[13], headers[13], headers[13], headers[14], headers[14]], errors.Select(e => e.Column));
        Assert.Equal(ReportCategories.ReadTarget("Hộ gia đình", NomineeKind.Individual).Error, errors[0].Message);
        Assert.StartsWith("'Hộ gia đình' là đối tượng dành cho tập thể, mà dòng này là cá nhân.", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("'doanh nhân' là đối tượng dành cho cá nhân, mà dòng này là tập thể.", errors[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("Không có đối tượng 'Nông dân'.", errors[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("Không có phương thức khen thưởng 'Theo đợt'.", errors[3].Message, StringComparison.Ordinal);
        Assert.Equal(ReportCategories.AdHocButMethod(AwardMethod.Thematic), errors[4].Message);
        var kept = await app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().PastAwards.CountAsync(a => a.FormerCitizenId == good));
        Assert.Equal(0, kept);
    }

    [Fact]
    public async Task A_bad_ad_hoc_mark_is_named_by_row_column_and_reason()
    {
        var admin = await app.ClientForAsync("admin");

        var response = await ImportAsync(admin, Filled(Person("Người đúng", formerId: NewFormerId()), Person("Đánh dấu sai", formerId: NewFormerId(), adHoc: "đợt 2")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal(PastAwardSpreadsheet.Headers[12], error.GetProperty("column").GetString());
        Assert.Contains("không phải 'đợt 2'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_excel_is_refused_clearly()
    {
        var admin = await app.ClientForAsync("admin");

        var renamed = await ImportAsync(admin, "Số quyết định;Ngày\n12/QĐ;01/01/2020"u8.ToArray());
        var csv = await ImportAsync(admin, "Số quyết định;Ngày"u8.ToArray(), "khen-thuong.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, renamed.StatusCode);
        Assert.StartsWith("Không đọc được tệp", (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains("không phải tệp Excel .xlsx", (await csv.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_oversized_file_is_refused_with_the_limit()
    {
        var admin = await app.ClientForAsync("admin");

        var response = await ImportAsync(admin, new byte[PastAwardSpreadsheet.MaxBytes + 1]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"lớn quá {PastAwardSpreadsheet.MaxBytes / 1024 / 1024} MB", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Only_administrators_import()
    {
        var pv05 = await app.ClientForAsync("pv05.thanhhoa");

        var response = await ImportAsync(pv05, Filled(Person("Người không được nhập", formerId: NewFormerId())));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_imported_medal_blocks_a_second_one_whether_the_new_dossier_gives_the_cmnd_alone_or_beside_a_cccd()
    {
        var admin = await app.ClientForAsync("admin");
        var formerId = NewFormerId();
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(admin, Filled(Person("Vi Văn Thắng", formerId: formerId)))).StatusCode);
        var clerk = await app.ClientForAsync("thidua.dongtien");

        var withBoth = await clerk.PostAsJsonAsync("/api/nominations", Body(Medal, IndividualWithCmnd("Vi Văn Thắng", NewCitizenId(), formerId)));
        var typedAsCccd = await clerk.PostAsJsonAsync("/api/nominations", Body(Medal, Individual("Vi Văn Thắng", formerId)));

        var detail = (await ProblemAsync(withBoth, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!;
        Assert.Contains("'Vi Văn Thắng' đã được tặng Kỷ niệm chương", detail);
        Assert.Contains("Quyết định số 77/QĐ-BCA ngày 15/08/2019 của Bộ Công an", detail);
        Assert.Contains("mỗi người chỉ được tặng một lần", (await ProblemAsync(typedAsCccd, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_imported_award_is_found_by_its_cmnd_and_by_the_cccd_a_later_dossier_gives_beside_it()
    {
        var admin = await app.ClientForAsync("admin");
        var formerId = NewFormerId();
        var citizenId = NewCitizenId();
        var line = Person("Lương Văn Hải", formerId: formerId, award: "GK-GDCAT", decision: "356/QĐ-CAT-PV05", on: "20/12/2018");
        line[2] = "Công an tỉnh Thanh Hóa";
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(admin, Filled(line))).StatusCode);
        await CreateAsync(await app.ClientForAsync("thidua.dongtien"), GiayKhen, IndividualWithCmnd("Lương Văn Hải", citizenId, formerId));

        foreach (var number in new[] { formerId, citizenId })
        {
            var hits = await (await admin.PostAsJsonAsync("/api/awards/lookup", new { citizenId = number })).Content.ReadFromJsonAsync<JsonElement>();
            var hit = Assert.Single(hits.EnumerateArray());
            Assert.True(hit.GetProperty("imported").GetBoolean());
            Assert.Equal("356/QĐ-CAT-PV05", hit.GetProperty("decisionNumber").GetString());
            Assert.Equal("Công an tỉnh Thanh Hóa", hit.GetProperty("issuerName").GetString());
        }
    }

    [Fact]
    public async Task An_imported_award_counts_in_the_statistics_by_decision_date_under_the_unit_name_of_the_time()
    {
        var admin = await app.ClientForAsync("admin");
        var line = Person("Mai Văn Tuấn", formerId: NewFormerId(), award: "GK-GDCAT", decision: "45/QĐ-CAT-PV05", on: "10/03/2015", unitCode: "TH-HOANGHOA");
        line[11] = "Xã Hoằng Hóa, huyện Hoằng Hóa";
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(admin, Filled(line))).StatusCode);

        var byDecision = await (await admin.GetAsync("/api/statistics?by=decision&from=2015-01-01&to=2015-12-31")).Content.ReadFromJsonAsync<JsonElement>();
        var bySubmission = await (await admin.GetAsync("/api/statistics?from=2015-01-01&to=2015-12-31")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, byDecision.GetProperty("total").GetProperty("approvedIndividuals").GetInt32());
        var unit = Assert.Single(byDecision.GetProperty("byUnit").EnumerateArray());
        Assert.Equal("Xã Hoằng Hóa, huyện Hoằng Hóa", unit.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Number, unit.GetProperty("unitId").ValueKind);
        Assert.StartsWith("0 tập thể, 1 cá nhân được tặng Giấy khen", Assert.Single(byDecision.GetProperty("sentences").EnumerateArray()).GetString());
        Assert.Equal(0, bySubmission.GetProperty("total").GetProperty("approvedIndividuals").GetInt32());
    }

    [Fact]
    public async Task Two_units_of_the_same_name_are_two_rows_of_the_statistics()
    {
        var admin = await app.ClientForAsync("admin");
        foreach (var (code, parent) in new[] { ("TH-HOANGHOA-CCB", "TH-HOANGHOA"), ("TH-SAMSON-CCB", "TH-SAMSON") })
        {
            var created = await admin.PostAsJsonAsync("/api/admin/units", new
            {
                code, name = "Hội Cựu chiến binh", level = "unit", parentId = await Admin.AdminApi.UnitIdAsync(app, parent), effectiveFrom = "2026-01-01",
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var lines = new[] { "TH-HOANGHOA-CCB", "TH-SAMSON-CCB" }.Select(code =>
        {
            var line = CollectiveLine("Chi hội Cựu chiến binh thôn 1", decision: $"12/QĐ-CAT-{code}", on: "05/06/2013");
            (line[10], line[11]) = (code, "Hội Cựu chiến binh");
            return line;
        }).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(admin, Filled(lines))).StatusCode);

        var report = await (await admin.GetAsync("/api/statistics?by=decision&from=2013-01-01&to=2013-12-31")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["Hội Cựu chiến binh (TH-HOANGHOA-CCB)", "Hội Cựu chiến binh (TH-SAMSON-CCB)"],
            report.GetProperty("byUnit").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.All(report.GetProperty("byUnit").EnumerateArray(), r => Assert.Equal(1, r.GetProperty("tally").GetProperty("approvedCollectives").GetInt32()));
    }

    [Fact]
    public async Task Two_award_types_of_the_same_name_are_two_rows_of_the_statistics_each_named_with_its_code()
    {
        var admin = await app.ClientForAsync("admin");
        // Another issuer's Giấy khen that happens to bear the same name.
        var name = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            var giayKhen = await db.AwardTypes.AsNoTracking().SingleAsync(a => a.Code == "GK-GDCAT");
            db.AwardTypes.Add(new AwardType("GK-GDCAT-CU", giayKhen.Name, giayKhen.Decider, giayKhen.IssuerKind, true, true, false, giayKhen.WorkflowKey, giayKhen.Criteria));
            await db.SaveChangesAsync();
            return giayKhen.Name;
        });
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(admin, Filled(
            CollectiveLine("Tổ hòa giải thôn 2", award: "GK-GDCAT", decision: "7/QĐ-CAT", on: "03/03/2012"),
            CollectiveLine("Tổ hòa giải thôn 2", award: "GK-GDCAT-CU", decision: "8/QĐ-CAT", on: "04/03/2012"),
            CollectiveLine("Tổ hòa giải thôn 4", award: "GK-GDCAT-CU", decision: "9/QĐ-CAT", on: "05/03/2012")))).StatusCode);

        var report = await (await admin.GetAsync("/api/statistics?by=decision&from=2012-01-01&to=2012-12-31")).Content.ReadFromJsonAsync<JsonElement>();

        var rows = report.GetProperty("byAwardType").EnumerateArray()
            .Select(r => (Name: r.GetProperty("name").GetString(), Count: r.GetProperty("tally").GetProperty("approvedCollectives").GetInt32())).ToList();
        Assert.Equal([($"{name} (GK-GDCAT)", 1), ($"{name} (GK-GDCAT-CU)", 2)], rows);
    }

    [Fact]
    public async Task The_demo_history_holds_a_medal_holder_by_his_cmnd_and_a_person_known_by_both_numbers()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");

        var again = await clerk.PostAsJsonAsync("/api/nominations", Body(Medal, IndividualWithCmnd("Nguyễn Văn Bình", NewCitizenId(), "172345678")));
        var hits = await (await app.ClientForAsync("admin")).PostAsJsonAsync("/api/awards/lookup", new { citizenId = "038068001234" });

        Assert.Contains("'Nguyễn Văn Bình' đã được tặng Kỷ niệm chương", (await ProblemAsync(again, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        var quang = Assert.Single((await hits.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal(("Trịnh Văn Quang", "356/QĐ-CAT-PV05"), (quang.GetProperty("name").GetString(), quang.GetProperty("decisionNumber").GetString()));
        var binh = (await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/past-awards")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("decisionNumber").GetString() == "125/QĐ-BCA");
        Assert.Equal(("directWorker", "seniority"), (binh.GetProperty("target").GetString(), binh.GetProperty("method").GetString()));
    }

    internal static object IndividualWithCmnd(string name, string citizenId, string formerCitizenId) => new
    {
        kind = "individual", name, achievements = "Phát hiện, tố giác 3 vụ trộm cắp tài sản.", dateOfBirth = "1962-05-20", sex = "male",
        position = "Tổ trưởng tổ bảo vệ an ninh trật tự", workplace = "Thôn 3, xã Đông Tiến", citizenId, formerCitizenId,
    };
}
