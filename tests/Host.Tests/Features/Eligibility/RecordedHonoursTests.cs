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
            var results = await EligibilityGate.EvaluateAsync(db, nomination, new DateOnly(2026, 11, 20), CancellationToken.None);
            return results.Single().Verdict;
        });

        var earlier = verdict.Criteria.Single(c => c.Title.StartsWith("Ít nhất một lần được khen thưởng", StringComparison.Ordinal));
        Assert.Equal(CriterionOutcome.Passed, earlier.Outcome);
        Assert.Contains("đã nhập vào hệ thống", earlier.Figures);
    }
}
