using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Workflows.Tests.Definitions;

public class IsoDurationTests
{
    public static TheoryData<string, TimeSpan> Durations => new()
    {
        { "P10D", TimeSpan.FromDays(10) },
        { "PT12H", TimeSpan.FromHours(12) },
        { "P1W", TimeSpan.FromDays(7) },
        { "P2W3D", TimeSpan.FromDays(17) },
        { "P1DT2H30M", new TimeSpan(1, 2, 30, 0) },
        { "PT90M", TimeSpan.FromMinutes(90) },
        { "PT1.5H", TimeSpan.FromMinutes(90) },
        { "PT0,5S", TimeSpan.FromMilliseconds(500) },
        { "P0.5D", TimeSpan.FromHours(12) },
        { "-P2D", TimeSpan.FromDays(-2) },
        { "p3dt4h", new TimeSpan(3, 4, 0, 0) },
        { "PT0S", TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void Reads_fixed_length_durations(string text, TimeSpan expected)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(expected, duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("10D")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("P1D2W")]
    [InlineData("P1D1D")]
    [InlineData("P1.5DT2H")]
    [InlineData("P.5D")]
    [InlineData("P5.D")]
    [InlineData("P 1D")]
    [InlineData("P1D ")]
    [InlineData("${dueDate}")]
    [InlineData("2025-01-01")]
    [InlineData("P99999999999999D")]
    public void Refuses_text_that_is_not_a_duration(string? text)
    {
        Assert.False(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.Zero, duration);
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P2M")]
    [InlineData("P1Y2M3D")]
    public void Refuses_years_and_months_because_their_length_depends_on_the_calendar(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out _, out var error));
        Assert.Contains("tháng", error);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0, "PT0S")]
    [InlineData(10, 0, 0, 0, 0, "P10D")]
    [InlineData(0, 12, 0, 0, 0, "PT12H")]
    [InlineData(1, 2, 30, 5, 0, "P1DT2H30M5S")]
    [InlineData(0, 0, 0, 1, 500, "PT1.5S")]
    [InlineData(-2, 0, 0, 0, 0, "-P2D")]
    public void Formats_days_hours_minutes_and_seconds(int days, int hours, int minutes, int seconds, int milliseconds, string expected) =>
        Assert.Equal(expected, IsoDuration.Format(new TimeSpan(days, hours, minutes, seconds, milliseconds)));

    [Theory]
    [MemberData(nameof(Durations))]
    public void Formatted_duration_reads_back_the_same(string text, TimeSpan duration)
    {
        Assert.NotNull(text);
        Assert.True(IsoDuration.TryParse(IsoDuration.Format(duration), out var again));
        Assert.Equal(duration, again);
    }

    [Fact]
    public void Formats_the_extremes_without_overflow()
    {
        Assert.True(IsoDuration.TryParse(IsoDuration.Format(TimeSpan.MaxValue), out var max));
        Assert.Equal(TimeSpan.MaxValue, max);
        Assert.StartsWith("-P", IsoDuration.Format(TimeSpan.MinValue));
    }
}
