using Humanizer;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Calendar;

namespace ToanDan.Awards.Host.Tests.Infrastructure;

public class DeadlinesTests
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, Vn);

    [Fact]
    public void Days_left_are_counted_in_working_days() =>
        Assert.Equal(("còn 3 ngày làm việc", Deadlines.Urgency.Ok),
            Deadlines.Describe(new DateTimeOffset(2026, 3, 5, 17, 0, 0, Vn), Monday, WorkingCalendar.WeekendsOnly));

    [Fact]
    public void A_weekend_does_not_count_as_days_left() =>
        Assert.Equal(("còn 1 ngày làm việc", Deadlines.Urgency.Soon),
            Deadlines.Describe(new DateTimeOffset(2026, 3, 9, 17, 0, 0, Vn), new DateTimeOffset(2026, 3, 6, 9, 0, 0, Vn), WorkingCalendar.WeekendsOnly));

    [Fact]
    public void Overdue_says_by_how_many_working_days() =>
        Assert.Equal(("quá hạn 2 ngày làm việc", Deadlines.Urgency.Late),
            Deadlines.Describe(new DateTimeOffset(2026, 2, 26, 9, 0, 0, Vn), Monday, WorkingCalendar.WeekendsOnly));

    [Fact]
    public void Due_today_gives_the_hour() =>
        Assert.Equal(("hết hạn hôm nay lúc 16:30", Deadlines.Urgency.Soon),
            Deadlines.Describe(new DateTimeOffset(2026, 3, 2, 16, 30, 0, Vn), Monday, WorkingCalendar.WeekendsOnly));

    [Fact]
    public void Waiting_time_reads_in_vietnamese()
    {
        Assert.Equal("3 ngày", Deadlines.Waited(Monday, Monday.AddDays(3).AddHours(2)));
        Assert.Equal("5 giờ", Deadlines.Waited(Monday, Monday.AddHours(5)));
        Assert.Equal("17 ngày", Deadlines.Waited(Monday, Monday.AddDays(17)));
    }

    [Fact]
    public void Relative_dates_read_in_vietnamese()
    {
        var now = DateTime.UtcNow;

        Assert.Equal("cách đây 3 ngày", now.AddDays(-3).Humanize(utcDate: true, dateToCompareAgainst: now, culture: VietnamTime.Culture));
        Assert.Equal("2 tiếng nữa", now.AddHours(2).Humanize(utcDate: true, dateToCompareAgainst: now, culture: VietnamTime.Culture));
    }
}
