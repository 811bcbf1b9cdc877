using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Xunit.Abstractions;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Tasks;

/// <summary>
/// What the requests people wait for cost the database, counted in statements (never timed): the API inbox and the
/// completion of a step. A statement more on these paths is paid by every approver at every look; the budgets hold
/// what the path needs today, so a change that adds one is seen here.
/// </summary>
public class RequestCostTests(AwardsApp app, ITestOutputHelper output) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Looking_at_the_inbox_costs_one_statement()
    {
        var id = await SubmitAsync(app, GiayKhen);
        var client = await app.ClientForAsync("congan.dongtien");
        // The first look warms what is cached per account (today's standings).
        (await client.GetAsync("/api/tasks")).EnsureSuccessStatusCode();

        var (response, statements) = await CountAsync(client, c => c.GetAsync("/api/tasks"));

        response.EnsureSuccessStatusCode();
        Assert.Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture), await response.Content.ReadAsStringAsync());
        Report("GET /api/tasks", statements);
        Assert.InRange(statements.Count, 1, InboxBudget);
    }

    [Fact]
    public async Task Completing_a_step_costs_a_bounded_number_of_statements()
    {
        var id = await SubmitAsync(app, GiayKhen);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        var client = await app.ClientForAsync("congan.dongtien");

        var (response, statements) = await CountAsync(client, c => c.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "approve" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Report("POST /api/tasks/{id}/complete", statements);
        Assert.InRange(statements.Count, 1, CompleteBudget);
    }

    private const int InboxBudget = 1;

    private const int CompleteBudget = 40;

    private void Report(string request, IReadOnlyList<string> statements)
    {
        output.WriteLine($"{request}: {statements.Count} statements");
        foreach (var text in statements) output.WriteLine("  " + text.ReplaceLineEndings(" ")[..Math.Min(160, text.ReplaceLineEndings(" ").Length)]);
    }

    /// <summary>
    /// Runs one request with a trace id of its own and counts the EF statements the server runs under that trace: other
    /// test classes run in parallel in this process, and their statements carry other trace ids.
    /// </summary>
    private static async Task<(HttpResponseMessage, IReadOnlyList<string>)> CountAsync(HttpClient client, Func<HttpClient, Task<HttpResponseMessage>> request)
    {
        var trace = ActivityTraceId.CreateRandom();
        var statements = new ConcurrentQueue<string>();
        using var activities = new ActivityListener
        {
            // The host creates the request's activity (from the traceparent header) only when someone listens.
            ShouldListenTo = s => s.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(activities);
        using var commands = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name != "Microsoft.EntityFrameworkCore") return;
            listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
            {
                if (e.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting" && Activity.Current?.TraceId == trace
                    && e.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData data)
                    statements.Enqueue(data.Command.CommandText);
            }));
        }));
        // The request carries the trace as a traceparent header; the server's activity continues it.
        client.DefaultRequestHeaders.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        try
        {
            var response = await request(client);
            return (response, statements.ToList());
        }
        finally
        {
            client.DefaultRequestHeaders.Remove("traceparent");
        }
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void OnNext(T value) => next(value);
    }
}
