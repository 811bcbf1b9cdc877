using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Features.Tasks;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Tests.Persistence;

/// <summary>An installation upgraded to new default workflows: new versions over unchanged earlier defaults only.</summary>
public class DefaultWorkflowSeedingTests : IClassFixture<AwardsApp>
{
    private readonly AwardsApp _app;

    public DefaultWorkflowSeedingTests(AwardsApp app) => _app = app;

    /// <summary>Publishes <paramref name="xml"/> as the newest version of <paramref name="key"/>, as an older installation had it.</summary>
    private Task<int> PublishAsync(string key, string xml, string by) => _app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AwardsDbContext>();
        var versions = await db.WorkflowVersions.Where(v => v.Key == key).ToListAsync();
        foreach (var v in versions) v.Retire();
        var version = new WorkflowVersion(key, versions.Max(v => v.Version) + 1, key, xml, by, _app.Clock.GetUtcNow());
        version.Publish(_app.Clock.GetUtcNow());
        db.WorkflowVersions.Add(version);
        await db.SaveChangesAsync();
        return version.Version;
    });

    private Task SeedAsync() => _app.WithScopeAsync(async services =>
    {
        await DefaultWorkflowSeeding.SeedAsync(services.GetRequiredService<AwardsDbContext>(), _app.Clock, NullLogger.Instance);
        return 0;
    });

    private Task<List<WorkflowVersion>> VersionsAsync(string key) => _app.WithScopeAsync(services =>
        services.GetRequiredService<AwardsDbContext>().WorkflowVersions.AsNoTracking().Where(v => v.Key == key).OrderBy(v => v.Version).ToListAsync());

    [Fact]
    public async Task An_unchanged_earlier_default_gets_the_new_default_as_a_new_version_and_its_dossiers_finish_on_theirs()
    {
        var key = DefaultWorkflows.GiayKhen;
        var old = await PublishAsync(key, DefaultWorkflowSeeding.EarlierDefaults(key)[0], "system");
        var running = await TestDossiers.SubmitAsync(_app);
        await TestDossiers.CompleteAsync(_app, "congan.dongtien", running, "Task_CommuneReview");

        await SeedAsync();

        var versions = await VersionsAsync(key);
        var newest = versions[^1];
        Assert.Equal((old + 1, WorkflowVersionStatus.Published, DefaultWorkflows.Xml(key)), (newest.Version, newest.Status, newest.BpmnXml));
        Assert.Equal(WorkflowVersionStatus.Retired, versions.Single(v => v.Version == old).Status);
        Assert.Single(versions, v => v.Status == WorkflowVersionStatus.Published);

        // The dossier started on the earlier default walks its old path (council, disclosure, the director) to its decision.
        await TestDossiers.CompleteAsync(_app, "pv05.thanhhoa", running, "Task_PV05Review");
        await TestDossiers.CompleteAsync(_app, "hoidong.thanhhoa", running, "Task_CouncilVote");
        await TestDossiers.CompleteAsync(_app, "pv05.thanhhoa", running, "Task_PublicDisclosure");
        await TestDossiers.CompleteAsync(_app, "giamdoc.thanhhoa", running, "Task_DirectorSign");
        Assert.Equal(old, (await TestDossiers.InstanceAsync(_app, running)).WorkflowVersion);
        Assert.Equal(NominationStatus.Approved, (await TestDossiers.NominationAsync(_app, running)).Status);

        // A new ad-hoc dossier starts on the new version, on the simplified procedure.
        var fresh = await TestDossiers.SubmitAsync(_app);
        Assert.Equal(newest.Version, (await TestDossiers.InstanceAsync(_app, fresh)).WorkflowVersion);
        Assert.NotNull(await TestDossiers.FindTaskAsync(_app, "congan.dongtien", fresh, "Task_CommuneReviewSimplified"));

        await SeedAsync();
        Assert.Equal(versions.Count, (await VersionsAsync(key)).Count);
    }

    [Fact]
    public async Task An_administrators_own_published_version_is_never_replaced()
    {
        var key = DefaultWorkflows.BangKhen;
        var edited = DefaultWorkflowSeeding.EarlierDefaults(key)[0].Replace("Ban TĐKT Sở Nội vụ thẩm định", "Sở Nội vụ thẩm định, lấy ý kiến", StringComparison.Ordinal);
        var own = await PublishAsync(key, edited, "admin");

        await SeedAsync();

        var versions = await VersionsAsync(key);
        Assert.Equal(own, versions[^1].Version);
        Assert.Equal((WorkflowVersionStatus.Published, edited), (versions[^1].Status, versions[^1].BpmnXml));
    }
}
