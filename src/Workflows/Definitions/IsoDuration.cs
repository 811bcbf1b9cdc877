using System.Globalization;
using System.Text;

namespace ToanDan.Awards.Workflows.Definitions;

/// <summary>
/// ISO 8601 durations of fixed length: <c>PnWnDTnHnMnS</c>, such as <c>P10D</c>, <c>PT12H</c>, <c>P1W</c> or <c>-P2D</c>.
/// </summary>
/// <remarks>
/// Years and months are refused because their length depends on the calendar. A week is seven days.
/// Only the last (smallest) component may carry a fraction (<c>PT1.5H</c>). Designators are read case-insensitively.
/// </remarks>
public static class IsoDuration
{
    private const int MaxDigits = 15;

    /// <summary>Reads an ISO 8601 duration.</summary>
    /// <param name="text">The duration, e.g. <c>P10D</c>.</param>
    /// <param name="duration">The duration read, or <see cref="TimeSpan.Zero"/>.</param>
    /// <returns>True when <paramref name="text"/> is a duration of fixed length.</returns>
    public static bool TryParse(string? text, out TimeSpan duration) => TryParse(text, out duration, out _);

    /// <summary>Reads an ISO 8601 duration, saying in Vietnamese why it cannot be read.</summary>
    internal static bool TryParse(string? text, out TimeSpan duration, out string? error)
    {
        duration = TimeSpan.Zero;
        error = Read(text, ref duration);
        return error is null;
    }

    /// <summary>Writes a duration in ISO 8601 form: days, hours, minutes and seconds, e.g. <c>P1DT2H</c>; zero is <c>PT0S</c>.</summary>
    /// <param name="duration">Any duration; a negative one starts with <c>-</c>.</param>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
            return "PT0S";

        var negative = duration < TimeSpan.Zero;
        var ticks = negative ? (ulong)-(duration.Ticks + 1) + 1 : (ulong)duration.Ticks;
        var days = ticks / TimeSpan.TicksPerDay;
        var hours = ticks / TimeSpan.TicksPerHour % 24;
        var minutes = ticks / TimeSpan.TicksPerMinute % 60;
        var seconds = ticks / TimeSpan.TicksPerSecond % 60;
        var fraction = ticks % TimeSpan.TicksPerSecond;

        var text = new StringBuilder(negative ? "-P" : "P");
        if (days > 0)
            text.Append(CultureInfo.InvariantCulture, $"{days}D");
        if (hours > 0 || minutes > 0 || seconds > 0 || fraction > 0)
            text.Append('T');
        if (hours > 0)
            text.Append(CultureInfo.InvariantCulture, $"{hours}H");
        if (minutes > 0)
            text.Append(CultureInfo.InvariantCulture, $"{minutes}M");
        if (fraction > 0)
            text.Append(CultureInfo.InvariantCulture, $"{seconds}.{fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0')}S");
        else if (seconds > 0)
            text.Append(CultureInfo.InvariantCulture, $"{seconds}S");
        return text.ToString();
    }

    private static string? Read(string? text, ref TimeSpan duration)
    {
        const string Expected = "cần khoảng thời gian ISO 8601 như P10D, P1W hoặc PT12H";
        if (string.IsNullOrEmpty(text))
            return Expected;

        var i = 0;
        var negative = text[0] == '-';
        if (negative || text[0] == '+')
            i++;
        if (i >= text.Length || char.ToUpperInvariant(text[i]) != 'P')
            return Expected;
        i++;

        var inTime = false;
        var lastOrder = -1;
        var fractionSeen = false;
        var any = false;
        var ticks = 0m;
        while (i < text.Length)
        {
            if (char.ToUpperInvariant(text[i]) == 'T')
            {
                if (inTime)
                    return Expected;
                inTime = true;
                i++;
                if (i == text.Length)
                    return "thiếu giờ, phút hoặc giây sau 'T'";
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
                i++;
            var integerDigits = i - start;
            var hasFraction = i < text.Length && (text[i] == '.' || text[i] == ',');
            if (hasFraction)
            {
                i++;
                var fractionStart = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                    i++;
                if (i == fractionStart)
                    return Expected;
            }
            if (integerDigits == 0 || i >= text.Length)
                return Expected;
            if (integerDigits > MaxDigits)
                return "khoảng thời gian quá lớn";
            if (fractionSeen)
                return "chỉ thành phần cuối cùng được có phần thập phân";

            var number = decimal.Parse(text.AsSpan(start, i - start).ToString().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var designator = char.ToUpperInvariant(text[i]);
            i++;

            var (order, unit) = (inTime, designator) switch
            {
                (false, 'Y') => (0, 0L),
                (false, 'M') => (1, 0L),
                (false, 'W') => (2, TimeSpan.TicksPerDay * 7),
                (false, 'D') => (3, TimeSpan.TicksPerDay),
                (true, 'H') => (4, TimeSpan.TicksPerHour),
                (true, 'M') => (5, TimeSpan.TicksPerMinute),
                (true, 'S') => (6, TimeSpan.TicksPerSecond),
                _ => (-1, 0L),
            };
            if (order <= lastOrder)
                return Expected;
            if (unit == 0)
                return "năm (Y) và tháng (M) dài ngắn tùy lịch nên không dùng được; hãy dùng ngày (D) hoặc tuần (W)";

            lastOrder = order;
            fractionSeen = hasFraction;
            any = true;
            ticks += number * unit;
            if (ticks > TimeSpan.MaxValue.Ticks)
                return "khoảng thời gian quá lớn";
        }

        if (!any)
            return Expected;
        var whole = (long)decimal.Round(ticks, MidpointRounding.AwayFromZero);
        duration = TimeSpan.FromTicks(negative ? -whole : whole);
        return null;
    }
}
