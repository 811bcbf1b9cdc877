using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Workflows;

public static class ListWorkflows
{
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(string Key, string Name, IReadOnlyList<VersionItem> Versions, IReadOnlyList<string> AwardTypes);

    public sealed record VersionItem(int Version, WorkflowVersionStatus Status, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt,
        int RunningInstances);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var versions = await db.WorkflowVersions.AsNoTracking()
                .Select(v => new { v.Key, v.Version, v.Name, v.Status, v.CreatedBy, v.CreatedAt, v.PublishedAt })
                .ToListAsync(cancellationToken);
            var running = await db.WorkflowInstances.AsNoTracking().Where(i => i.IsRunning)
                .GroupBy(i => new { i.WorkflowKey, i.WorkflowVersion })
                .Select(g => new { g.Key.WorkflowKey, g.Key.WorkflowVersion, Count = g.Count() })
                .ToDictionaryAsync(g => (g.WorkflowKey, g.WorkflowVersion), g => g.Count, cancellationToken);
            var awardTypes = await db.AwardTypes.AsNoTracking().OrderBy(a => a.Code).Select(a => new { a.WorkflowKey, a.Code }).ToListAsync(cancellationToken);

            return [.. versions.GroupBy(v => v.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                var ordered = g.OrderBy(v => v.Version).ToList();
                var current = ordered.LastOrDefault(v => v.Status == WorkflowVersionStatus.Published) ?? ordered[^1];
                return new Item(g.Key, current.Name,
                    [.. ordered.Select(v => new VersionItem(v.Version, v.Status, v.CreatedBy, v.CreatedAt, v.PublishedAt, running.GetValueOrDefault((v.Key, v.Version))))],
                    [.. awardTypes.Where(a => a.WorkflowKey == g.Key).Select(a => a.Code)]);
            })];
        }
    }
}
