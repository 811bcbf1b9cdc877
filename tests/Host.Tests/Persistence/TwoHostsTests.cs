using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Email;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Runtime;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Persistence;

/// <summary>
/// Two hosts, each with its own install and home folder, on one PostgreSQL database and one mail server, as a national
/// deployment runs them behind a load balancer. The background work (timers, outbox) is driven by the tests, on both
/// hosts at once.
/// </summary>
public sealed class TwoHostsOnPostgres : IAsyncLifetime
{
    private readonly PostgresServer _server = new();

    public MailDevServer Mail { get; } = new();
    public HostOnItsOwnMachine A { get; private set; } = null!;
    public HostOnItsOwnMachine B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Mail.StartAsync();
        A = Host();
        B = Host();
        _ = A.Services;
        _ = B.Services;
    }

    /// <summary>Another host on the same server, on the database named (created by the first host that starts on it).</summary>
    public HostOnItsOwnMachine Host(string database = "awards")
    {
        var host = new HostOnItsOwnMachine("postgres", _server.ConnectionString(database));
        host.Settings["Email:Smtp:Host"] = "127.0.0.1";
        host.Settings["Email:Smtp:Port"] = Mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return host;
    }

    /// <summary>Both hosts' clocks, moved together.</summary>
    public void SetClocks(DateTimeOffset at)
    {
        A.Clock.Set(at);
        B.Clock.Set(at);
    }

    public static TimerService Timers(AwardsApp host) => host.Services.GetServices<IHostedService>().OfType<TimerService>().Single();

    public static OutboxWorker Outbox(AwardsApp host) => host.Services.GetRequiredService<OutboxWorker>();

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        _server.Dispose();
        Mail.Dispose();
    }
}

public sealed class TwoHostsTests(TwoHostsOnPostgres hosts) : IClassFixture<TwoHostsOnPostgres>
{
    private Task<T> DbAsync<T>(Func<AwardsDbContext, Task<T>> work) =>
        hosts.A.WithScopeAsync(s => work(s.GetRequiredService<AwardsDbContext>()));

