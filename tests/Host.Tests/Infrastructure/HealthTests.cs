using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Infrastructure;

public sealed class HealthTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_load_balancer_reads_the_health_without_logging_in()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Contains(body.GetProperty("status").GetString(), new[] { "healthy", "degraded" });
    }

    [Fact]
    public async Task A_timer_far_behind_its_time_makes_the_host_degraded_but_still_serving()
    {
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var instance = await db.WorkflowInstances.Select(i => i.Id).FirstAsync();
            db.ScheduledTimers.Add(new ScheduledTimer(instance, "Timer_Late", app.Clock.GetUtcNow().AddHours(-2)));
            return await db.SaveChangesAsync();
        });

        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        var background = body.GetProperty("checks").GetProperty("background");
        Assert.True(background.GetProperty("data").GetProperty("lateTimers").GetInt32() >= 1);
        Assert.Contains("hẹn giờ", background.GetProperty("description").GetString());
    }
}
