using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Workflows.Calendar;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>The working calendar from the holiday table, rebuilt after an administrator changes it.</summary>
public sealed class CalendarProvider
{
    private volatile WorkingCalendar? _calendar;

    public async Task<WorkingCalendar> GetAsync(AwardsDbContext db, CancellationToken ct)
    {
        if (_calendar is { } cached) return cached;
        var days = await db.Holidays.AsNoTracking().ToListAsync(ct);
        var calendar = new WorkingCalendar(
            days.Where(d => !d.IsMakeUpWorkingDay).Select(d => d.Date),
            days.Where(d => d.IsMakeUpWorkingDay).Select(d => d.Date));
        _calendar = calendar;
        return calendar;
    }

    public void Invalidate() => _calendar = null;
}