    [Fact]
    public async Task A_token_from_one_hosts_login_is_accepted_by_the_other()
    {
        var login = await hosts.A.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "noivu.thanhhoa", password = DemoData.Password });
        var onB = hosts.B.CreateClient();
        onB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        var response = await onB.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_task_completed_on_both_hosts_at_once_is_completed_once_and_the_other_host_answers_409()
    {
        var id = await SubmitAsync(hosts.A, GiayKhen);
        var taskId = await TaskIdAsync(hosts.A, "congan.dongtien", id, "Task_CommuneReviewSimplified");

        var responses = await Task.WhenAll(
            PostCompleteAsync(hosts.A, "congan.dongtien", taskId, "approve"),
            PostCompleteAsync(hosts.B, "congan.dongtien", taskId, "approve"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var completed = (await JournalAsync(hosts.B, id)).Where(e => e.Kind == JournalKind.TaskCompleted);
        Assert.Equal("Task_CommuneReviewSimplified", Assert.Single(completed).ElementId);
        Assert.Equal(["Task_PV05ReviewSimplified"], await DbAsync(db => db.WorkItems.Where(w => w.NominationId == id && w.ClosedAt == null)
            .Select(w => w.ElementId).ToListAsync()));
    }

    [Fact]
    public async Task A_due_timer_polled_by_both_hosts_at_once_fires_once()
    {
        var id = await SubmitAsync(hosts.A, GiayKhen);
        var instance = (await InstanceAsync(hosts.A, id)).Id;
        var due = await DbAsync(db => db.ScheduledTimers.Where(t => t.InstanceId == instance).MinAsync(t => t.DueAt));
        hosts.SetClocks(due.AddMinutes(1));

        await Task.WhenAll(
            TwoHostsOnPostgres.Timers(hosts.A).FireDueTimersAsync(CancellationToken.None),
            TwoHostsOnPostgres.Timers(hosts.B).FireDueTimersAsync(CancellationToken.None));

        var fired = (await JournalAsync(hosts.A, id)).Where(e => e.Kind == JournalKind.TimerFired);
        Assert.Equal("Timer_CommuneSimplifiedReminder", Assert.Single(fired).ElementId);
        var reminders = await DbAsync(db => db.Outbox.Where(m => m.EventKey.StartsWith(instance) && m.Template == "task-reminder").CountAsync());
        Assert.Equal(1, reminders);
        Assert.False(await DbAsync(db => db.ScheduledTimers.AnyAsync(t => t.InstanceId == instance && (t.Attempts > 0 || t.DueAt <= due))));
    }

    [Fact]
    public async Task Mail_in_the_outbox_is_sent_once_when_both_hosts_send_at_once()
    {
        var ids = new List<int>();
        foreach (var unit in new[] { "TH-DONGTIEN", "TH-HACTHANH", "TH-DONGTIEN", "TH-HACTHANH", "TH-DONGTIEN", "TH-HACTHANH" })
            ids.Add(await SubmitAsync(hosts.A, GiayKhen, unit));
        var instances = await DbAsync(db => db.WorkflowInstances.Where(i => ids.Contains(i.NominationId)).Select(i => i.Id).ToListAsync());

        var sent = await Task.WhenAll(
            TwoHostsOnPostgres.Outbox(hosts.A).SendDueAsync(CancellationToken.None),
            TwoHostsOnPostgres.Outbox(hosts.B).SendDueAsync(CancellationToken.None));

        var outbox = (await DbAsync(db => db.Outbox.AsNoTracking().ToListAsync())).Where(m => instances.Any(m.EventKey.StartsWith)).ToList();
        Assert.NotEmpty(outbox);
        Assert.All(outbox, m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
        var expected = outbox.Select(m => MessageIds.For(m.EventKey)).Order().ToList();
        var received = await ReceivedAsync(expected);
        Assert.Equal(expected, received.Order().ToList());
        Assert.True(sent.Sum() >= expected.Count);
    }

    [Fact]
    public async Task Decisions_signed_on_both_hosts_at_once_get_consecutive_numbers()
    {
        var first = await SubmitAsync(hosts.A, BangKhen);
        var second = await SubmitAsync(hosts.A, BangKhen);
        foreach (var id in new[] { first, second })
        {
            await CompleteAsync(hosts.A, "congan.dongtien", id, "Task_CommuneReviewSimplified");
            await CompleteAsync(hosts.B, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified");
            await CompleteAsync(hosts.A, "giamdoc.thanhhoa", id, "Task_DirectorPropose");
            await CompleteAsync(hosts.B, "noivu.thanhhoa", id, "Task_HomeAffairsAppraisal");
        }
        var tasks = await Task.WhenAll(TaskIdAsync(hosts.A, "ubnd.thanhhoa", first, "Task_ChairmanSign"), TaskIdAsync(hosts.B, "ubnd.thanhhoa", second, "Task_ChairmanSign"));

        var responses = await Task.WhenAll(
            PostCompleteAsync(hosts.A, "ubnd.thanhhoa", tasks[0], "approve"),
            PostCompleteAsync(hosts.B, "ubnd.thanhhoa", tasks[1], "approve"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var decisions = new[] { (await DecisionOfAsync(hosts.A, first))!, (await DecisionOfAsync(hosts.B, second))! };
        var numbers = decisions.Select(d => d.Number).Order().ToArray();
        Assert.Equal(numbers[0] + 1, numbers[1]);
        var register = await DbAsync(db => db.DecisionCounters.SingleAsync(c => c.IssuerId == decisions[0].IssuerId && c.Year == decisions[0].Year));
        Assert.Equal(numbers[1], (int?)register.LastNumber);
    }

    [Fact]
    public async Task Two_hosts_starting_at_once_on_an_empty_database_both_start_and_set_it_up_once()
    {
        await using var first = hosts.Host("fresh");
        await using var second = hosts.Host("fresh");

        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        var counts = await first.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            return (Roles: await db.Roles.CountAsync(), AwardTypes: await db.AwardTypes.CountAsync(), Units: await db.Units.CountAsync(),
                Accounts: await db.Users.CountAsync(), Workflows: await db.WorkflowVersions.CountAsync(v => v.Status == WorkflowVersionStatus.Published));
        });
        Assert.Equal((Roles.Names.Count, 3, DemoData.Units.Length, DemoData.Accounts.Length, 3), counts);
        var me = await (await second.ClientForAsync("pv05.thanhhoa")).GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    /// <summary>The Message-IDs maildev lists among those expected, each as often as it arrived (maildev lists a message a moment after accepting it).</summary>
    private async Task<List<string>> ReceivedAsync(IReadOnlyCollection<string> expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var received = (await hosts.Mail.EmailsAsync()).Select(m => m.MessageId).Where(expected.Contains).ToList();
            if (received.Count >= expected.Count || DateTime.UtcNow > deadline)
            {
                await Task.Delay(200);
                return (await hosts.Mail.EmailsAsync()).Select(m => m.MessageId).Where(expected.Contains).ToList();
            }
            await Task.Delay(50);
        }
    }
}
