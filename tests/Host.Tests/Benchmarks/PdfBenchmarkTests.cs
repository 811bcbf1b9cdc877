extern alias BenchmarkProgram;
using BenchmarkProgram::ToanDan.Awards.Benchmarks;

namespace ToanDan.Awards.Host.Tests.Benchmarks;

/// <summary>The PDF benchmark on a few requests, with the real Chromium: it runs, and its own checks hold (no figure is asserted).</summary>
public class PdfBenchmarkTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_pdf_benchmark_answers_every_request_with_a_pdf_and_never_prints_more_pages_at_once_than_configured(bool distinct)
    {
        var report = await PdfBenchmark.RunAsync(new PdfBenchmarkOptions(Requests: 6, Clients: 4, Distinct: distinct));

        Assert.All(report.Checks, check => Assert.True(check.Value, $"{check.Key}: {PdfBenchmark.ToJson(report)}"));
        Assert.Equal(6, report.StatusCodes["200"]);
        Assert.InRange(report.MostPrintingAtOnce, 1, report.MaxConcurrentPrints);
        Assert.Contains("\"ok\":true", PdfBenchmark.ToJson(report));
    }
}
