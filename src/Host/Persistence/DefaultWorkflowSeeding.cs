using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// Puts the shipped default workflows into the database: version 1 on a new installation; after an upgrade of the
/// application, the new default as a new published version, but only over an unchanged earlier default. A version an
/// administrator published is never replaced. Dossiers running on an earlier version stay on it.
/// </summary>
public static class DefaultWorkflowSeeding
{
    /// <summary>Earlier revisions of each default, embedded as <c>Defaults/history/&lt;key&gt;.v&lt;n&gt;.bpmn</c>.</summary>
    public static IReadOnlyList<string> EarlierDefaults(string key)
    {
        var assembly = typeof(DefaultWorkflows).Assembly;
        var prefix = $"ToanDan.Awards.Workflows.Defaults.history.{key}.v";
        var list = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(reader.ReadToEnd());
        }
        return list;
    }

    public static async Task SeedAsync(AwardsDbContext db, TimeProvider clock, ILogger logger, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        foreach (var key in DefaultWorkflows.Keys)
        {
            var xml = DefaultWorkflows.Xml(key);
            var name = DefaultWorkflows.Load(key).Name ?? key;
            var versions = await db.WorkflowVersions.Where(v => v.Key == key).ToListAsync(ct);
            if (versions.Count == 0)
            {
                var first = new WorkflowVersion(key, 1, name, xml, "system", now);
                first.Publish(now);
                db.WorkflowVersions.Add(first);
                continue;
            }
            var latest = versions.Where(v => v.Status == WorkflowVersionStatus.Published).MaxBy(v => v.Version);
            if (latest is null || latest.BpmnXml == xml) continue;
            if (!EarlierDefaults(key).Contains(latest.BpmnXml, StringComparer.Ordinal))
            {
                logger.LogInformation(
                    "Default workflow {Key} has a new revision, but its published version {Version} is an administrator's own: it is kept, nothing is published.",
                    key, latest.Version);
                continue;
            }
            foreach (var published in versions.Where(v => v.Status == WorkflowVersionStatus.Published)) published.Retire();
            var next = new WorkflowVersion(key, versions.Max(v => v.Version) + 1, name, xml, "system", now);
            next.Publish(now);
            db.WorkflowVersions.Add(next);
            logger.LogInformation("Default workflow {Key}: version {Version} published over the unchanged earlier default version {Earlier}.",
                key, next.Version, latest.Version);
        }
        await db.SaveChangesAsync(ct);
    }
}
