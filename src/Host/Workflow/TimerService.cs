using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Timers;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Workflow;

public sealed class TimerOptions
{
    public int PollSeconds { get; set; } = 30;
    public bool Enabled { get; set; } = true;

    /// <summary>Failed attempts before a timer is stopped for an administrator to look at.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure; each later one waits twice as long.</summary>
    public int FirstRetrySeconds { get; set; } = 60;
}

/// <summary>
/// Fires due boundary timers (reminders, escalations), each in its own transaction. A timer that fails is tried again
/// later with back-off and stopped (parked, with its reason) after a few attempts, so it never holds up the others.
/// </summary>
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
            due = await db.ScheduledTimers.Where(t => t.DueAt <= now && t.ParkedAt == null).OrderBy(t => t.DueAt).Select(t => t.Id).Take(500)
                .ToListAsync(ct);
        }
        var fired = 0;
        foreach (var id in due)
        {
            using var scope = scopes.CreateScope();
            try
            {
                if (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FireDueTimer.Command(id), ct)) fired++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another host fired it first.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Timer {TimerId} could not fire.", id);
                await RecordFailureAsync(id, e is DomainException or ToanDan.Awards.Workflows.Execution.WorkflowException ? e.Message : $"{e.GetType().Name}: {e.Message}", ct);
            }
        }
        return fired;
    }

    private async Task RecordFailureAsync(int id, string error, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
        var timer = await db.ScheduledTimers.FindAsync([id], ct);
        if (timer is null) return;
        timer.MarkFailedAttempt(error, clock.GetUtcNow(), options.Value.MaxAttempts, TimeSpan.FromSeconds(options.Value.FirstRetrySeconds));
        await db.SaveChangesAsync(ct);
        if (timer.IsParked) logger.LogError("Timer {TimerId} stopped after {Attempts} failed attempts: {Error}", id, timer.Attempts, error);
    }
}
