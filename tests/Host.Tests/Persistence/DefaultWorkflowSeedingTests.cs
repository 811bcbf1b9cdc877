using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
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
