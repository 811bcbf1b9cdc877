using MediatR;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Timers;

public static class CancelTimer
{
    /// <summary>A stopped timer that should not fire any more (its reminder is moot): it is removed; the step stays open.</summary>
    public sealed record Command(int Id) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var timer = await db.ScheduledTimers.FindAsync([request.Id], cancellationToken) ?? throw RetryTimer.NotFound(request.Id);
            if (!timer.IsParked) throw new ConflictException("Chỉ hủy được hẹn giờ đã dừng vì lỗi; hẹn giờ đang chờ sẽ tự chạy đúng hạn.");
            db.ScheduledTimers.Remove(timer);
            return MediatR.Unit.Value;
        }
    }
}
