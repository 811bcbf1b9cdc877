using ToanDan.Awards.Workflows.Calendar;

namespace ToanDan.Awards.Workflows.Tests.Calendar;

public class WorkingCalendarTests
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset FridayAfternoon = new(2026, 3, 6, 15, 30, 0, Vn);

    // Giỗ Tổ Hùng Vương 2026 falls on Sunday 26 April and is moved to Monday 27 April; 30/4 and 1/5 follow.
    private static readonly WorkingCalendar Spring2026 = new(
        [new DateOnly(2026, 4, 27), new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 1)],
        makeUpWorkingDays: [new DateOnly(2026, 5, 9)]);

    [Fact]
    public void Weekends_are_not_working_days()
    {
        Assert.False(WorkingCalendar.WeekendsOnly.IsWorkingDay(new DateOnly(2026, 3, 7)));
        Assert.False(WorkingCalendar.WeekendsOnly.IsWorkingDay(new DateOnly(2026, 3, 8)));
        Assert.True(WorkingCalendar.WeekendsOnly.IsWorkingDay(new DateOnly(2026, 3, 9)));
    }

    [Fact]
    public void One_working_day_after_friday_is_monday_at_the_same_time() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 15, 30, 0, Vn), WorkingCalendar.WeekendsOnly.AddWorkingDays(FridayAfternoon, 1));

    [Fact]
    public void Holidays_are_skipped_and_make_up_saturdays_count()
    {
        var wednesday = new DateTimeOffset(2026, 4, 29, 8, 0, 0, Vn);

        // 30/4 and 1/5 off, weekend 2–3/5 off: the next working day is Monday 4 May.
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 8, 0, 0, Vn), Spring2026.AddWorkingDays(wednesday, 1));
        // Friday 8 May + 1 lands on the make-up Saturday 9 May.
        Assert.Equal(new DateTimeOffset(2026, 5, 9, 8, 0, 0, Vn), Spring2026.AddWorkingDays(new DateTimeOffset(2026, 5, 8, 8, 0, 0, Vn), 1));
    }

    [Fact]
    public void Negative_days_count_backwards() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 15, 30, 0, Vn), WorkingCalendar.WeekendsOnly.AddWorkingDays(new DateTimeOffset(2026, 3, 9, 15, 30, 0, Vn), -2));

    [Fact]
    public void Zero_days_is_the_same_moment() =>
        Assert.Equal(FridayAfternoon, WorkingCalendar.WeekendsOnly.AddWorkingDays(FridayAfternoon, 0));

    [Fact]
    public void Local_dates_are_read_in_vietnam_time()
    {
        // 20:00 UTC on Friday is already Saturday 03:00 in Vietnam: one working day later is Monday, not Monday evening.
        var fridayEveningUtc = new DateTimeOffset(2026, 3, 6, 20, 0, 0, TimeSpan.Zero);

        var result = WorkingCalendar.WeekendsOnly.AddWorkingDays(fridayEveningUtc, 1);

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 3, 0, 0, Vn), result);
        Assert.Equal(TimeSpan.Zero, result.Offset);
    }

    [Fact]
    public void Working_days_between_count_the_days_left_or_overdue()
    {
        var monday = new DateTimeOffset(2026, 4, 27, 9, 0, 0, Vn);

        Assert.Equal(3, Spring2026.WorkingDaysBetween(new DateTimeOffset(2026, 4, 24, 9, 0, 0, Vn), new DateTimeOffset(2026, 5, 4, 9, 0, 0, Vn)));
        Assert.Equal(-3, Spring2026.WorkingDaysBetween(new DateTimeOffset(2026, 5, 4, 9, 0, 0, Vn), new DateTimeOffset(2026, 4, 24, 9, 0, 0, Vn)));
        Assert.Equal(0, Spring2026.WorkingDaysBetween(monday, monday.AddHours(5)));
    }

    [Fact]
    public void Numbered_working_days_agree_with_counting_day_by_day_across_a_new_year_and_its_holidays()
    {
        // 1/1/2027 off, Tết 2027 (5–11/2) off, a make-up Saturday 23/1: every pair of days from mid-December to the end of February.
        var calendar = new WorkingCalendar(
            [new DateOnly(2027, 1, 1), .. Enumerable.Range(5, 7).Select(d => new DateOnly(2027, 2, d))],
            makeUpWorkingDays: [new DateOnly(2027, 1, 23)]);
        var first = new DateOnly(2026, 12, 15);
        var last = new DateOnly(2027, 2, 28);
        var numbers = calendar.Number(first, last);

        for (var from = first; from <= last; from = from.AddDays(1))
            for (var to = first; to <= last; to = to.AddDays(1))
                Assert.Equal(calendar.WorkingDaysBetween(Noon(from), Noon(to)), numbers.Between(from.DayNumber, to.DayNumber));
        Assert.Equal(1, numbers.Between(new DateOnly(2026, 12, 31).DayNumber, new DateOnly(2027, 1, 4).DayNumber)); // 1/1 off, then the weekend
    }

    private static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), Vn);
}

