using Humanizer;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Calendar;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// How a deadline reads to an approver: in working days, the way the law counts them. Humanizer's Vietnamese locale
/// says how long something waited; working days are ours, since no locale knows our holiday calendar.
/// </summary>
public static class Deadlines
{
    public enum Urgency { None, Ok, Soon, Late }

    public static (string Text, Urgency Urgency) Describe(DateTimeOffset? dueAt, DateTimeOffset now, IWorkingCalendar calendar)
    {
        if (dueAt is not { } due) return ("không có hạn", Urgency.None);
        if (due < now)
        {
            var late = Math.Max(1, calendar.WorkingDaysBetween(due, now));
            return ($"quá hạn {late} ngày làm việc", Urgency.Late);
        }
        var left = calendar.WorkingDaysBetween(now, due);
        return left switch
        {
            0 => ($"hết hạn hôm nay lúc {due.ToOffset(WorkingCalendar.VietnamOffset):HH:mm}", Urgency.Soon),
            1 => ("còn 1 ngày làm việc", Urgency.Soon),
            _ => ($"còn {left} ngày làm việc", left <= 2 ? Urgency.Soon : Urgency.Ok),
        };
    }

    /// <summary>How long something has waited, in words: "3 ngày", "5 giờ"; in days, never weeks, since deadlines count days.</summary>
    public static string Waited(DateTimeOffset since, DateTimeOffset now) =>
        (now - since).Humanize(precision: 1, culture: VietnamTime.Culture, maxUnit: TimeUnit.Day, minUnit: TimeUnit.Minute);
}
