using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Admin;

public static class RemoveHoliday
{
    public sealed record Command(int Id) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CalendarProvider calendars, Compensations compensations)
        : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var holiday = await db.Holidays.SingleOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException($"Không tìm thấy ngày nghỉ số {request.Id}.");
            db.Holidays.Remove(holiday);
            await db.SaveChangesAsync(cancellationToken);
            calendars.Invalidate();
            compensations.AfterCommit(calendars.Invalidate);
            return MediatR.Unit.Value;
        }
    }
}
