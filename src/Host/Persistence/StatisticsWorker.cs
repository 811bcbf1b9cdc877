using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// Counts the dossiers that saves marked (<see cref="UncountedDossier"/>) into the statistics store, every second and
/// before a report reads it, a batch per transaction: a step's transaction only marks, so the counting of many steps is
/// one short turn at the database instead of ten statements inside each of them.
/// </summary>
public sealed class StatisticsWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<StatisticsWorker> logger) : BackgroundService
{
    /// <summary>Dossiers counted per transaction: a turn at SQLite's one writer of a few milliseconds.</summary>
    public const int Batch = 200;

    private readonly SemaphoreSlim _oneCountAtATime = new(1, 1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Polling.RunAsync(1, clock, async ct =>
        {
            using var scope = scopes.CreateScope();
            await CountAsync(scope.ServiceProvider.GetRequiredService<AwardsDbContext>(), ct);
        }, logger, "Counting the statistics failed", stoppingToken);

    /// <summary>
    /// Counts every marked dossier, a batch at a time; returns how many marks it took away. In this process one count runs
    /// at a time, so a report that counts first never reads the store while the worker's batch is not yet committed.
    /// </summary>
    public async Task<int> CountAsync(AwardsDbContext db, CancellationToken ct)
    {
        // Most rounds find nothing: a read, without taking the writer's turn.
        if (!await StatisticsStore.AnyMarkedAsync(db, ct)) return 0;
        await _oneCountAtATime.WaitAsync(ct);
        try
        {
            var total = 0;
            while (true)
            {
                var (read, counted) = await StatisticsStore.CountMarkedAsync(db, Batch, ct);
                total += counted;
                // A batch not full was the last; one of which nothing could be counted (all held by writers) waits for the next round.
                if (read < Batch || counted == 0) return total;
            }
        }
        finally
        {
            _oneCountAtATime.Release();
        }
    }

    /// <summary>Everything counted again from the dossiers (<see cref="StatisticsStore.RebuildAsync"/>), never beside a batch.</summary>
    public async Task RebuildAsync(AwardsDbContext db, CancellationToken ct)
    {
        await _oneCountAtATime.WaitAsync(ct);
        try
        {
            await StatisticsStore.RebuildAsync(db, ct);
        }
        finally
        {
            _oneCountAtATime.Release();
        }
    }
}
