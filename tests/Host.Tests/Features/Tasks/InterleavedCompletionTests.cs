using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Tasks;

/// <summary>
/// A completion reads its step, the instance and the dossier one statement after the other, outside the writer's turn; the
/// other person's completion of the same step may land between two of those reads. Whatever it then read, the answer is
/// the one it would have had from the start: 409, the step was taken. Within one host the two completions of one step queue
/// (<see cref="Host.Infrastructure.IOneAtATime"/>); here the host runs without that queue, as two hosts on one database do, so
/// that the database alone decides.
/// </summary>
public class InterleavedCompletionTests(InterleavedCompletionTests.App app) : IClassFixture<InterleavedCompletionTests.App>
{
    [Fact]
    public async Task The_last_step_completed_by_someone_else_between_two_reads_answers_409_and_issues_one_decision()
    {
        var id = await SubmitAsync(app, GiayKhen);
        await ToDirectorSignAsync(app, id);
        var taskId = await TaskIdAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorSign");
        var director = await app.ClientForAsync("giamdoc.thanhhoa");

        // The first completion stops just before it reads the dossier; the second runs to its end meanwhile.
        var paused = app.Gate.PauseAtNextRead("FROM \"Nominations\"");
        var first = director.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "approve" });
        await paused.Reached;
        var second = await PostCompleteAsync(app, "giamdoc.thanhhoa", taskId, "approve");
        paused.Release();
        var late = await first;

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await late.Content.ReadAsStringAsync();
        Assert.True(late.StatusCode == HttpStatusCode.Conflict, $"{(int)late.StatusCode} {body}");
        Assert.Contains("đã được", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
        Assert.Equal(NominationStatus.Approved, (await NominationAsync(app, id)).Status);
        Assert.NotNull(await DecisionOfAsync(app, id));
        Assert.Equal(1, await app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Decisions
            .CountAsync(d => d.Awardees.Any(a => a.NominationId == id))));
    }

    /// <summary>
    /// Two people taking one step at once is expected, and answered 409: the save that finds the step taken (the instance's
    /// revision moved, the mail's key already written) is no error for the operator's log. A real failure is still logged, once,
    /// where it ends (<c>ProblemMapping</c>, a worker's loop).
    /// </summary>
    [Fact]
    public async Task A_save_that_finds_the_step_taken_meanwhile_answers_409_and_logs_no_error()
    {
        var id = await SubmitAsync(app);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        var police = await app.ClientForAsync("congan.dongtien");

        // The first completion has read its step and worked it out; it stops at the runner's look-up of the next step's unit,
        // before its save.
        var paused = app.Gate.PauseAtNextRead("FROM \"Units\"");
        var first = police.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "approve" });
        await paused.Reached;
        var second = await PostCompleteAsync(app, "congan.dongtien", taskId, "approve");
        var errorsBefore = app.Errors.Count;
        paused.Release();
        var late = await first;

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.True(app.Errors.Count == errorsBefore, string.Join("\n", app.Errors.Skip(errorsBefore)));
    }

    public sealed class App : AwardsApp
    {
        public ReadGate Gate { get; } = new();

        private readonly ErrorLog _errors = new();

        /// <summary>What was logged at Error or above, in order.</summary>
        public IReadOnlyCollection<string> Errors => _errors.Lines;

        protected override void ConfigureSettings(IWebHostBuilder builder) =>
            builder.ConfigureServices(services =>
            {
                services.ConfigureDbContext<SqliteAwardsDbContext>(o => o.AddInterceptors(Gate));
                services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(_errors);
                foreach (var queue in services.Where(d => d.ImplementationType == typeof(Host.Infrastructure.OneAtATimeBehavior<,>)).ToList())
                    services.Remove(queue);
            });
    }

    private sealed class ErrorLog : Microsoft.Extensions.Logging.ILoggerProvider, Microsoft.Extensions.Logging.ILogger
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => logLevel >= Microsoft.Extensions.Logging.LogLevel.Error;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state,
            Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) Lines.Enqueue($"{eventId}: {formatter(state, exception)}");
        }

        public void Dispose() { }
    }

    /// <summary>Holds the next query whose text contains a fragment until the test lets it go; every other query runs.</summary>
    /// <summary>Pauses a completion's read: only a read made for a request to complete a task (a background worker reading
    /// the same table, in its own turn, is let through).</summary>
    public sealed class ReadGate : DbCommandInterceptor
    {
        private readonly Microsoft.AspNetCore.Http.HttpContextAccessor _request = new();
        private Pause? _armed;

        public Pause PauseAtNextRead(string fragment)
        {
            var pause = new Pause(fragment);
            Volatile.Write(ref _armed, pause);
            return pause;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (_armed is { } pause && command.CommandText.Contains(pause.Fragment, StringComparison.Ordinal)
                && _request.HttpContext?.Request.Path.Value?.EndsWith("/complete", StringComparison.Ordinal) == true
                && Interlocked.CompareExchange(ref _armed, null, pause) == pause)
                await pause.HoldAsync();
            return result;
        }
    }

    public sealed class Pause(string fragment)
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Fragment { get; } = fragment;

        public Task Reached => _reached.Task.WaitAsync(TimeSpan.FromSeconds(30));

        public void Release() => _released.TrySetResult();

        internal async Task HoldAsync()
        {
            _reached.TrySetResult();
            await _released.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
