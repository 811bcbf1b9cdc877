using System.Globalization;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>Times are stored in UTC and shown in Vietnam time, dd/MM/yyyy.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(Offset);
    /// <summary>The instant a day begins in Vietnam, in UTC (as stored): where a period "from this day" starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);
    public static string Date(DateTimeOffset at) => Local(at).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public static string DateTime(DateTimeOffset at) => Local(at).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
}
