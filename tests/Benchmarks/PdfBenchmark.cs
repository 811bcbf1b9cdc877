using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ToanDan.Awards.Host;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Documents;

namespace ToanDan.Awards.Benchmarks;

/// <summary>What one run of the PDF benchmark is asked to do.</summary>
/// <param name="Requests">PDFs fetched in all, after the one that warms the printer.</param>
/// <param name="Clients">Clients fetching at once.</param>
/// <param name="Distinct">Every request prints: the printer keeps no PDF in memory (<c>Documents:PdfCacheMegabytes = 0</c>),
/// since the demo has too few decisions to make each request a different document.</param>
public sealed record PdfBenchmarkOptions(int Requests, int Clients, bool Distinct);

/// <summary>The run's figures and checks.</summary>
public sealed record PdfBenchmarkReport(
    int Requests, int Clients, bool Distinct, int MaxConcurrentPrints, double WarmupMs, double P50Ms, double P95Ms, double P99Ms, double MaxMs,
    double ElapsedS, IReadOnlyDictionary<string, int> StatusCodes, int NotPdf, long Printed, long CacheHits, int MostPrintingAtOnce,
    long BrowsersLaunched, IReadOnlyDictionary<string, double> PhaseMeanMs)
{
    /// <summary>Every answer a 200 with a PDF, never more pages at once than configured, one browser.</summary>
    public IReadOnlyDictionary<string, bool> Checks => new Dictionary<string, bool>
    {
        ["all_200"] = StatusCodes.Count == 1 && StatusCodes.GetValueOrDefault("200") == Requests,
        ["all_pdf"] = NotPdf == 0,
        ["printing_within_bound"] = MostPrintingAtOnce <= MaxConcurrentPrints,
        ["one_browser"] = BrowsersLaunched == 1,
        ["cache_as_asked"] = Distinct ? CacheHits == 0 && Printed == Requests + 1 : Printed == 1 && CacheHits == Requests,
    };

    public bool Ok => Checks.Values.All(c => c);
}

