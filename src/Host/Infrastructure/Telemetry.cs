using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Metrics;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>Who may read <c>/metrics</c>: <c>Metrics:AllowedNetworks</c>, CIDR ranges besides loopback (none by default).</summary>
public sealed class MetricsOptions
{
    public List<string> AllowedNetworks { get; set; } = [];
}

/// <summary>
/// OpenTelemetry metrics in the Prometheus text format at <c>GET /metrics</c>: request durations (ASP.NET Core), PDF
/// printing (<see cref="Documents.PdfPrinter.MeterName"/>), the SQLite writers' waits (<see cref="DatabaseMetrics"/>) and the workflow's own (<see cref="AwardsMetrics"/>). No label
/// names a person or a dossier. Only loopback and the configured networks may read it; a request that did not come over
/// TCP (in-process test host, a Unix socket) has no remote address and counts as local.
/// </summary>
public static class Telemetry
{
    public const string Path = "/metrics";

    public static IServiceCollection AddAwardsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MetricsOptions>(configuration.GetSection("Metrics"));
        services.AddSingleton<AwardsMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(AwardsMetrics.MeterName, Documents.PdfPrinter.MeterName, DatabaseMetrics.MeterName)
            .AddPrometheusExporter());
        return services;
    }

    public static void MapAwardsTelemetry(this IEndpointRouteBuilder app)
    {
        var networks = Networks(app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value);
        // The gauges register their callbacks when first resolved; the exporter only sees instruments that exist.
        app.ServiceProvider.GetRequiredService<AwardsMetrics>();
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use((context, next) =>
            {
                if (Allows(networks, context.Connection.RemoteIpAddress)) return next(context);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }), optionsName: null)
            .WithMetadata(new HttpMethodMetadata(["GET"]));
    }

    public static IReadOnlyList<System.Net.IPNetwork> Networks(MetricsOptions options) =>
        [.. options.AllowedNetworks.Select(System.Net.IPNetwork.Parse)];

    /// <summary>Loopback, no address at all (not TCP), or an address in one of <paramref name="networks"/>.</summary>
    public static bool Allows(IReadOnlyList<System.Net.IPNetwork> networks, IPAddress? address)
    {
        if (address is null || IPAddress.IsLoopback(address)) return true;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return networks.Any(n => n.Contains(address));
    }
}

/// <summary>
/// The meter <c>ToanDan.Awards</c>: how long a workflow step takes, and the backlog an operator watches (open work items,
/// mail waiting or failed, timers due or parked), read from the database at most every <see cref="CacheFor"/> so that
/// scrapes do not load it.
/// </summary>
public sealed class AwardsMetrics
{
    public const string MeterName = "ToanDan.Awards";

    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly Histogram<double> stepDuration;
    private readonly Lock gate = new();
    private Backlog backlog = new(0, 0, 0, 0, 0, 0);
    private long readAt = long.MinValue;

    public AwardsMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock)
    {
        (this.scopes, this.clock) = (scopes, clock);
        var meter = meters.Create(MeterName);
        stepDuration = meter.CreateHistogram<double>("awards.workflow.step.duration", unit: "s",
            description: "Time to apply one workflow step (start, complete, timer, message, cancel), database work of the step included",
            // The SDK's default buckets are meant for milliseconds: these are seconds, like the request durations'.
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        meter.CreateObservableGauge("awards.work_items.open", () => Read().OpenWorkItems, description: "Work items not yet closed");
        meter.CreateObservableGauge("awards.outbox.pending", () => Read().PendingMail, description: "Mail waiting in the outbox");
        meter.CreateObservableGauge("awards.outbox.failed", () => Read().FailedMail, description: "Mail the outbox gave up on");
        meter.CreateObservableGauge("awards.timers.due", () => Read().DueTimers, description: "Timers past their time, not parked");
        meter.CreateObservableGauge("awards.timers.parked", () => Read().ParkedTimers, description: "Timers parked after failing");
        meter.CreateObservableGauge("awards.statistics.uncounted", () => Read().UncountedDossiers,
            description: "Dossiers changed and not yet counted into the statistics store");
    }

    /// <summary>Times one step; dispose the result when the step is applied.</summary>
    public StepTiming Step(string kind) => new(this, kind, Stopwatch.GetTimestamp());

    public readonly struct StepTiming(AwardsMetrics metrics, string kind, long started) : IDisposable
    {
        public void Dispose() =>
            metrics.stepDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("kind", kind));
    }

    private Backlog Read()
    {
        lock (gate)
        {
            if (readAt != long.MinValue && Stopwatch.GetElapsedTime(readAt) < CacheFor) return backlog;
            // Observable callbacks are synchronous: the counts are six indexed COUNTs.
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
            var now = clock.GetUtcNow();
            backlog = new Backlog(
                db.WorkItems.Count(w => w.ClosedAt == null),
                db.Outbox.Count(m => m.Status == OutboxStatus.Pending),
                db.Outbox.Count(m => m.Status == OutboxStatus.Failed),
                db.ScheduledTimers.Count(t => t.ParkedAt == null && t.DueAt <= now),
                db.ScheduledTimers.Count(t => t.ParkedAt != null),
                db.UncountedDossiers.Count());
            readAt = Stopwatch.GetTimestamp();
            return backlog;
        }
    }

    private sealed record Backlog(int OpenWorkItems, int PendingMail, int FailedMail, int DueTimers, int ParkedTimers, int UncountedDossiers);
}
