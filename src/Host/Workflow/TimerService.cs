using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Features.Timers;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Workflow;

public sealed class TimerOptions
{
    public int PollSeconds { get; set; } = 30;
    public bool Enabled { get; set; } = true;
}

/// <summary>Fires due boundary timers (reminders, escalations), each in its own transaction.</summary>
public sealed class TimerService(IServiceScopeFactory scopes, IOptions<TimerOptions> options, TimeProvider clock, ILogger<TimerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await Polling.RunAsync(options.Value.PollSeconds, clock, FireDueTimersAsync, logger, "Firing due timers failed", stoppingToken);
    }

    public async Task<int> FireDueTimersAsync(CancellationToken ct)
    {
        List<int> due;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
            var now = clock.GetUtcNow();
            due = await db.ScheduledTimers.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).Select(t => t.Id).Take(500).ToListAsync(ct);
        }
        var fired = 0;
        foreach (var id in due)
        {
            using var scope = scopes.CreateScope();
            try
            {
                if (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FireDueTimer.Command(id), ct)) fired++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Timer {TimerId} could not fire.", id);
            }
        }
        return fired;
    }
}
