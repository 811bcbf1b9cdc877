extern alias BenchmarkProgram;
using BenchmarkProgram::ToanDan.Awards.Benchmarks;

namespace ToanDan.Awards.Host.Tests.Benchmarks;

/// <summary>The national history benchmark on a few hundred dossiers: it generates, measures, and its own checks hold (no figure is asserted).</summary>
public class HistoryBenchmarkTests
{
    [Fact]
    public async Task The_history_benchmark_on_SQLite_finds_what_it_generated_in_the_inbox_the_search_and_the_statistics()
    {
        var report = await HistoryBenchmark.RunAsync(new HistoryBenchmarkOptions(Nominations: 400, Provider: "sqlite", Repeats: 1));

        Assert.All(report.Checks, check => Assert.True(check.Value, check.Key));
        Assert.True(report.Ok);
        Assert.Equal(3300, report.Communes);
        Assert.Contains("\"ok\":true", HistoryBenchmark.ToJson(report));
    }

    [Fact]
    public async Task The_history_benchmark_on_PostgreSQL_finds_what_it_generated_in_the_inbox_the_search_and_the_statistics()
    {
        var report = await HistoryBenchmark.RunAsync(new HistoryBenchmarkOptions(Nominations: 400, Provider: "postgres", Repeats: 1));

        Assert.All(report.Checks, check => Assert.True(check.Value, check.Key));
        Assert.True(report.Ok);
    }
}
