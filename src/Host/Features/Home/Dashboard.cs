using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Home;

/// <summary>What waits for the person who just logged in.</summary>
public static class Dashboard
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(int OpenTasks, int OverdueTasks, IReadOnlyList<TaskLine> NextTasks, IReadOnlyDictionary<NominationStatus, int> OwnNominations, bool IsClerk);

    public sealed record TaskLine(Guid Id, string StepName, string UnitName, string AwardType, DateTimeOffset? DueAt);

    internal sealed class Handler(Access access, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var tasks = access.MyOpenTasks();
            var open = await tasks.CountAsync(cancellationToken);
            var overdue = await tasks.CountAsync(t => t.DueAt != null && t.DueAt < now, cancellationToken);
            var next = await tasks.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.OpenedAt).Take(5)
                .Select(t => new TaskLine(t.Id, t.Name, t.Nomination!.Unit!.Name, t.Nomination.AwardType!.Name, t.DueAt))
                .ToListAsync(cancellationToken);
            var own = access.IsClerkOfOwnUnit
                ? await access.VisibleNominations().Where(n => n.UnitId == access.OwnUnitId)
                    .GroupBy(n => n.Status).Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken)
                : [];
            return new Result(open, overdue, next, own, access.IsClerkOfOwnUnit);
        }
    }
}
