using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Features.Tasks;

namespace ToanDan.Awards.Host.Tests.Infrastructure;

/// <summary>
/// OpenTelemetry picks meters by name in the whole process: an application of another test class running at the same
/// time would add its own gauges and steps to this one's <c>/metrics</c>. So these tests run alone, after the others.
/// </summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

[Collection(nameof(TelemetryTests))]
public class TelemetryTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Metrics_from_loopback_show_the_completed_step_and_the_backlog_the_database_holds()
    {
        var dossier = await TestDossiers.SubmitAsync(app);
        await TestDossiers.CompleteAsync(app, "congan.dongtien", dossier, "Task_CommuneReviewSimplified");
        var (openItems, pendingMail) = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            return (await db.WorkItems.CountAsync(w => w.ClosedAt == null), await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending));
        });

        var uncountedBefore = await UncountedAsync();

        var context = await ScrapeFromAsync(IPAddress.Loopback);

        // Only the statistics worker changes the marks meanwhile, and it only takes them away.
        var uncountedAfter = await UncountedAsync();
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.StartsWith("text/plain", context.Response.ContentType);
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.True(Value(text, "awards_workflow_step_duration_seconds_count", "kind=\"complete\"") >= 1, text);
        Assert.True(Value(text, "awards_workflow_step_duration_seconds_count", "kind=\"start\"") >= 1, text);
        // Buckets in seconds, not the SDK's millisecond defaults.
        Assert.Matches("awards_workflow_step_duration_seconds_bucket\\{[^}]*le=\"0.25\"", text);
        Assert.True(openItems > 0);
        Assert.Equal(openItems, Value(text, "awards_work_items_open"));
        Assert.Equal(pendingMail, Value(text, "awards_outbox_pending"));
        Assert.Equal(0, Value(text, "awards_outbox_failed"));
        Assert.InRange(Value(text, "awards_statistics_uncounted"), (double)uncountedAfter, uncountedBefore);
        // The step's writes waited for their turn at the SQLite file (for no time at all here), and nobody waits now.
        Assert.True(Value(text, "awards_db_write_turn_wait_seconds_count") >= 1, text);
        Assert.True(Value(text, "awards_db_write_turn_held_seconds_count") >= 1, text);
        Assert.Equal(0, Value(text, "awards_db_write_turn_waiting"));
        // Their commits returned after a sync of the WAL, each sync covering one commit or more.
        Assert.True(Value(text, "awards_db_wal_sync_seconds_count") >= 1, text);
        Assert.True(Value(text, "awards_db_wal_sync_commits_sum") >= Value(text, "awards_db_wal_sync_commits_count"), text);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text);
        // No label names a person or a dossier: requests are labelled by route template, not by the task's id.
        Assert.DoesNotContain("congan.dongtien", text);
        Assert.Contains("http_route=\"/api/tasks/{id:guid}/complete\"", text);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", text);
    }

    private Task<int> UncountedAsync() =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().UncountedDossiers.CountAsync());

    [Fact]
    public async Task Metrics_are_refused_to_an_address_outside_loopback_and_the_allowed_networks()
    {
        var context = await ScrapeFromAsync(IPAddress.Parse("203.0.113.7"));

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.DoesNotContain("awards_", await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public void A_configured_network_lets_its_addresses_in_and_no_others()
    {
        var networks = Telemetry.Networks(new MetricsOptions { AllowedNetworks = ["10.20.0.0/16", "fd00::/8"] });

        Assert.True(Telemetry.Allows(networks, IPAddress.Parse("10.20.3.4")));
        Assert.True(Telemetry.Allows(networks, IPAddress.Parse("::ffff:10.20.3.4")));
        Assert.True(Telemetry.Allows(networks, IPAddress.Parse("fd00::1")));
        Assert.True(Telemetry.Allows(networks, IPAddress.IPv6Loopback));
        Assert.False(Telemetry.Allows(networks, IPAddress.Parse("10.21.0.1")));
        Assert.False(Telemetry.Allows(Telemetry.Networks(new MetricsOptions()), IPAddress.Parse("192.168.1.10")));
    }

    private Task<HttpContext> ScrapeFromAsync(IPAddress address) =>
        app.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = Telemetry.Path;
            c.Connection.RemoteIpAddress = address;
        });

    /// <summary>The value of the series <paramref name="name"/> whose labels contain <paramref name="label"/>.</summary>
    private static double Value(string text, string name, string label = "")
    {
        var match = Regex.Match(text, $@"^{Regex.Escape(name)}(\{{[^}}]*{Regex.Escape(label)}[^}}]*\}})? (\S+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"{name} {label} not in:\n{text}");
        return double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
    }
}
