using System.Diagnostics.Metrics;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// The meter <c>ToanDan.Awards.Database</c>: how long this process's SQLite writers wait for their turn at the file
/// (<see cref="SqliteWriteGate"/>), how long each holds it, how many wait now, and the WAL's syncs that make their commits durable. A slow step that waits, rather than works, shows here.
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

    /// <summary>The disk's wait of a commit, outside the writer's turn (<see cref="WalSync"/>).</summary>
    public static readonly Histogram<double> WalSync = Meter.CreateHistogram<double>("awards.db.wal_sync", unit: "s",
        description: "Time one sync of the SQLite WAL took to reach the disk, for every commit it covered",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1] });

    /// <summary>Above 1, steps committed while the disk was busy shared one sync.</summary>
    public static readonly Histogram<long> CommitsPerWalSync = Meter.CreateHistogram<long>("awards.db.wal_sync.commits", unit: "{commit}",
        description: "Commits of this process one sync of the SQLite WAL made durable",
        advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32] });

    static DatabaseMetrics() =>
        Meter.CreateObservableGauge("awards.db.write_turn.waiting", SqliteWriteGate.WaitingEverywhere,
            description: "SQLite writers of this process waiting for their turn now");
}
