using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Disclosure.RoundDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Disclosure;

public class PublicListTests(DisclosureApp app) : IClassFixture<DisclosureApp>
{
    private static string CitizenId() => $"0380{Random.Shared.NextInt64(10_000_000, 99_999_999)}";

    [Fact]
    public async Task Anonymous_list_shows_names_units_and_award_and_never_a_citizen_id_or_birth_date()
    {
        var citizenId = CitizenId();
        await SubmitAsync(app, DisclosureApp.SoKet, "TH-DONGTIEN", "Chi hội Nông dân thôn 7", "Đỗ Văn Khải", citizenId);
        var roundId = await RoundIdAsync(app, DisclosureApp.SoKet);
        var anonymous = app.CreateClient();

        var rounds = await anonymous.GetStringAsync("/api/public/rounds");
        Assert.Contains(DisclosureApp.SoKet, rounds);
        Assert.DoesNotContain("Ngày hội toàn dân bảo vệ ANTQ 19/8/2026", rounds);

        var json = await anonymous.GetStringAsync($"/api/public/rounds/{roundId}");
        var html = await anonymous.GetStringAsync($"/cong-khai/{roundId}");
        foreach (var body in new[] { json, html })
        {
            Assert.Contains("Đỗ Văn Khải", body);
            Assert.Contains("Chi hội Nông dân thôn 7", body);
            Assert.Contains("Trưởng ban công tác Mặt trận", body);
            Assert.Contains("Xã Đông Tiến", body);
            Assert.Contains("Giấy khen của Giám đốc Công an tỉnh", body);
            Assert.DoesNotContain(citizenId, body);
            Assert.DoesNotContain("1971", body);
            Assert.DoesNotContain("23/04", body);
            // The achievement report names third parties: never public.
            Assert.DoesNotContain("Lê Văn Trốn", body);
            Assert.DoesNotContain("Trần Thị Nạn nhân", body);
            // Demo dossiers of the round: in review and returned ones are listed; a draft and a refused one are not.
            Assert.Contains("Phạm Văn Long", body);
            Assert.Contains("Cao Thị Thu", body);
            Assert.DoesNotContain("Trịnh Văn Quang", body);
            Assert.DoesNotContain("Lê Văn Bình", body);
        }
        foreach (var field in new[] { "citizenId", "dateOfBirth", "achievements", "sex", "memberCount", "womenShare" })
            Assert.DoesNotContain($"\"{field}\"", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
    }

    [Fact]
    public async Task Struck_out_and_postponed_nominees_and_withdrawn_dossiers_are_not_listed()
    {
        var screened = await SubmitAsync(app, DisclosureApp.SoKet, "TH-HACTHANH", "Tổ tự quản khu phố 9", "Vũ Văn Tạm Hoãn", CitizenId());
        var withdrawn = await SubmitAsync(app, DisclosureApp.SoKet, "TH-SAMSON", "Tổ dân phố Rút Hồ Sơ", "Mai Văn Rút", CitizenId());
        var kept = await SubmitAsync(app, DisclosureApp.SoKet, "TH-HOANGHOA", "Tổ hòa giải Bị Loại", "Cao Văn Giữ Lại", CitizenId());
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var all = await db.Nominations.Include(n => n.Nominees).Where(n => n.Id == screened.Id || n.Id == withdrawn.Id || n.Id == kept.Id).ToListAsync();
            var first = all.Single(n => n.Id == screened.Id);
            first.Screen([(first.Nominees.Single(m => m.Kind == NomineeKind.Individual).Id, NomineeAction.Postpone, "Đang xác minh đơn khiếu nại.")],
                "pv05.thanhhoa", app.Clock.GetUtcNow());
            var third = all.Single(n => n.Id == kept.Id);
            third.Screen([(third.Nominees.Single(m => m.Kind == NomineeKind.Collective).Id, NomineeAction.Strike, "Chưa đủ tiêu chuẩn.")],
                "congan.hoanghoa", app.Clock.GetUtcNow());
            all.Single(n => n.Id == withdrawn.Id).Withdraw(app.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        var json = await app.CreateClient().GetStringAsync($"/api/public/rounds/{await RoundIdAsync(app, DisclosureApp.SoKet)}");

        Assert.Contains("Tổ tự quản khu phố 9", json);
        Assert.DoesNotContain("Vũ Văn Tạm Hoãn", json);
        Assert.DoesNotContain("Tổ dân phố Rút Hồ Sơ", json);
        Assert.DoesNotContain("Mai Văn Rút", json);
        Assert.DoesNotContain("Tổ hòa giải Bị Loại", json);
        Assert.Contains("Cao Văn Giữ Lại", json);
    }

    [Fact]
    public async Task The_list_is_grouped_by_award_and_unit_with_collectives_before_individuals()
    {
        var round = await JsonAsync(await app.CreateClient().GetAsync($"/api/public/rounds/{await RoundIdAsync(app, DisclosureApp.SoKet)}"));

        var award = Assert.Single(round.GetProperty("awards").EnumerateArray());
        Assert.Equal("Giấy khen của Giám đốc Công an tỉnh", award.GetProperty("awardType").GetString());
        var samSon = award.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "Phường Sầm Sơn");
        Assert.Contains("Đội thanh niên xung kích phường Sầm Sơn",
            samSon.GetProperty("collectives").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Contains("Phạm Văn Long", samSon.GetProperty("individuals").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("2026-12-01", round.GetProperty("disclosureFrom").GetString());
        Assert.Equal("2026-12-15", round.GetProperty("disclosureTo").GetString());
    }

    [Fact]
    public async Task A_round_outside_its_disclosure_period_is_not_found_and_never_named()
    {
        var august = await RoundIdAsync(app, "Ngày hội toàn dân bảo vệ ANTQ 19/8/2026");
        var bangKhen = await RoundIdAsync(app, "Tổng kết phong trào toàn dân bảo vệ ANTQ năm 2026 (Bằng khen)");
        var anonymous = app.CreateClient();

        foreach (var id in new[] { august, bangKhen, 99_999 })
        {
            var api = await anonymous.GetAsync($"/api/public/rounds/{id}");
            Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
            Assert.Contains("không công khai danh sách đề nghị", (await JsonAsync(api)).GetProperty("detail").GetString());
            var page = await anonymous.GetAsync($"/cong-khai/{id}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("Không có danh sách công khai", html);
            Assert.DoesNotContain("Ngày hội toàn dân", html);
            Assert.DoesNotContain("Tổng kết phong trào", html);
            Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(anonymous, id, Feedback())).StatusCode);
        }
    }
}
