using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ToanDan.Awards.Host;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Persistence;

namespace ToanDan.Awards.Benchmarks;

/// <summary>What one run of the application benchmark is asked to do.</summary>
public sealed record HttpBenchmarkOptions(int Nominations, int Clients, int ThinkMs, string Provider, int Warmup = 0)
{
    /// <summary>A file to write every measured request to, one line each: start and duration (ms since the clients
    /// started), status, and C (completion) or I (inbox). What a percentile hides (when the slow ones came) shows there.</summary>
    public string? RequestsLog { get; init; }

    /// <summary>With a pause, the clients start one after the other over one pause (people do not all click in the same
    /// millisecond); false starts them all at once, as a burst.</summary>
    public bool Staggered { get; init; } = true;

    /// <summary>How long the clients may take before the run is declared stuck (what is unfinished is then reported lost).</summary>
    public TimeSpan Limit { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>The run's figures and the checks that nothing was lost or doubled.</summary>
public sealed record HttpBenchmarkReport(
    string Mode, string Provider, int Nominations, int Clients, int ThinkMs, int Completions, double ElapsedS, double CompletionsPerS,
    double CompleteP50Ms, double CompleteP95Ms, double CompleteP99Ms, int InboxRequests, double InboxP50Ms, double InboxP95Ms, double InboxP99Ms,
    IReadOnlyDictionary<string, int> StatusCodes, int ServerErrors, int Conflicts, double SetupS, IReadOnlyDictionary<string, bool> Checks,
    IReadOnlyList<string> Problems, double CpuMsPerCompletion)
{
    /// <summary>The JIT's processor time during the run per completion, and the methods it compiled: how warm the host was.</summary>
    public double JitMsPerCompletion { get; init; }
    public long MethodsJitted { get; init; }
    /// <summary>SQLite only: the writers' turns held, in ms per completion, and the share of the run some writer held one.</summary>
    public double? WriteTurnMsPerCompletion { get; init; }
    public double? WriteTurnBusy { get; init; }
    /// <summary>SQLite only: how many turns were taken per completion (the step's, the outbox's, the timers').</summary>
    public double? WriteTurnsPerCompletion { get; init; }
    /// <summary>SQLite only: of the held time per completion, what lone writes (no transaction) held, ms.</summary>
    public double? LoneWriteMsPerCompletion { get; init; }
    /// <summary>SQLite only: p99 of a writer's wait for its turn, ms.</summary>
    public double? WriteTurnWaitP99Ms { get; init; }

    public bool Ok => Problems.Count == 0 && Checks.Values.All(c => c);
}

/// <summary>
/// The application measured through its JSON API, as people use it: the real host (Kestrel on a free loopback port, a fresh
/// database with the demo province), N ad-hoc Giấy khen dossiers created and submitted by the communes' clerks, then C
/// clients, each logged in as a demo approver of the simplified procedure (commune police, PV05, the director), polling
/// their inbox and completing what they find, pausing T ms (±50 %) between actions. Mail goes to .eml files.
/// </summary>
public static class HttpBenchmark
{
    private static readonly string[] Clerks = ["thidua.dongtien", "thidua.hacthanh", "thidua.hoanghoa", "thidua.samson"];

    private static readonly string[] Approvers =
        ["congan.dongtien", "congan.hacthanh", "congan.hoanghoa", "congan.samson", "pv05.thanhhoa", "giamdoc.thanhhoa"];

    /// <summary>The simplified procedure of an ad-hoc Giấy khen: three steps, the last one issues the numbered decision.</summary>
    private const int StepsPerDossier = 3;

    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
        "trailer << /Root 1 0 R >>\n%%EOF\n");

    public static async Task<HttpBenchmarkReport> RunAsync(HttpBenchmarkOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "toandan-bench-http", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var postgres = options.Provider == "postgres" ? new PostgresServer() : null;
        try
        {
            var setup = Stopwatch.StartNew();
            await using var app = await StartHostAsync(options, folder, postgres);
            var server = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), MaxConnectionsPerServer = 1024 };

            // Every step needs someone: with few clients, fewer communes nominate (each has its own commune police).
            var communes = Math.Clamp(options.Clients - 2, 1, Clerks.Length);
            var approvers = Approvers[..communes].Concat(Approvers[^2..]).ToArray();
            var warmIds = await CreateDossiersAsync(handler, server, options.Warmup, Clerks[..communes]);
            var ids = await CreateDossiersAsync(handler, server, options.Nominations, Clerks[..communes]);
            var clients = new List<HttpClient>();
            foreach (var account in Enumerable.Range(0, options.Clients).Select(i => approvers[i % approvers.Length]))
                clients.Add(await LoginAsync(handler, server, account));
            if (warmIds.Count > 0)
            {
                // A host that has been up a while has run each kind of request before (compiled its queries, jitted its paths):
                // the same clients first take a few dossiers of their own to the end, unmeasured.
                var warm = new Run(new HashSet<int>(warmIds), warmIds.Count * StepsPerDossier, 0, options.Limit);
                await Task.WhenAll(clients.Select((c, i) => Task.Run(() => warm.ClientAsync(c, new Random(-i - 1)))));
                if (warm.Problems.Any() || warm.Completed != warmIds.Count * StepsPerDossier)
                    throw new InvalidOperationException($"The warm-up did not finish: {warm.Completed} steps; {string.Join("; ", warm.Problems)}");
            }
            setup.Stop();

            var run = new Run(new HashSet<int>(ids), options.Nominations * StepsPerDossier, options.ThinkMs, options.Limit)
            {
                Staggered = options.Staggered, Logged = options.RequestsLog is not null,
            };
            // A host up a while has also had a full collection. Without one, what the start-up and the first compilations
            // left behind (EF's throw-away dynamic methods) waits in gen 2, and the finalizer thread re-examines each of them
            // at every collection (DynamicResolver+DestroyScout): 8-13 % of the run's processor time, gone after one full GC.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            // Processor time is what a request costs whatever else the machine runs (clients and host share this process).
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            // A host still jitting (tiered compilation promoting its hot paths) is not the host of a long day: this says how far.
            var jitBefore = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
            using var turns = new WriteTurns();
            // A mark for whoever attaches a profiler (dotnet-trace -p): the measured part starts now.
            await Console.Error.WriteLineAsync($"measuring: {options.Nominations} dossiers, {options.Clients} clients (process {Environment.ProcessId})");
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(clients.Select((c, i) => Task.Run(() => run.ClientAsync(c, new Random(i + 1)))));
            clock.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var jitTime = System.Runtime.JitInfo.GetCompilationTime() - jitBefore.Item1;
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore.Item2;
            turns.Dispose();
            foreach (var client in clients) client.Dispose();

            if (options.RequestsLog is { } log) await File.WriteAllLinesAsync(log, run.Log);
            var (checks, problems) = await CheckAsync(app.Services, ids, run, Path.Combine(folder, "mail"));
            await app.StopAsync();
            problems.InsertRange(0, run.Problems);
            var completions = run.Completed;
            return new HttpBenchmarkReport("http", options.Provider, options.Nominations, options.Clients, options.ThinkMs, completions,
                Math.Round(clock.Elapsed.TotalSeconds, 2), Math.Round(completions / clock.Elapsed.TotalSeconds, 1),
                Percentile(run.CompleteMs, 0.50), Percentile(run.CompleteMs, 0.95), Percentile(run.CompleteMs, 0.99),
                run.InboxMs.Count, Percentile(run.InboxMs, 0.50), Percentile(run.InboxMs, 0.95), Percentile(run.InboxMs, 0.99),
                new SortedDictionary<string, int>(run.StatusCodes.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value)),
                run.StatusCodes.Where(p => p.Key >= 500).Sum(p => p.Value), run.StatusCodes.GetValueOrDefault(409),
                Math.Round(setup.Elapsed.TotalSeconds, 1), checks, problems,
                completions == 0 ? 0 : Math.Round(cpu.TotalMilliseconds / completions, 2))
            {
                JitMsPerCompletion = completions == 0 ? 0 : Math.Round(jitTime.TotalMilliseconds / completions, 2),
                MethodsJitted = jitted,
                WriteTurnMsPerCompletion = turns.Held.Count == 0 || completions == 0 ? null : Math.Round(turns.Held.Sum() * 1000 / completions, 2),
                LoneWriteMsPerCompletion = turns.Held.Count == 0 || completions == 0 ? null : Math.Round(turns.LoneWrites.Sum() * 1000 / completions, 2),
                WriteTurnsPerCompletion = turns.Held.Count == 0 || completions == 0 ? null : Math.Round((double)turns.Held.Count / completions, 2),
                WriteTurnBusy = turns.Held.Count == 0 ? null : Math.Round(turns.Held.Sum() / clock.Elapsed.TotalSeconds, 3),
                WriteTurnWaitP99Ms = turns.Waits.Count == 0 ? null : Percentile(new ConcurrentBag<double>(turns.Waits.Select(w => w * 1000)), 0.99),
            };
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a file still open: left for the OS */ }
        }
    }

    public static string ToJson(HttpBenchmarkReport report) => JsonSerializer.Serialize(new
    {
        mode = report.Mode, provider = report.Provider, nominations = report.Nominations, clients = report.Clients, think_ms = report.ThinkMs,
        completions = report.Completions, elapsed_s = report.ElapsedS, completions_per_s = report.CompletionsPerS,
        cpu_ms_per_completion = report.CpuMsPerCompletion, jit_ms_per_completion = report.JitMsPerCompletion, methods_jitted = report.MethodsJitted,
        write_turn_ms_per_completion = report.WriteTurnMsPerCompletion, write_turn_busy = report.WriteTurnBusy,
        write_turn_wait_p99_ms = report.WriteTurnWaitP99Ms, write_turns_per_completion = report.WriteTurnsPerCompletion,
        lone_write_ms_per_completion = report.LoneWriteMsPerCompletion,
        complete_p50_ms = report.CompleteP50Ms, complete_p95_ms = report.CompleteP95Ms, complete_p99_ms = report.CompleteP99Ms,
        inbox_requests = report.InboxRequests, inbox_p50_ms = report.InboxP50Ms, inbox_p95_ms = report.InboxP95Ms, inbox_p99_ms = report.InboxP99Ms,
        status_codes = report.StatusCodes, server_errors = report.ServerErrors, conflicts = report.Conflicts, setup_s = report.SetupS,
        checks = report.Checks, problems = report.Problems.Take(10), ok = report.Ok,
    });

    private static async Task<Microsoft.AspNetCore.Builder.WebApplication> StartHostAsync(HttpBenchmarkOptions options, string folder, PostgresServer? postgres)
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(HostSetup).Assembly.GetName().Name,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider,
            ["ConnectionStrings:Awards"] = postgres is null ? $"Data Source={Path.Combine(folder, "awards.db")}" : postgres.ConnectionString("awards"),
            ["Demo:Enabled"] = "true",
            ["Attachments:Root"] = Path.Combine(folder, "attachments"),
            // No SMTP server: the outbox worker writes every message as an .eml file, which the checks count.
            ["Email:Smtp:Host"] = "",
            ["Email:PickupDirectory"] = Path.Combine(folder, "mail"),
            ["Email:Outbox:Enabled"] = "true",
            ["Email:Outbox:PollSeconds"] = "2",
            ["Login:AddressPermitLimit"] = "1000000",
            ["Login:AccountPermitLimit"] = "1000000",
            // Only what goes wrong is printed (to stderr): the one line on stdout is the report.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Error",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddAwardsHost();
        var app = builder.Build();
        await app.UseAwardsHostAsync();
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpClient> LoginAsync(HttpMessageHandler handler, string server, string userName)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(server) };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoData.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The clerks of the four demo communes each create and submit their share, as they would in the application.</summary>
    private static async Task<List<int>> CreateDossiersAsync(HttpMessageHandler handler, string server, int count, string[] clerks)
    {
        var ids = new ConcurrentBag<int>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Task.WhenAll(clerks.Select(async (clerk, c) =>
        {
            using var client = await LoginAsync(handler, server, clerk);
            for (var i = c; i < count; i += clerks.Length)
            {
                var body = new
                {
                    awardTypeCode = "GK-GDCAT", submissionNumber = $"{i + 1}/TTr-CAX", submissionDate = today,
                    nominees = new object[]
                    {
                        new { kind = "collective", name = $"Tổ an ninh trật tự thôn {i + 1}", achievements = "Nhiều năm liền không có tội phạm.",
                            parentUnitName = "Xã", memberCount = 12, womenShare = 0.25 },
                        new { kind = "individual", name = "Nguyễn Văn Hùng", achievements = "Tham gia bắt giữ đối tượng cướp giật tài sản.",
                            dateOfBirth = "1970-05-12", sex = "male", position = "Tổ trưởng tổ ANTT", workplace = "Thôn 3",
                            citizenId = $"0381{i:D8}" },
                        new { kind = "individual", name = "Lê Thị Hoa", achievements = "Vận động 40 hộ gia đình ký cam kết.",
                            dateOfBirth = "1985-09-02", sex = "female", position = "Chi hội trưởng phụ nữ", workplace = "Thôn 3",
                            citizenId = $"0382{i:D8}" },
                    },
                };
                var created = await Expect(await client.PostAsJsonAsync("/api/nominations", body), System.Net.HttpStatusCode.Created);
                var id = created.GetProperty("id").GetInt32();
                var dossier = await Expect(await client.GetAsync($"/api/nominations/{id}"), System.Net.HttpStatusCode.OK);
                foreach (var line in dossier.GetProperty("checklist").EnumerateArray().Where(l => !l.GetProperty("fulfilled").GetBoolean()))
                {
                    var file = new ByteArrayContent(Pdf);
                    file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                    using var form = new MultipartFormDataContent { { file, "file", "ho-so.pdf" } };
                    form.Add(new StringContent(line.GetProperty("code").GetString()!), "part");
                    if (line.GetProperty("nomineeId").ValueKind == JsonValueKind.Number)
                        form.Add(new StringContent(line.GetProperty("nomineeId").GetInt32().ToString(CultureInfo.InvariantCulture)), "nomineeId");
                    await Expect(await client.PostAsync($"/api/nominations/{id}/attachments", form), System.Net.HttpStatusCode.Created);
                }
                await Expect(await client.PostAsync($"/api/nominations/{id}/submit", null), System.Net.HttpStatusCode.OK);
                ids.Add(id);
            }
        }));
        return [.. ids.Order()];
    }

    private static async Task<JsonElement> Expect(HttpResponseMessage response, System.Net.HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != status)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The clients' shared counters and timings.</summary>
    private sealed class Run(HashSet<int> ours, int expected, int thinkMs, TimeSpan limit)
    {
        private readonly Stopwatch _sinceStart = Stopwatch.StartNew();
        /// <summary>How many of the tasks found a client handles before it looks at its inbox again.</summary>
        private const int TasksPerLook = 5;

        /// <summary>Without a pause, an empty inbox is looked at again this soon (someone waiting for the step before theirs).</summary>
        private const int IdleLookMs = 100;

        private int _completed;

        public ConcurrentBag<double> CompleteMs { get; } = [];
        public ConcurrentBag<double> InboxMs { get; } = [];
        public ConcurrentQueue<string> Log { get; } = new();
        public bool Logged { get; init; }
        public bool Staggered { get; init; }
        public ConcurrentDictionary<int, int> StatusCodes { get; } = new();
        public ConcurrentQueue<string> ProblemQueue { get; } = new();
        public ConcurrentDictionary<Guid, int> CompletedTasks { get; } = new();
        public int Completed => _completed;
        public IEnumerable<string> Problems => ProblemQueue;

        private bool Finished => Volatile.Read(ref _completed) >= expected || _sinceStart.Elapsed > limit;

        public async Task ClientAsync(HttpClient client, Random random)
        {
            if (Staggered && thinkMs > 0) await Task.Delay(random.Next(thinkMs));
            while (!Finished)
            {
                // The inbox comes by pages: the largest first; a later one only while none of ours was found yet.
                var mine = new List<Guid>();
                for (string? page = $"/api/tasks?pageSize={InboxPageSize}"; page is not null && mine.Count == 0;)
                {
                    var (tasks, ok, next) = await TimedAsync(InboxMs, () => client.GetAsync(page));
                    if (ok) mine.AddRange(tasks!.Value.EnumerateArray().Where(t => ours.Contains(t.GetProperty("nominationId").GetInt32()))
                        .Select(t => t.GetProperty("id").GetGuid()));
                    page = next;
                }
                if (mine.Count == 0)
                {
                    // Nothing to do yet (the others hold the earlier steps): look again a little later.
                    await Task.Delay(thinkMs > 0 ? Think(random) : IdleLookMs);
                    continue;
                }
                // Work through a few of what was found, in any order: people sharing one role do not all take the first.
                foreach (var task in mine.OrderBy(_ => random.Next()).Take(TasksPerLook))
                {
                    var (_, done, _) = await TimedAsync(CompleteMs, () => client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "approve" }));
                    if (done)
                    {
                        Interlocked.Increment(ref _completed);
                        if (CompletedTasks.AddOrUpdate(task, 1, (_, n) => n + 1) > 1)
                            ProblemQueue.Enqueue($"task {task} was completed twice");
                    }
                    if (thinkMs > 0) await Task.Delay(Think(random));
                    if (Finished) break;
                }
            }
        }

        private int Think(Random random) => (int)(thinkMs * (0.5 + random.NextDouble()));

        /// <summary>The API inbox's largest page.</summary>
        private const int InboxPageSize = 200;

        private async Task<(JsonElement? Body, bool Ok, string? Next)> TimedAsync(ConcurrentBag<double> times, Func<Task<HttpResponseMessage>> send)
        {
            var watch = Stopwatch.StartNew();
            using var response = await send();
            var text = await response.Content.ReadAsStringAsync();
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            var status = (int)response.StatusCode;
            if (Logged)
                Log.Enqueue(string.Create(CultureInfo.InvariantCulture,
                    $"{(_sinceStart.Elapsed - watch.Elapsed).TotalMilliseconds:F1} {watch.Elapsed.TotalMilliseconds:F1} {status} {(times == CompleteMs ? "C" : "I")}"));
            StatusCodes.AddOrUpdate(status, 1, (_, n) => n + 1);
            // A 409 is the answer to a task someone else took; any other refusal or failure is a problem of the run.
            if (status >= 400 && status != 409 && ProblemQueue.Count < 20)
                ProblemQueue.Enqueue($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {status} {text[..Math.Min(text.Length, 300)]}");
            var next = response.Headers.TryGetValues("Link", out var links)
                ? links.Select(l => System.Text.RegularExpressions.Regex.Match(l, "<([^>]+)>; rel=\"next\"")).FirstOrDefault(m => m.Success)?.Groups[1].Value
                : null;
            return response.IsSuccessStatusCode ? (JsonDocument.Parse(text).RootElement.Clone(), true, next) : (null, false, null);
        }
    }

    /// <summary>Every dossier approved with exactly one decision, every step completed once, decision numbers without a gap, every
    /// message of the outbox written exactly once.</summary>
    private static async Task<(Dictionary<string, bool>, List<string>)> CheckAsync(IServiceProvider services, IReadOnlyList<int> ids, Run run, string mailFolder)
    {
        var problems = new List<string>();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();

        var statuses = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id)).Select(n => new { n.Id, n.Status }).ToListAsync();
        var notApproved = statuses.Where(s => s.Status != NominationStatus.Approved).ToList();
        problems.AddRange(notApproved.Take(5).Select(s => $"dossier {s.Id} ended {s.Status}, not Approved"));

        var decisions = await db.DecisionAwardees.AsNoTracking().Where(a => ids.Contains(a.NominationId))
            .GroupBy(a => a.NominationId).Select(g => new { Nomination = g.Key, Decisions = g.Select(a => a.DecisionId).Distinct().Count(), Awardees = g.Count() })
            .ToListAsync();
        var oneDecisionEach = decisions.Count == ids.Count && decisions.All(d => d.Decisions == 1 && d.Awardees == 3);
        if (!oneDecisionEach) problems.Add($"{decisions.Count} of {ids.Count} dossiers have a decision; {decisions.Count(d => d.Decisions != 1)} have several");

        var steps = await db.WorkItems.AsNoTracking().Where(w => ids.Contains(w.NominationId))
            .Select(w => new { w.NominationId, w.ClosedAt, w.ClosedBy, w.Outcome }).ToListAsync();
        var stepsOnce = steps.Count == ids.Count * StepsPerDossier && steps.All(s => s.ClosedAt != null && s.ClosedBy != null && s.Outcome == "approve")
            && run.Completed == ids.Count * StepsPerDossier && run.CompletedTasks.Count == run.Completed;
        if (!stepsOnce) problems.Add($"{steps.Count} steps for {ids.Count} dossiers ({steps.Count(s => s.ClosedAt == null)} open), {run.Completed} completions answered 200");

        var numbers = await db.Decisions.AsNoTracking().Where(d => d.Number != null)
            .Select(d => new { d.IssuerId, d.Year, d.Number }).ToListAsync();
        var gapless = numbers.GroupBy(n => (n.IssuerId, n.Year)).All(g =>
        {
            var sorted = g.Select(n => n.Number!.Value).Order().ToList();
            return sorted.SequenceEqual(Enumerable.Range(1, sorted.Count));
        });
        if (!gapless) problems.Add("decision numbers of an issuer and year have a gap or a repeat");

        // The outbox worker polls and sends one message after the other: give it time to write what the last steps queued
        // (and to record the last one it wrote). Each file has a name of its own, so a message written twice shows.
        var waited = Stopwatch.StartNew();
        List<(OutboxStatus Status, int Count)> outbox;
        int sent, files;
        while (true)
        {
            outbox = [.. (await db.Outbox.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
                .Select(g => (g.Key, g.Count))];
            sent = outbox.Where(o => o.Status == OutboxStatus.Sent).Sum(o => o.Count);
            files = Directory.Exists(mailFolder) ? Directory.GetFiles(mailFolder, "*.eml").Length : 0;
            if ((sent == files && outbox.All(o => o.Status != OutboxStatus.Pending)) || waited.Elapsed > TimeSpan.FromMinutes(5)) break;
            await Task.Delay(500);
        }
        var mailOnce = sent == files && outbox.All(o => o.Status == OutboxStatus.Sent);
        if (!mailOnce) problems.Add($"outbox: {string.Join(", ", outbox.Select(o => $"{o.Status} {o.Count}"))}; {files} .eml files written");

        return (new Dictionary<string, bool>
        {
            ["all_approved"] = notApproved.Count == 0 && statuses.Count == ids.Count,
            ["one_decision_each"] = oneDecisionEach,
            ["each_step_completed_once"] = stepsOnce,
            ["numbers_gapless"] = gapless,
            ["mail_written_once"] = mailOnce,
        }, problems);
    }

    private static double Percentile(ConcurrentBag<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);
    }
}

/// <summary>The SQLite writers' turns during the measured part, from the host's own meter (<see cref="DatabaseMetrics"/>).</summary>
internal sealed class WriteTurns : IDisposable
{
    private readonly System.Diagnostics.Metrics.MeterListener _listener = new();

    public ConcurrentQueue<double> Held { get; } = new();
    public ConcurrentQueue<double> Waits { get; } = new();
    /// <summary>The turns held by a lone write (the outbox's claims and marks), not by a transaction.</summary>
    public ConcurrentQueue<double> LoneWrites { get; } = new();

    public WriteTurns()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DatabaseMetrics.MeterName && instrument.Name is "awards.db.write_turn.held" or "awards.db.write_turn.wait")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name != "awards.db.write_turn.held") Waits.Enqueue(value);
            else
            {
                Held.Enqueue(value);
                foreach (var tag in tags)
                    if (tag is { Key: "by", Value: "statement" }) LoneWrites.Enqueue(value);
            }
        });
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();
}
