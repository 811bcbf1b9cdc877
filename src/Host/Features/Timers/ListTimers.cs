using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Timers;

/// <summary>The timers (reminders, escalations) for the administrator: those that stopped after failing, or those still waiting.</summary>
public static class ListTimers
{
    /// <param name="Parked">true: stopped after failing too often; false: waiting (perhaps retrying).</param>
    public sealed record Query(bool Parked = true) : IRequest<IReadOnlyList<Item>>;

    /// <param name="Step">The dossier's open step the timer belongs to (its reminder or escalation).</param>
    public sealed record Item(int Id, int NominationId, string UnitName, string? Step, DateTimeOffset DueAt, int Attempts,
        string? LastError, DateTimeOffset? ParkedAt);

    internal sealed class Validator : AbstractValidator<Query>;

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var timers = db.ScheduledTimers.AsNoTracking().Where(t => (t.ParkedAt != null) == request.Parked);
            return await (from t in timers
                          join i in db.WorkflowInstances on t.InstanceId equals i.Id
                          join n in db.Nominations on i.NominationId equals n.Id
                          orderby t.DueAt
                          select new Item(t.Id, n.Id, n.Unit!.Name,
                              db.WorkItems.Where(w => w.InstanceId == t.InstanceId && w.ClosedAt == null).Select(w => w.Name).FirstOrDefault(),
                              t.DueAt, t.Attempts, t.LastError, t.ParkedAt))
                .Take(500).ToListAsync(cancellationToken);
        }
    }
}
