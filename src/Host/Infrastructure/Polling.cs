namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>The loop of a background worker: work now, then at every tick; a failed round is logged and the next one tried.</summary>
public static class Polling
{
    public static async Task RunAsync(int seconds, TimeProvider clock, Func<CancellationToken, Task> round, ILogger logger, string failure,
        CancellationToken stoppingToken)
    {
        using var ticker = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, seconds)), clock);
        do
        {
            try
            {
                await round(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Failure}; will retry at the next tick.", failure);
            }
        }
        while (await ticker.WaitForNextTickAsync(stoppingToken));
    }
}
