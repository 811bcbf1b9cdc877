using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Eligibility;

/// <summary>The medal's seeded criteria through the API: at submission, at review, and a reviewer's confirmation (the clock reads 02/11/2026).</summary>
public class EligibilityTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    /// <summary>A member of the grassroots security force serving from <paramref name="since"/> to this day.</summary>
    public static object Member(string name, string since, string sex = "male", bool pendingComplaint = false, object[]? honours = null) => new
    {
        kind = "individual", name, achievements = "Tham gia tuần tra, giữ gìn an ninh trật tự thôn nhiều năm liền.",
        dateOfBirth = "1970-05-01", sex, position = "Tổ viên Tổ bảo vệ an ninh, trật tự thôn 3", workplace = "Xã Đông Tiến",
        citizenId = NewCitizenId(), group = DefaultEligibility.GrassrootsForce,
        servicePeriods = new[] { new { from = since, to = (string?)null, place = "Xã Đông Tiến", countsDouble = false } },
        honoursHeld = honours ?? [], pendingComplaint,
    };

    [Fact]
    public async Task A_man_a_day_short_of_fifteen_years_is_refused_with_the_figures_and_the_law()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, Medal, Member("Đỗ Văn Tín", since: "2011-11-03"));
        await AttachRequiredPartsAsync(clerk, id);

        var response = await clerk.PostAsync($"/api/nominations/{id}/submit", null);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("'Đỗ Văn Tín' chưa đủ tiêu chuẩn Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"", detail);
        Assert.Contains("14 năm 11 tháng 30 ngày < 15 năm (mức của nam, tính đến ngày 02/11/2026)", detail);
        Assert.Contains("Thông tư 20/2025/TT-BCA", detail);
        Assert.Equal("draft", (await GetAsync(clerk, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Exactly_fifteen_years_is_sent_and_the_dossier_shows_the_figures_used()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAndSubmitAsync(clerk, Medal, Member("Đỗ Văn Đủ", since: "2011-11-02"));

        var eligibility = await clerk.GetFromJsonAsync<JsonElement>($"/api/nominations/{id}/eligibility");

        var nominee = eligibility.GetProperty("nominees")[0];
        var service = nominee.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("title").GetString()!.StartsWith("Thời gian tham gia", StringComparison.Ordinal));
        Assert.Equal("passed", service.GetProperty("outcome").GetString());
        Assert.StartsWith("15 năm ≥ 15 năm", service.GetProperty("figures").GetString());
        Assert.Equal("toVerify", nominee.GetProperty("outcome").GetString());
        Assert.False(eligibility.GetProperty("canConfirm").GetBoolean());
    }

    [Fact]
    public async Task A_pending_complaint_postpones_the_nominee_at_submission_and_the_others_go_on()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAndSubmitAsync(clerk, Medal,
            Member("Lương Thị Hoãn", since: "2010-01-01", sex: "female", pendingComplaint: true),
            Member("Lương Văn Tiếp", since: "2000-01-01"));

        var dossier = await GetAsync(clerk, id);

        Assert.Equal("inReview", dossier.GetProperty("status").GetString());
        var postponed = dossier.GetProperty("nominees").EnumerateArray().Single(n => n.GetProperty("name").GetString() == "Lương Thị Hoãn");
        Assert.Equal("postponed", postponed.GetProperty("standing").GetString());
        Assert.Contains("Đang có đơn thư khiếu nại, tố cáo", postponed.GetProperty("postponeReason").GetString());
        var goesOn = dossier.GetProperty("nominees").EnumerateArray().Single(n => n.GetProperty("name").GetString() == "Lương Văn Tiếp");
        Assert.Equal("proposed", goesOn.GetProperty("standing").GetString());
    }

    [Fact]
    public async Task A_holder_of_an_excluded_medal_is_refused_naming_it()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, Medal, Member("Vũ Văn Huy", since: "2000-01-01",
            honours: [new { name = "Huy chương \"Vì an ninh Tổ quốc\"", year = 2015, adHoc = false }]));
        await AttachRequiredPartsAsync(clerk, id);

        var detail = (await ProblemAsync(await clerk.PostAsync($"/api/nominations/{id}/submit", null), HttpStatusCode.UnprocessableEntity))
            .GetProperty("detail").GetString()!;

        Assert.Contains("Đã được tặng Huy chương \"Vì an ninh Tổ quốc\" (năm 2015)", detail);
    }

    [Fact]
    public async Task A_reviewer_confirms_a_criterion_to_verify_with_a_reason_and_the_confirmation_is_audited()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAndSubmitAsync(clerk, Medal, Member("Phan Văn Xác", since: "2005-01-01"));
        var police = await app.ClientForAsync("congan.dongtien");
        var before = await police.GetFromJsonAsync<JsonElement>($"/api/nominations/{id}/eligibility");
        Assert.True(before.GetProperty("canConfirm").GetBoolean());
        var nominee = before.GetProperty("nominees")[0];
        var toVerify = nominee.GetProperty("criteria").EnumerateArray().First(c => c.GetProperty("outcome").GetString() == "toVerify");
        var ruleId = toVerify.GetProperty("ruleId").GetInt32();
        var nomineeId = nominee.GetProperty("nomineeId").GetInt32();
        var url = $"/api/nominations/{id}/nominees/{nomineeId}/eligibility/confirm";

        var byClerk = await clerk.PostAsJsonAsync(url, new { ruleId, reason = "Tự xác nhận" });
        var withoutReason = await police.PostAsJsonAsync(url, new { ruleId, reason = "" });
        var confirmed = await police.PostAsJsonAsync(url, new { ruleId, reason = "Đã xem lý lịch tư pháp số 12/LLTP ngày 20/10/2026." });

        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        var after = await police.GetFromJsonAsync<JsonElement>($"/api/nominations/{id}/eligibility");
        var criterion = after.GetProperty("nominees")[0].GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("ruleId").GetInt32() == ruleId);
        Assert.Equal("confirmed", criterion.GetProperty("outcome").GetString());
        Assert.Equal("congan.dongtien", criterion.GetProperty("confirmedBy").GetString());
        Assert.Equal("Đã xem lý lịch tư pháp số 12/LLTP ngày 20/10/2026.", criterion.GetProperty("confirmationReason").GetString());
        var audit = await app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.UserName == "congan.dongtien" && a.Action == "ConfirmCriterion.Command").ToListAsync());
        Assert.Contains(audit, a => a.Details!.Contains("12/LLTP", StringComparison.Ordinal) && a.Details.Contains($"\"ruleId\":{ruleId}", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_check_runs_again_at_review_with_the_criteria_the_administrator_changed_meanwhile()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAndSubmitAsync(clerk, Medal, Member("Đinh Văn Soát", since: "2009-11-02"));
        var admin = await app.ClientForAsync("admin");
        var medalId = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AwardTypes.Where(a => a.Code == Medal).Select(a => a.Id).SingleAsync());
        var rules = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/award-types/{medalId}/eligibility");
        var service = rules.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "serviceTime"
            && r.GetProperty("groupCode").GetString() == DefaultEligibility.GrassrootsForce);
        var ruleId = service.GetProperty("id").GetInt32();
        var put = async (int men) => await admin.PutAsJsonAsync($"/api/admin/award-types/{medalId}/eligibility/rules/{ruleId}", new
        {
            kind = "serviceTime", groupCode = DefaultEligibility.GrassrootsForce, title = service.GetProperty("title").GetString(),
            legalBasis = service.GetProperty("legalBasis").GetString(), minYearsMen = men, minYearsWomen = 10, doubleTimeCounts = true,
            sourceNote = service.GetProperty("sourceNote").GetString(),
        });
        Assert.Equal(HttpStatusCode.OK, (await put(20)).StatusCode);
        try
        {
            var task = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().WorkItems
                .Where(w => w.NominationId == id && w.ClosedAt == null).Select(w => w.Id).SingleAsync());
            var police = await app.ClientForAsync("congan.dongtien");

            var response = await police.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "approve" });

            var detail = (await ProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!;
            Assert.Contains("Chưa chuyển tiếp được hồ sơ", detail);
            Assert.Contains("17 năm < 20 năm", detail);
            Assert.Contains("Hãy chọn 'Không đề nghị' người này hoặc trả lại hồ sơ", detail);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await put(15)).StatusCode);
        }
    }

    [Fact]
    public async Task A_person_in_a_dossier_of_a_round_cannot_be_sent_in_another_dossier_of_the_same_round()
    {
        var roundId = await TestRounds.NewAsync(app, GiayKhen);
        var person = Individual("Triệu Văn Kép", NewCitizenId());
        var body = new { awardTypeCode = GiayKhen, roundId, submissionNumber = "30/TTr-UBND", submissionDate = "2026-10-28", nominees = new[] { person } };
        var first = await app.ClientForAsync("thidua.dongtien");
        var firstId = (await (await first.PostAsJsonAsync("/api/nominations", body)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await AttachRequiredPartsAsync(first, firstId);
        Assert.Equal(HttpStatusCode.OK, (await first.PostAsync($"/api/nominations/{firstId}/submit", null)).StatusCode);

        var other = await app.ClientForAsync("thidua.ccb-dongtien");
        var created = await other.PostAsJsonAsync("/api/nominations", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secondId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await AttachRequiredPartsAsync(other, secondId);

        var detail = (await ProblemAsync(await other.PostAsync($"/api/nominations/{secondId}/submit", null), HttpStatusCode.UnprocessableEntity))
            .GetProperty("detail").GetString()!;

        Assert.Contains("'Triệu Văn Kép' đã có trong một hồ sơ khác", detail);
        Assert.Contains("mỗi thành tích chỉ được đề nghị một hình thức khen thưởng", detail);
    }
    [Fact]
    public async Task A_person_sent_in_one_round_is_refused_in_another_round_of_the_same_year_for_the_same_award_but_an_ad_hoc_dossier_goes_on()
    {
        var (firstRound, secondRound) = (await TestRounds.NewAsync(app, GiayKhen), await TestRounds.NewAsync(app, GiayKhen));
        var person = Individual("Hà Văn Mừng", NewCitizenId());
        var clerk = await app.ClientForAsync("thidua.dongtien");
        async Task<int> DossierAsync(int? roundId, string number)
        {
            var created = await clerk.PostAsJsonAsync("/api/nominations",
                new { awardTypeCode = GiayKhen, roundId, submissionNumber = number, submissionDate = "2026-10-28", nominees = new[] { person } });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            await AttachRequiredPartsAsync(clerk, id);
            return id;
        }
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsync($"/api/nominations/{await DossierAsync(firstRound, "31/TTr-UBND")}/submit", null)).StatusCode);

        var again = await DossierAsync(secondRound, "32/TTr-UBND");
        var detail = (await ProblemAsync(await clerk.PostAsync($"/api/nominations/{again}/submit", null), HttpStatusCode.UnprocessableEntity))
            .GetProperty("detail").GetString()!;

        // The same achievement period (the year) at the same level (the same award) is proposed once.
        Assert.Contains("'Hà Văn Mừng' đã được đề nghị", detail);
        Assert.Contains("mỗi thành tích chỉ được đề nghị khen thưởng một lần ở cùng một cấp", detail);
        // An ad-hoc dossier rewards a deed, not the year's achievements: it is not compared.
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsync($"/api/nominations/{await DossierAsync(null, "33/TTr-UBND")}/submit", null)).StatusCode);
    }
    [Fact]
    public async Task Every_seeded_criterion_of_the_medal_cites_its_law_and_one_saved_without_a_legal_basis_is_refused_saying_what_to_write()
    {
        var admin = await app.ClientForAsync("admin");
        var medalId = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AwardTypes.Where(a => a.Code == Medal).Select(a => a.Id).SingleAsync());
        var rules = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/award-types/{medalId}/eligibility")).GetProperty("rules").EnumerateArray().ToList();

        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.Contains("Thông tư 20/2025/TT-BCA", r.GetProperty("legalBasis").GetString(), StringComparison.Ordinal));
        var refused = await admin.PostAsJsonAsync($"/api/admin/award-types/{medalId}/eligibility/rules", new
        {
            kind = "serviceTime", groupCode = DefaultEligibility.GrassrootsForce, title = "Thời gian tham gia (thử, không căn cứ)", legalBasis = " ",
            minYearsMen = 15, minYearsWomen = 10,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(EligibilityRule.LegalBasisNeeded, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/award-types/{medalId}/eligibility")).GetProperty("rules").GetArrayLength();
        Assert.Equal(rules.Count, after);
    }
}
