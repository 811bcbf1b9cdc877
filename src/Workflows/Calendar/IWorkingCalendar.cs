namespace ToanDan.Awards.Workflows.Calendar;

/// <summary>
/// Which days are working days, so that deadlines can be counted the way the law counts them
/// (Monday to Friday, minus public holidays). The host supplies one built from its holiday table.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>True when people work on this (local) date.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>
    /// The moment <paramref name="days"/> working days after (or, when negative, before) <paramref name="from"/>,
    /// at the same local time of day. Zero returns <paramref name="from"/> unchanged.
    /// </summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset from, int days);

    /// <summary>
    /// The number of working days from the local date of <paramref name="from"/> (exclusive) to the local date of
    /// <paramref name="to"/> (inclusive); negative when <paramref name="to"/> is earlier.
    /// </summary>
    int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to);
}