/// <summary>
/// Decision PDFs through the JSON API of the real host (Kestrel on a free loopback port, a fresh SQLite database with the
/// demo province, Development): an administrator's clients fetch <c>/api/decisions/{id}/document.pdf</c> of the demo decisions,
/// after one request that starts Chromium. The printer's own metrics (meter <see cref="PdfPrinter.MeterName"/>, read in
/// this process by a <see cref="MeterListener"/>) tell how many pages printed at once and where printing spent its time.
/// </summary>
public static class PdfBenchmark
{
    public static async Task<PdfBenchmarkReport> RunAsync(PdfBenchmarkOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "toandan-bench-pdf", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var app = await StartHostAsync(options, folder);
            using var metrics = new PrinterMetrics(app.Services.GetRequiredService<IMeterFactory>());
            var bound = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DocumentOptions>>().Value.MaxConcurrentPrints;
            var server = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024 };
            using var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(server), Timeout = TimeSpan.FromMinutes(5) };
            var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = DemoData.Password });
            login.EnsureSuccessStatusCode();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
            var decisions = (await client.GetFromJsonAsync<JsonElement>("/api/decisions?pageSize=100")).EnumerateArray()
                .Select(d => d.GetProperty("id").GetInt32()).ToList();
            if (decisions.Count == 0) throw new InvalidOperationException("the demo data has no decision to print");
            // Without --distinct every request is of one decision, printed once by the warm-up.
            if (!options.Distinct) decisions = decisions.Take(1).ToList();

            var warmup = Stopwatch.StartNew();
            using (var first = await client.GetAsync($"/api/decisions/{decisions[0]}/document.pdf")) first.EnsureSuccessStatusCode();
            warmup.Stop();

            var times = new ConcurrentBag<double>();
            var statuses = new ConcurrentDictionary<int, int>();
            var notPdf = 0;
            var next = -1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(_ => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < options.Requests; i = Interlocked.Increment(ref next))
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await client.GetAsync($"/api/decisions/{decisions[i % decisions.Count]}/document.pdf");
                    var body = await response.Content.ReadAsByteArrayAsync();
                    watch.Stop();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    if (!body.AsSpan().StartsWith("%PDF-"u8)) Interlocked.Increment(ref notPdf);
                }
            })));
            clock.Stop();
            await app.StopAsync();
            var sorted = times.Order().ToList();
            return new PdfBenchmarkReport(options.Requests, options.Clients, options.Distinct, bound, Math.Round(warmup.Elapsed.TotalMilliseconds, 1),
                Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Count == 0 ? 0 : Math.Round(sorted[^1], 1),
                Math.Round(clock.Elapsed.TotalSeconds, 2),
                new SortedDictionary<string, int>(statuses.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value)),
                notPdf, metrics.Printed, metrics.CacheHits, metrics.MostPrintingAtOnce, metrics.BrowsersLaunched, metrics.PhaseMeans());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a file still open: left for the OS */ }
        }
    }

    public static string ToJson(PdfBenchmarkReport r) => JsonSerializer.Serialize(new
    {
        mode = "pdf", requests = r.Requests, clients = r.Clients, distinct = r.Distinct, max_concurrent_prints = r.MaxConcurrentPrints,
        warmup_ms = r.WarmupMs, p50_ms = r.P50Ms, p95_ms = r.P95Ms, p99_ms = r.P99Ms, max_ms = r.MaxMs, elapsed_s = r.ElapsedS,
        status_codes = r.StatusCodes, not_pdf = r.NotPdf, printed = r.Printed, cache_hits = r.CacheHits,
        most_printing_at_once = r.MostPrintingAtOnce, browsers_launched = r.BrowsersLaunched, phase_mean_ms = r.PhaseMeanMs,
        checks = r.Checks, ok = r.Ok,
    });

    private static async Task<WebApplication> StartHostAsync(PdfBenchmarkOptions options, string folder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(HostSetup).Assembly.GetName().Name,
        });
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Awards"] = $"Data Source={Path.Combine(folder, "awards.db")}",
            ["Demo:Enabled"] = "true",
            ["Timers:Enabled"] = "false",
            ["Attachments:Root"] = Path.Combine(folder, "attachments"),
            ["Email:Smtp:Host"] = "",
            ["Email:PickupDirectory"] = Path.Combine(folder, "mail"),
            ["Email:Outbox:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Error",
        };
        if (options.Distinct) settings["Documents:PdfCacheMegabytes"] = "0";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddAwardsHost();
        var app = builder.Build();
        await app.UseAwardsHostAsync();
        await app.StartAsync();
        return app;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);

    /// <summary>The printer's metrics of this host only (its meter factory is the meters' scope).</summary>
    private sealed class PrinterMetrics : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly ConcurrentDictionary<string, (double Sum, int Count)> phases = new();
        private long printed, cacheHits, launched;
        private int printing, most;

        public PrinterMetrics(IMeterFactory factory)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PdfPrinter.MeterName && ReferenceEquals(instrument.Meter.Scope, factory)) l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                if (instrument.Name == "awards.pdf.printed") Interlocked.Add(ref printed, value);
                if (instrument.Name == "awards.pdf.cache_hits") Interlocked.Add(ref cacheHits, value);
                if (instrument.Name == "awards.pdf.browsers_launched") Interlocked.Add(ref launched, value);
            });
            listener.SetMeasurementEventCallback<int>((instrument, value, _, _) =>
            {
                if (instrument.Name != "awards.pdf.printing") return;
                var now = Interlocked.Add(ref printing, value);
                int seen;
                while (now > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, now, seen) != seen) { }
            });
            listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            {
                if (instrument.Name != "awards.pdf.phase") return;
                foreach (var tag in tags)
                    if (tag.Key == "phase" && tag.Value is string name)
                        phases.AddOrUpdate(name, (value, 1), (_, s) => (s.Sum + value, s.Count + 1));
            });
            listener.Start();
        }

        public long Printed => Interlocked.Read(ref printed);
        public long CacheHits => Interlocked.Read(ref cacheHits);
        public long BrowsersLaunched => Interlocked.Read(ref launched);
        public int MostPrintingAtOnce => Volatile.Read(ref most);

        public IReadOnlyDictionary<string, double> PhaseMeans() =>
            new SortedDictionary<string, double>(phases.ToDictionary(p => p.Key, p => Math.Round(p.Value.Sum / p.Value.Count, 1)));

        public void Dispose() => listener.Dispose();
    }
}
