using System.Diagnostics.Metrics;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// The meter <c>ToanDan.Awards.Database</c>: how long this process's SQLite writers wait for their turn at the file
/// (<see cref="SqliteWriteGate"/>), how long each holds it, and how many wait now. A slow step that waits, rather than works, shows here.
/// </summary>
public static class DatabaseMetrics
{
    public const string MeterName = "ToanDan.Awards.Database";

    // The gate is one per process, made before any service provider: its meter is static too.
    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> WriteTurnWait = Meter.CreateHistogram<double>("awards.db.write_turn.wait", unit: "s",
        description: "Time a SQLite writer of this process waited for its turn at the database file (0 when it was free)",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    /// <summary>The writers' turns follow one another: their total held time per second is how busy the file is (1: always).</summary>
    public static readonly Histogram<double> WriteTurnHeld = Meter.CreateHistogram<double>("awards.db.write_turn.held", unit: "s",
        description: "Time a SQLite writer of this process held its turn at the database file (its transaction or lone statement)",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    static DatabaseMetrics() =>
        Meter.CreateObservableGauge("awards.db.write_turn.waiting", SqliteWriteGate.WaitingEverywhere,
            description: "SQLite writers of this process waiting for their turn now");
}
