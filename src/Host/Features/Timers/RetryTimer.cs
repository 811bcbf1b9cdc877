using MediatR;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Timers;

public static class RetryTimer
{
    /// <summary>After the cause is fixed (e.g. an account now holds the role): the stopped timer fires at the next round.</summary>
    public sealed record Command(int Id) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var timer = await db.ScheduledTimers.FindAsync([request.Id], cancellationToken) ?? throw NotFound(request.Id);
            timer.Retry(clock.GetUtcNow());
            return MediatR.Unit.Value;
        }
    }

    internal static NotFoundException NotFound(int id) => new($"Không có hẹn giờ số {id} (có thể đã chạy xong hoặc đã bị hủy).");
}
