using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>
/// Parsed workflow definitions by key and version. Published versions never change, so each is read once
/// and shared by every request.
/// </summary>
public sealed class WorkflowCatalog
{
    private readonly ConcurrentDictionary<(string Key, int Version), WorkflowDefinition> _published = new();

    public async Task<WorkflowDefinition> GetAsync(AwardsDbContext db, string key, int version, CancellationToken ct)
    {
        if (_published.TryGetValue((key, version), out var cached)) return cached;
        var record = await db.WorkflowVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Key == key && v.Version == version, ct)
            ?? throw Features.Workflows.WorkflowWords.NoVersion(key, version);
        var definition = BpmnReader.Read(record.BpmnXml);
        if (record.Status != WorkflowVersionStatus.Draft) _published[(key, version)] = definition;
        return definition;
    }

    /// <summary>The version new nominations start on: the newest published one.</summary>
    public static async Task<WorkflowVersion> LatestPublishedAsync(AwardsDbContext db, string key, CancellationToken ct) =>
        await db.WorkflowVersions.AsNoTracking()
            .Where(v => v.Key == key && v.Status == WorkflowVersionStatus.Published)
            .OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct)
        ?? throw new DomainException($"Quy trình '{key}' chưa có phiên bản nào được công bố; hãy báo quản trị viên.", "workflow");
}
