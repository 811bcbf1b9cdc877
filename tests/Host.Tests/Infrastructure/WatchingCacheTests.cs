using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Eligibility;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Infrastructure;

/// <summary>What the caches keep is forgotten on this host as soon as a change to it is committed.</summary>
public class WatchingCacheTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task An_approver_added_to_a_commune_receives_its_next_dossiers_mail()
    {
        var before = await SubmitAsync(app, unitCode: "TH-HACTHANH");
        Assert.DoesNotContain("congan2.hacthanh@toandan.local", await AssignedMailAsync(before));

        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var unit = await services.GetRequiredService<AwardsDbContext>().Units.SingleAsync(u => u.Code == "TH-HACTHANH");
            var user = new AppUser { UserName = "congan2.hacthanh", FullName = "Lê Văn Bình", UnitId = unit.Id, Email = "congan2.hacthanh@toandan.local", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.CommunePolice)).Succeeded);
            return true;
        });

        var after = await SubmitAsync(app, unitCode: "TH-HACTHANH");
        Assert.Contains("congan2.hacthanh@toandan.local", await AssignedMailAsync(after));
    }

    [Fact]
    public async Task A_criterion_added_to_an_award_type_is_run_at_the_next_evaluation()
    {
        const string title = "Có xác nhận của Ban chỉ đạo phong trào cấp xã";
        Assert.DoesNotContain(title, await CriteriaTitlesAsync());

        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var medal = await db.AwardTypes.SingleAsync(a => a.Code == KyNiemChuong);
            db.EligibilityRules.Add(new EligibilityRule(medal.Id, RuleKind.Manual, null, title, "Hướng dẫn của Công an tỉnh", 99));
            return await db.SaveChangesAsync();
        });

        Assert.Contains(title, await CriteriaTitlesAsync());
    }

    private Task<List<string>> AssignedMailAsync(int nominationId) =>
        app.WithScopeAsync(async services => await services.GetRequiredService<AwardsDbContext>().Outbox.AsNoTracking()
            .Where(m => m.Template == Host.Email.DefaultEmailTemplates.TaskAssigned && m.ModelJson.Contains($"\"nominationId\":{nominationId},"))
            .Select(m => m.RecipientEmail).ToListAsync());

    /// <summary>The criteria one individual of a Kỷ niệm chương dossier is checked against.</summary>
    private Task<List<string>> CriteriaTitlesAsync() =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var unit = await db.Units.SingleAsync(u => u.Code == "TH-DONGTIEN");
            var medal = await db.AwardTypes.SingleAsync(a => a.Code == KyNiemChuong);
            var nomination = new Nomination(unit, medal, null, "42/TTr-CAX", new DateOnly(2026, 11, 20), "thidua.dongtien", app.Clock.GetUtcNow());
            nomination.AddNominee(Nominee.Individual("Trịnh Văn Quang", null, Sex.Male, "Trưởng Công an xã", unit.Name, NextCitizenId(), "Lãnh đạo phong trào.", "172068123")
                .WithEligibilityFacts(DefaultEligibility.Leaders, [], [], false, false, false));
            var verdicts = await EligibilityGate.EvaluateAsync(db, services.GetRequiredService<CriteriaCache>(), nomination, new DateOnly(2026, 11, 20), CancellationToken.None);
            return verdicts.Single().Verdict.Criteria.Select(c => c.Title).ToList();
        });
}
