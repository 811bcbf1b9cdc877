using System.Collections.Frozen;

namespace ToanDan.Awards.Workflows.Calendar;

/// <summary>
/// A working calendar of Monday to Friday, minus the given holidays, plus the given make-up working days
/// (a Saturday worked in exchange for a bridge day), read in one fixed UTC offset (Vietnam: +07:00).
/// </summary>
public sealed class WorkingCalendar : IWorkingCalendar
{
    /// <summary>Vietnam's offset from UTC, which has no daylight saving time.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>A calendar with weekends only and no holidays, in Vietnam time.</summary>
    public static readonly WorkingCalendar WeekendsOnly = new([]);

    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _makeUpDays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">Days off that would otherwise be working days.</param>
    /// <param name="makeUpWorkingDays">Weekend days that are worked.</param>
    /// <param name="utcOffset">The offset local dates are read in; Vietnam's when null.</param>
    public WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly>? makeUpWorkingDays = null, TimeSpan? utcOffset = null)
    {
        _holidays = holidays.ToFrozenSet();
        _makeUpDays = (makeUpWorkingDays ?? []).ToFrozenSet();
        UtcOffset = utcOffset ?? VietnamOffset;
    }

    /// <summary>The offset in which local dates are read.</summary>
    public TimeSpan UtcOffset { get; }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date)
    {
        if (_makeUpDays.Contains(date)) return true;
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        return !_holidays.Contains(date);
    }

    /// <inheritdoc />
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        if (days == 0) return from;
        var local = from.ToOffset(UtcOffset);
        var date = DateOnly.FromDateTime(local.DateTime);
        var step = Math.Sign(days);
        var remaining = Math.Abs(days);
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date)) remaining--;
        }
        var result = new DateTimeOffset(date.ToDateTime(TimeOnly.FromTimeSpan(local.TimeOfDay)), UtcOffset);
        return result.ToOffset(from.Offset);
    }

    /// <inheritdoc />
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var start = DateOnly.FromDateTime(from.ToOffset(UtcOffset).DateTime);
        var end = DateOnly.FromDateTime(to.ToOffset(UtcOffset).DateTime);
        if (start == end) return 0;
        var sign = end > start ? 1 : -1;
        var (low, high) = sign > 0 ? (start, end) : (end, start);
        var count = 0;
        for (var d = low.AddDays(1); d <= high; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return sign * count;
    }

    /// <summary>
    /// Numbers the working days of <paramref name="first"/>–<paramref name="last"/>, so that the working days between any
    /// two of those dates are one subtraction (what <see cref="WorkingDaysBetween"/> counts day by day): for reports that
    /// time many steps at once.
    /// </summary>
    public WorkingDayNumbers Number(DateOnly first, DateOnly last)
    {
        var ordinals = new int[Math.Max(0, last.DayNumber - first.DayNumber + 1)];
        var count = 0;
        for (var i = 0; i < ordinals.Length; i++)
        {
            if (IsWorkingDay(first.AddDays(i))) count++;
            ordinals[i] = count;
        }
        return new WorkingDayNumbers(first.DayNumber, ordinals);
    }
}

/// <summary>How many working days from the first date of a range to each date of it (inclusive), from <see cref="WorkingCalendar.Number"/>.</summary>
public sealed class WorkingDayNumbers
{
    private readonly int _first;
    private readonly int[] _ordinals;

    internal WorkingDayNumbers(int first, int[] ordinals) => (_first, _ordinals) = (first, ordinals);

    /// <summary>
    /// As <see cref="WorkingCalendar.WorkingDaysBetween"/> for the local dates with these <see cref="DateOnly.DayNumber"/>s
    /// (both within the numbered range): the working days after <paramref name="from"/> up to <paramref name="to"/>,
    /// negative when <paramref name="to"/> is earlier.
    /// </summary>
    public int Between(int from, int to) => _ordinals[to - _first] - _ordinals[from - _first];
}
