using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Eligibility;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Eligibility;

/// <summary>The check reads the honours on record, not only those the unit declared.</summary>
public class RecordedHonoursTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task An_imported_award_under_the_old_CMND_counts_as_the_earlier_commendation_a_leader_needs()
    {
        await app.ClientForAsync("admin"); // seeds the demo, with Trịnh Văn Quang's Giấy khen of 2018 under CMND 172068123
        var verdict = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            var unit = await db.Units.SingleAsync(u => u.Code == "TH-DONGTIEN");
            var medal = await db.AwardTypes.SingleAsync(a => a.Code == KyNiemChuong);
            var nomination = new Nomination(unit, medal, null, "40/TTr-CAX", new DateOnly(2026, 11, 20), "thidua.dongtien", app.Clock.GetUtcNow());
            var quang = Nominee.Individual("Trịnh Văn Quang", null, Sex.Male, "Trưởng Công an xã", unit.Name, NextCitizenId(), "Lãnh đạo phong trào.", "172068123")
                .WithEligibilityFacts(DefaultEligibility.Leaders, [], [], false, false, false);
            nomination.AddNominee(quang);
            var results = await EligibilityGate.EvaluateAsync(db, app.Services.GetRequiredService<ToanDan.Awards.Host.Infrastructure.CriteriaCache>(), nomination, new DateOnly(2026, 11, 20), CancellationToken.None);
            return results.Single().Verdict;
        });

        var earlier = verdict.Criteria.Single(c => c.Title.StartsWith("Ít nhất một lần được khen thưởng", StringComparison.Ordinal));
        Assert.Equal(CriterionOutcome.Passed, earlier.Outcome);
        Assert.Contains("đã nhập vào hệ thống", earlier.Figures);
    }

    [Fact]
    public async Task A_person_holding_the_medal_by_a_signed_decision_of_the_system_is_excluded_on_a_new_medal_dossier()
    {
        await app.ClientForAsync("admin");
        var verdict = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            var medal = await db.AwardTypes.SingleAsync(a => a.Code == KyNiemChuong);
            await ExcludeMedalHoldersAsync(db, medal);
            var citizenId = NextCitizenId();
            await SignedAsync(db, medal, null, 9101, new DateOnly(2024, 8, 19), "Hoàng Văn Dũng", citizenId);
            return await VerdictAsync(db, medal, Nominee.Individual("Hoàng Văn Dũng", new DateOnly(1965, 3, 3), Sex.Male, "Bí thư chi bộ", null, citizenId,
                "Lãnh đạo phong trào.").WithEligibilityFacts(DefaultEligibility.Leaders, [], [], false, false, false));
        });

        var excluded = verdict.Criteria.Single(c => c.Title.StartsWith("Chưa được tặng Kỷ niệm chương", StringComparison.Ordinal));
        Assert.Equal(CriterionOutcome.Failed, excluded.Outcome);
        Assert.Contains("Quyết định số 9101/", excluded.Figures, StringComparison.Ordinal);
        Assert.Contains("19/08/2024", excluded.Figures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_holding_the_medal_by_an_imported_award_under_the_old_cmnd_is_excluded_when_proposed_under_a_cccd_beside_it()
    {
        await app.ClientForAsync("admin");
        var verdict = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            var medal = await db.AwardTypes.SingleAsync(a => a.Code == KyNiemChuong);
            await ExcludeMedalHoldersAsync(db, medal);
            var unit = await db.Units.SingleAsync(u => u.Code == "TH-DONGTIEN");
            db.PastAwards.Add(new PastAward(Guid.NewGuid(), medal, "61/QĐ-BCA", new DateOnly(2016, 8, 19), "Bộ Công an", NomineeKind.Individual,
                "Vi Văn Thắm", new DateOnly(1962, 6, 6), Sex.Male, null, "173456789", unit, unit.Name, "test", app.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return await VerdictAsync(db, medal, Nominee.Individual("Vi Văn Thắm", new DateOnly(1962, 6, 6), Sex.Male, "Bí thư chi bộ", null, NextCitizenId(),
                "Lãnh đạo phong trào.", "173456789").WithEligibilityFacts(DefaultEligibility.Leaders, [], [], false, false, false));
        });

        var excluded = verdict.Criteria.Single(c => c.Title.StartsWith("Chưa được tặng Kỷ niệm chương", StringComparison.Ordinal));
        Assert.Equal(CriterionOutcome.Failed, excluded.Outcome);
        Assert.Contains("61/QĐ-BCA", excluded.Figures, StringComparison.Ordinal);
    }

    /// <summary>An administrator's rule, as data: the medal is not given to someone who already holds it (added once per fixture).</summary>
    private static async Task ExcludeMedalHoldersAsync(AwardsDbContext db, AwardType medal)
    {
        const string title = "Chưa được tặng Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"";
        if (await db.EligibilityRules.AnyAsync(r => r.AwardTypeId == medal.Id && r.Title == title)) return;
        db.EligibilityRules.Add(new EligibilityRule(medal.Id, RuleKind.ExcludedHonour, null, title, "Thông tư 20/2025/TT-BCA", 99,
            honour: "Kỷ niệm chương; Bảo vệ an ninh Tổ quốc"));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task An_ad_hoc_award_signed_here_or_imported_does_not_count_as_the_earlier_commendation_a_leader_needs()
    {
        await app.ClientForAsync("admin");
        var (signed, imported) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            var medal = await db.AwardTypes.SingleAsync(a => a.Code == KyNiemChuong);
            var giayKhen = await db.AwardTypes.SingleAsync(a => a.Code == "GK-GDCAT");
            var signedId = NextCitizenId();
            await SignedAsync(db, giayKhen, null, 9102, new DateOnly(2023, 5, 5), "Lò Văn Sáng", signedId);
            var importedId = NextCitizenId();
            var unit = await db.Units.SingleAsync(u => u.Code == "TH-DONGTIEN");
            db.PastAwards.Add(new PastAward(Guid.NewGuid(), giayKhen, "58/QĐ-CAT", new DateOnly(2017, 9, 2), "Công an tỉnh Thanh Hóa", NomineeKind.Individual,
                "Mè Thị Hoa", new DateOnly(1970, 1, 1), Sex.Female, importedId, null, unit, unit.Name, "test", app.Clock.GetUtcNow(), adHoc: true));
            await db.SaveChangesAsync();
            Nominee Leader(string name, Sex sex, string id) => Nominee.Individual(name, new DateOnly(1970, 1, 1), sex, "Chủ tịch UBND xã", null, id, "Lãnh đạo phong trào.")
                .WithEligibilityFacts(DefaultEligibility.Leaders, [], [], false, false, false);
            return (await VerdictAsync(db, medal, Leader("Lò Văn Sáng", Sex.Male, signedId)),
                await VerdictAsync(db, medal, Leader("Mè Thị Hoa", Sex.Female, importedId)));
        });

        foreach (var verdict in new[] { signed, imported })
        {
            var earlier = verdict.Criteria.Single(c => c.Title.StartsWith("Ít nhất một lần được khen thưởng", StringComparison.Ordinal));
            Assert.Equal(CriterionOutcome.Failed, earlier.Outcome);
            Assert.Contains("Chỉ có khen thưởng đột xuất", earlier.Figures, StringComparison.Ordinal);
        }
    }

    /// <summary>A signed decision of <paramref name="awardType"/> (outside any round: ad hoc when <paramref name="round"/> is null) for one person.</summary>
    private async Task SignedAsync(AwardsDbContext db, AwardType awardType, Round? round, int number, DateOnly on, string name, string citizenId)
    {
        var unit = await db.Units.SingleAsync(u => u.Code == "TH-DONGTIEN");
        var office = await db.Units.SingleAsync(u => u.Code == "TH");
        var issuer = await db.Issuers.FirstAsync(i => i.Kind == awardType.IssuerKind);
        var nomination = new Nomination(unit, awardType, round, null, null, "thidua.dongtien", app.Clock.GetUtcNow());
        nomination.AddNominee(Nominee.Individual(name, new DateOnly(1965, 3, 3), Sex.Male, null, null, citizenId, "Thành tích."));
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync();
        var decision = new Decision(issuer, awardType, round, office, nomination.Nominees.Select(n => (n, nomination)), "test", app.Clock.GetUtcNow());
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        decision.Sign(number, on, issuer.Signatory(null), "test", app.Clock.GetUtcNow(), nomination.Nominees);
        await db.SaveChangesAsync();
    }

    private async Task<EligibilityVerdict> VerdictAsync(AwardsDbContext db, AwardType awardType, Nominee nominee)
    {
        var unit = await db.Units.SingleAsync(u => u.Code == "TH-DONGTIEN");
        var nomination = new Nomination(unit, awardType, null, "41/TTr-CAX", new DateOnly(2026, 11, 20), "thidua.dongtien", app.Clock.GetUtcNow());
        nomination.AddNominee(nominee);
        return (await EligibilityGate.EvaluateAsync(db, app.Services.GetRequiredService<ToanDan.Awards.Host.Infrastructure.CriteriaCache>(), nomination, new DateOnly(2026, 11, 20), CancellationToken.None)).Single().Verdict;
    }
}
