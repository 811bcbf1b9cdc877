using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Calendar;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Features.Workflows;

public static class GetWorkflowHeat
{
    /// <summary>
    /// Where dossiers spend their time on one version: for each user task, over every time it opened, the median and
    /// mean time from opening to closing (open ones count up to now), in working days.
    /// </summary>
    public sealed record Query(string Key, int Version) : IRequest<Result>;

    /// <param name="Recent">The latest dossiers on this version (at most <see cref="RecentCount"/>), to open one on its diagram.</param>
    public sealed record Result(string Key, int Version, string Name, int Instances, IReadOnlyList<Step> Steps, IReadOnlyList<Dossier> Recent);

    public sealed record Dossier(int NominationId, string UnitName, NominationStatus Status, DateTimeOffset? SubmittedAt);

    public const int RecentCount = 50;

    public sealed record Step(string ElementId, string Name, int Count, int Open, double MedianDays, double MeanDays, double MaxDays)
    {
        /// <summary>A multi-instance step (a vote of several people): each of its instances is one pass.</summary>
        public bool MultiInstance { get; init; }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CalendarProvider calendars, WorkflowCatalog catalog, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var version = await db.WorkflowVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Key == request.Key && v.Version == request.Version, cancellationToken)
                ?? throw WorkflowWords.NoVersion(request.Key, request.Version);
            var instances = db.WorkflowInstances.Where(i => i.WorkflowKey == request.Key && i.WorkflowVersion == request.Version);
            var items = await db.WorkItems.AsNoTracking().Where(w => instances.Any(i => i.Id == w.InstanceId))
                .Select(w => new { w.ElementId, w.Name, w.OpenedAt, w.ClosedAt }).ToListAsync(cancellationToken);
            var calendar = await calendars.GetAsync(db, cancellationToken);
            var now = clock.GetUtcNow();
            var loops = (await catalog.GetAsync(db, version.Key, version.Version, cancellationToken)).Nodes.OfType<UserTask>()
                .Where(t => t.Loop is not null).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var steps = items.GroupBy(w => w.ElementId).Select(g =>
            {
                var days = g.Select(w => WorkingTime.Days(calendar, w.OpenedAt, w.ClosedAt ?? now)).Order().ToList();
                return new Step(g.Key, g.First().Name, days.Count, g.Count(w => w.ClosedAt is null), Median(days), days.Average(), days[^1])
                {
                    MultiInstance = loops.Contains(g.Key),
                };
            }).OrderByDescending(s => s.MedianDays).ToList();
            var recent = await instances.OrderByDescending(i => i.NominationId).Take(RecentCount)
                .Join(db.Nominations, i => i.NominationId, n => n.Id, (i, n) => new Dossier(n.Id, n.Unit!.Name, n.Status, n.SubmittedAt))
                .ToListAsync(cancellationToken);
            recent = [.. recent.OrderByDescending(d => d.NominationId)];
            return new Result(version.Key, version.Version, version.Name, await instances.CountAsync(cancellationToken), steps, recent);
        }

        private static double Median(List<double> sorted) =>
            sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>Time between two moments counted in working days, with fractions: a whole working day counts 1, a weekend 0.</summary>
public static class WorkingTime
{
    public static double Days(IWorkingCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return 0;
        var start = VietnamTime.Local(from);
        var end = VietnamTime.Local(to);
        double total = 0;
        for (var day = start.Date; day < end.DateTime; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(DateOnly.FromDateTime(day))) continue;
            var dayStart = new DateTimeOffset(day, VietnamTime.Offset);
            var overlapStart = dayStart > start ? dayStart : start;
            var overlapEnd = dayStart.AddDays(1) < end ? dayStart.AddDays(1) : end;
            if (overlapEnd > overlapStart) total += (overlapEnd - overlapStart).TotalHours / 24;
        }
        return total;
    }
}
