using MediatR;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Timers;

public static class FireDueTimer
{
    /// <summary>Fire one scheduled timer; false when it is gone already (its task closed meanwhile).</summary>
    public sealed record Command(int TimerId) : ICommand<bool>, IAudited
    {
        public string? AuditId => TimerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, WorkflowRunner runner) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command request, CancellationToken cancellationToken)
        {
            var timer = await db.ScheduledTimers.FindAsync([request.TimerId], cancellationToken);
            if (timer is null) return false;
            db.ScheduledTimers.Remove(timer);
            await runner.FireTimerAsync(timer, cancellationToken);
            return true;
        }
    }
}
