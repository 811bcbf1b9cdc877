namespace ToanDan.Awards.Host.Domain;

/// <summary>A span of days (a round's submission or disclosure, a report's or a search's period): its order, written once.</summary>
public static class Periods
{
    public const string EndsBeforeStart = "Ngày kết thúc phải từ ngày bắt đầu trở đi.";

    /// <summary>True unless both ends are given and the end comes first; a one-day period is in order.</summary>
    public static bool InOrder(DateOnly? from, DateOnly? to) => from is null || to is null || from <= to;
}
