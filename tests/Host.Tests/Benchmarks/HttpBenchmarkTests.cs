extern alias BenchmarkProgram;
using BenchmarkProgram::ToanDan.Awards.Benchmarks;

namespace ToanDan.Awards.Host.Tests.Benchmarks;

/// <summary>The application benchmark on a few dossiers: it runs, and its own checks hold (no figure is asserted).</summary>
public class HttpBenchmarkTests
{
    [Fact]
    public async Task The_application_benchmark_takes_every_dossier_to_one_numbered_decision_with_nothing_lost_or_doubled()
    {
        var log = Path.Combine(Path.GetTempPath(), $"toandan-requests-{Guid.NewGuid():N}.log");
        var report = await HttpBenchmark.RunAsync(new HttpBenchmarkOptions(Nominations: 6, Clients: 5, ThinkMs: 0, Provider: "sqlite", Warmup: 2)
        {
            RequestsLog = log,
        });

        Assert.True(report.Ok, string.Join("; ", report.Problems));
        // The warm-up's dossiers are taken to the end before the clock starts and are not counted.
        Assert.Equal(6 * 3, report.Completions);
        Assert.True(report.CpuMsPerCompletion > 0);
        Assert.All(report.Checks, check => Assert.True(check.Value, check.Key));
        Assert.Equal(0, report.ServerErrors);
        Assert.Contains("\"ok\":true", HttpBenchmark.ToJson(report));
        // Every step took its turn at the SQLite file at least once (the host's own meter, read by the benchmark).
        Assert.True(report.WriteTurnsPerCompletion >= 1, $"{report.WriteTurnsPerCompletion}");
        // One line per measured request: each completion answered, each look at an inbox.
        var lines = await File.ReadAllLinesAsync(log);
        Assert.Equal(report.StatusCodes.Values.Sum(), lines.Length);
        Assert.Equal(report.InboxRequests, lines.Count(l => l.EndsWith(" I", StringComparison.Ordinal)));
        File.Delete(log);
    }
}
