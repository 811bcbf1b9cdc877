using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Tests.Features.Timers;

/// <summary>A timer the engine refuses (here: one the instance no longer waits for) must not loop for ever or hold up the rest.</summary>
public sealed class FailingTimerTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private TimerService Timers => app.Services.GetServices<IHostedService>().OfType<TimerService>().Single();

    private Task<T> DbAsync<T>(Func<AwardsDbContext, Task<T>> work) =>
        app.WithScopeAsync(s => work(s.GetRequiredService<AwardsDbContext>()));

    private async Task<int> BrokenTimerAsync() => await DbAsync(async db =>
    {
        var instance = await db.WorkflowInstances.Where(i => i.IsRunning).Select(i => i.Id).FirstAsync();
        var timer = new ScheduledTimer(instance, $"Timer_Gone_{Guid.NewGuid():N}", app.Clock.GetUtcNow().AddMinutes(-1));
        db.ScheduledTimers.Add(timer);
        await db.SaveChangesAsync();
        return timer.Id;
    });

    private Task<ScheduledTimer> TimerAsync(int id) => DbAsync(db => db.ScheduledTimers.AsNoTracking().SingleAsync(t => t.Id == id));

    private async Task FailUntilParkedAsync(int id)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var timer = await TimerAsync(id);
            if (timer.DueAt > app.Clock.GetUtcNow()) app.Clock.Set(timer.DueAt.AddSeconds(1));
            await Timers.FireDueTimersAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_failing_timer_is_retried_later_each_time_waiting_twice_as_long()
    {
        var id = await BrokenTimerAsync();

        var firedAt = app.Clock.GetUtcNow();
        await Timers.FireDueTimersAsync(CancellationToken.None);
        var first = await TimerAsync(id);
        app.Clock.Set(first.DueAt.AddSeconds(1));
        await Timers.FireDueTimersAsync(CancellationToken.None);
        var second = await TimerAsync(id);

        Assert.Equal((1, false), (first.Attempts, first.IsParked));
        Assert.Contains("không còn chờ", first.LastError);
        Assert.Equal(firedAt.AddSeconds(60), first.DueAt);
        Assert.Equal(2, second.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(120), second.DueAt - app.Clock.GetUtcNow());
    }

    [Fact]
    public async Task After_five_failures_it_is_parked_listed_for_the_administrator_and_can_be_retried_or_cancelled()
    {
        var id = await BrokenTimerAsync();
        await FailUntilParkedAsync(id);
        var admin = await app.ClientForAsync("admin");

        var parked = await admin.GetFromJsonAsync<JsonElement>("/api/admin/timers");
        var listed = parked.EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id);
        Assert.Equal(5, listed.GetProperty("attempts").GetInt32());
        Assert.Contains("không còn chờ", listed.GetProperty("lastError").GetString());

        // Parked: the service passes it by.
        app.Clock.Advance(TimeSpan.FromDays(2));
        await Timers.FireDueTimersAsync(CancellationToken.None);
        Assert.Equal(5, (await TimerAsync(id)).Attempts);
        admin = await app.ClientForAsync("admin");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/timers/{id}/retry", null)).StatusCode);
        var retried = await TimerAsync(id);
        Assert.Equal((0, false), (retried.Attempts, retried.IsParked));
        var notParked = await admin.PostAsync($"/api/admin/timers/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, notParked.StatusCode);
        Assert.Contains("Chỉ hủy được hẹn giờ đã dừng", await notParked.Content.ReadAsStringAsync());

        await FailUntilParkedAsync(id);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/timers/{id}/cancel", null)).StatusCode);
        Assert.False(await DbAsync(db => db.ScheduledTimers.AnyAsync(t => t.Id == id)));
    }

    [Fact]
    public async Task Only_an_administrator_sees_or_touches_the_timers()
    {
        var id = await BrokenTimerAsync();
        var director = await app.ClientForAsync("giamdoc.thanhhoa");

        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync("/api/admin/timers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.PostAsync($"/api/admin/timers/{id}/retry", null)).StatusCode);
    }
}
