using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using ToanDan.Awards.Host;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Features.Statistics;
using ToanDan.Awards.Host.Features.Tasks;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Benchmarks;

/// <summary>What one run of the national history benchmark is asked to do.</summary>
/// <param name="DatabaseFile">The SQLite file; an existing file that already holds the history is measured again, not rebuilt.</param>
/// <param name="Keep">Leave the SQLite file in place afterwards (to measure it again, e.g. after a migration).</param>
public sealed record HistoryBenchmarkOptions(int Nominations, string Provider, string? DatabaseFile = null, bool Keep = false, int Repeats = 20);

/// <summary>The run's figures (milliseconds, p50 and p95 of each query) and the checks that the queries answered what was generated.</summary>
public sealed record HistoryBenchmarkReport(string Provider, int Nominations, long Nominees, long ClosedSteps, int Communes, double GenerateS, bool Reused,
    IReadOnlyDictionary<string, (double P50, double P95)> Timings, IReadOnlyDictionary<string, bool> Checks)
{
    public bool Ok => Checks.Values.All(c => c);

    /// <summary>Seconds to start the host (a file from before the store is counted into it then).</summary>
    public double StartS { get; init; }

    /// <summary>Seconds to count the generated history into the statistics store.</summary>
    public double StoreBuildS { get; init; }
}

/// <summary>
/// Ten years of a national deployment in the application's own database (its real migrations, the demo data on top):
/// 34 provinces (the demo province and 33 more, each with its own issuers), 3,300 communes, N dossiers with one to three
/// nominees each, seven closed steps each (a few dossiers of the last weeks still open at some step), a signed decision
/// for every awarded dossier. The rows are written in bulk (SQLite: prepared statements in one transaction; PostgreSQL:
/// binary COPY), then the application's own handlers answer, as the people who wait for them: the inbox of PV05 of the demo
/// province and of a demo commune's police, the dossier search by name with and without diacritics, the statistics of one
/// province and one year, and of everything.
/// </summary>
public static class HistoryBenchmark
{
    private const int Provinces = 34;
    private const int Communes = 3300;
    private const int StepsPerDossier = 7;
    private static readonly DateTimeOffset Start = new(2016, 1, 4, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Span = TimeSpan.FromDays(3650);
    private const int StatisticsYear = 2023;

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Công"];
    private static readonly string[] GivenNames =
        ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hoa", "Hùng", "Hưng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam",
         "Nga", "Nhung", "Phong", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Thành", "Thủy", "Toàn", "Trang", "Trung", "Tú", "Tuấn", "Vân", "Việt", "Yến"];

    /// <summary>The steps of a dossier, in order: the commune police, then the province's offices (what the statistics time).</summary>
    private static readonly (string Element, string Name, string Role, bool AtCommune)[] Steps =
    [
        ("Task_CommuneReview", "Công an xã thẩm định", Roles.CommunePolice, true),
        ("Task_PV05Review", "Phòng PV05 thẩm định", Roles.Pv05Reviewer, false),
        ("Task_CouncilReview", "Hội đồng thi đua xét duyệt", Roles.Council, false),
        ("Task_PV05Consolidate", "Phòng PV05 tổng hợp", Roles.Pv05Reviewer, false),
        ("Task_DirectorApprove", "Giám đốc phê duyệt", Roles.Director, false),
        ("Task_PV05Draft", "Phòng PV05 dự thảo quyết định", Roles.Pv05Reviewer, false),
        ("Task_DirectorSign", "Giám đốc ký quyết định", Roles.Director, false),
    ];

    public static async Task<HistoryBenchmarkReport> RunAsync(HistoryBenchmarkOptions options)
    {
        var file = options.DatabaseFile ?? Path.Combine(Path.GetTempPath(), $"toandan-bench-history-{Environment.ProcessId}.db");
        var folder = Path.Combine(Path.GetTempPath(), "toandan-bench-history", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var postgres = options.Provider == "postgres";
        using var server = postgres ? new PostgresServer() : null;
        try
        {
            var connectionString = server is null ? $"Data Source={file}" : server.ConnectionString("awards");
            // A file from before the statistics store is counted into it at start (DatabaseInitializer): timed with the start.
            var started = Stopwatch.StartNew();
            await using var app = await StartAsync(options.Provider, connectionString, folder);
            started.Stop();
            var generated = Stopwatch.StartNew();
            Expected expected;
            bool reused;
            var storeBuilt = new Stopwatch();
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
                reused = await db.Units.CountAsync(u => u.Code.StartsWith("HIS-")) > 0;
                expected = reused ? await ExpectedAsync(db) : await GenerateAsync(db, options.Nominations, postgres);
                if (!reused)
                {
                    // The bulk writer goes round the application: the store is counted from what it wrote, as after an import.
                    generated.Stop();
                    storeBuilt.Start();
                    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    await StatisticsStore.RebuildAsync(db, CancellationToken.None);
                    await transaction.CommitAsync();
                    storeBuilt.Stop();
                }
            }
            generated.Stop();

            var timings = new Dictionary<string, (double, double)>();
            var answers = new Dictionary<string, object>();
            async Task Measure<T>(string name, ClaimsPrincipal user, IRequest<T> request)
            {
                var times = new List<double>();
                for (var i = 0; i < options.Repeats + 2; i++)
                {
                    var watch = Stopwatch.StartNew();
                    var answer = await AsAsync(app.Services, user, request);
                    watch.Stop();
                    if (i >= 2) times.Add(watch.Elapsed.TotalMilliseconds); // the first two warm the caches and the JIT
                    answers[name] = answer!;
                }
                times.Sort();
                timings[name] = (Percentile(times, 0.50), Percentile(times, 0.95));
            }

            var admin = User("admin", "1", "/BCA/", Roles.Admin);
            await Measure("inbox_pv05", User("pv05.thanhhoa", expected.DemoProvinceId.ToString(CultureInfo.InvariantCulture), "/BCA/TH/", Roles.Pv05Reviewer),
                new ListMyTasks.Inbox());
            await Measure("inbox_commune", User("congan.dongtien", expected.DemoCommuneId.ToString(CultureInfo.InvariantCulture), "/BCA/TH/TH-DONGTIEN/", Roles.CommunePolice),
                new ListMyTasks.Inbox());
            await Measure("search_diacritics", admin, new ListNominations.Query(null, null, null, Search: "Trần Văn Hùng"));
            await Measure("search_folded", admin, new ListNominations.Query(null, null, null, Search: "tran van hung"));
            await Measure("statistics_province_year", admin, new GetStatistics.Query(UnitId: expected.DemoProvinceId,
                From: new DateOnly(StatisticsYear, 1, 1), To: new DateOnly(StatisticsYear, 12, 31)));
            await Measure("statistics_all", admin, new GetStatistics.Query());

            var pv05 = (ListMyTasks.InboxPage)answers["inbox_pv05"];
            var commune = (ListMyTasks.InboxPage)answers["inbox_commune"];
            var withMarks = (ListNominations.Result)answers["search_diacritics"];
            var folded = (ListNominations.Result)answers["search_folded"];
            var provinceYear = (GetStatistics.Report)answers["statistics_province_year"];
            var all = (GetStatistics.Report)answers["statistics_all"];
            var checks = new Dictionary<string, bool>
            {
                ["inbox_pv05_counts_the_open_steps"] = pv05.Total == expected.OpenAtDemoProvincePv05,
                ["inbox_commune_counts_the_open_steps"] = commune.Total == expected.OpenAtDemoCommune,
                ["search_finds_the_dossiers_of_the_name"] = withMarks.Total >= expected.DossiersOfSearchedName,
                ["search_with_and_without_diacritics_agree"] = withMarks.Total == folded.Total && withMarks.Items.Select(i => i.Id).SequenceEqual(folded.Items.Select(i => i.Id)),
                ["statistics_province_year_counts_its_dossiers"] = provinceYear.Total.Dossiers == expected.DemoProvinceDossiersInYear,
                ["statistics_all_counts_every_dossier"] = all.Total.Dossiers >= expected.Nominations && all.Total.Dossiers - expected.Nominations < 100,
                ["statistics_all_times_every_step"] = all.Steps.Sum(s => s.Count) >= expected.ClosedSteps,
            };
            // The store answers exactly what the dossiers, nominees, awardees and steps say (the direct query, once each).
            checks["statistics_store_equals_direct_province_year"] = await SameAsDirectAsync(app.Services, admin, new GetStatistics.Query(UnitId: expected.DemoProvinceId,
                From: new DateOnly(StatisticsYear, 1, 1), To: new DateOnly(StatisticsYear, 12, 31)), provinceYear);
            checks["statistics_store_equals_direct_province_cut_mid_month"] = await SameAsDirectAsync(app.Services, admin, new GetStatistics.Query(UnitId: expected.DemoProvinceId,
                From: new DateOnly(StatisticsYear, 2, 10), To: new DateOnly(StatisticsYear + 1, 3, 20)), null);
            checks["statistics_store_equals_direct_all"] = await SameAsDirectAsync(app.Services, admin, new GetStatistics.Query(), all);
            return new HistoryBenchmarkReport(options.Provider, expected.Nominations, expected.Nominees, expected.ClosedSteps, expected.Communes,
                Math.Round(generated.Elapsed.TotalSeconds, 1), reused, timings, checks)
            {
                StartS = Math.Round(started.Elapsed.TotalSeconds, 1), StoreBuildS = Math.Round(storeBuilt.Elapsed.TotalSeconds, 1),
            };
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (!postgres && !options.Keep) foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a file still open: left for the OS */ }
        }
    }

    public static string ToJson(HistoryBenchmarkReport report)
    {
        var json = new Dictionary<string, object>
        {
            ["mode"] = "history", ["provider"] = report.Provider, ["nominations"] = report.Nominations, ["nominees"] = report.Nominees,
            ["closed_steps"] = report.ClosedSteps, ["communes"] = report.Communes, ["generate_s"] = report.GenerateS, ["reused"] = report.Reused,
            ["start_s"] = report.StartS, ["store_build_s"] = report.StoreBuildS,
        };
        foreach (var (name, (p50, p95)) in report.Timings)
        {
            json[$"{name}_p50_ms"] = p50;
            json[$"{name}_p95_ms"] = p95;
        }
        json["checks"] = report.Checks;
        json["ok"] = report.Ok;
        return JsonSerializer.Serialize(json);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);

    private static ClaimsPrincipal User(string name, string unitId, string unitPath, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role), new Claim(CurrentUser.UnitIdClaim, unitId),
            new Claim(CurrentUser.UnitPathClaim, unitPath)], "benchmark"));

    /// <summary>The report of the store (given, or asked now) and the one counted directly, compared as JSON, field by field.</summary>
    private static async Task<bool> SameAsDirectAsync(IServiceProvider services, ClaimsPrincipal user, GetStatistics.Query query, GetStatistics.Report? fromStore)
    {
        fromStore ??= await AsAsync(services, user, query);
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        scope.ServiceProvider.GetRequiredService<AwardsDbContext>().Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var handler = (GetStatistics.Handler)scope.ServiceProvider.GetRequiredService<IRequestHandler<GetStatistics.Query, GetStatistics.Report>>();
        var direct = await handler.DirectAsync(query, CancellationToken.None);
        return JsonSerializer.Serialize(direct) == JsonSerializer.Serialize(fromStore);
    }

    private static async Task<T> AsAsync<T>(IServiceProvider services, ClaimsPrincipal user, IRequest<T> request)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task<WebApplication> StartAsync(string provider, string connectionString, string folder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Awards"] = connectionString,
            ["Demo:Enabled"] = "true",
            ["Timers:Enabled"] = "false",
            ["Email:Outbox:Enabled"] = "false",
            ["Attachments:Root"] = Path.Combine(folder, "attachments"),
            ["Email:PickupDirectory"] = Path.Combine(folder, "mail"),
        });
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
        {
            builder.Configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
            builder.Logging.AddConsole();
        }
        builder.AddAwardsHost();
        var app = builder.Build();
        await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration);
        return app;
    }

    /// <summary>What the queries must answer, known from the generation (or read back from a reused database).</summary>
    private sealed record Expected(int Nominations, long Nominees, long ClosedSteps, int Communes, int DemoProvinceId, int DemoCommuneId,
        int OpenAtDemoProvincePv05, int OpenAtDemoCommune, int DossiersOfSearchedName, int DemoProvinceDossiersInYear);

    private static async Task<Expected> ExpectedAsync(AwardsDbContext db)
    {
        var province = await db.Units.SingleAsync(u => u.Code == "TH");
        var commune = await db.Units.SingleAsync(u => u.Code == "TH-DONGTIEN");
        var nominations = await db.Nominations.CountAsync(n => n.CreatedBy == "history");
        var nominees = await db.Nominees.LongCountAsync(m => db.Nominations.Any(n => n.Id == m.NominationId && n.CreatedBy == "history"));
        var closed = await db.WorkItems.LongCountAsync(w => w.ClosedAt != null && w.InstanceId.StartsWith("his-"));
        var pv05 = await db.WorkItems.CountAsync(w => w.ClosedAt == null && w.Role == Roles.Pv05Reviewer && w.UnitId == province.Id && w.AssignedTo == null);
        var atCommune = await db.WorkItems.CountAsync(w => w.ClosedAt == null && w.Role == Roles.CommunePolice && w.UnitId == commune.Id && w.AssignedTo == null);
        var key = VietnameseText.Key("Trần Văn Hùng");
        var named = await db.Nominations.CountAsync(n => n.CreatedBy == "history" && n.Nominees.Any(m => m.NameKey == key));
        var from = VietnamTime.StartOf(new DateOnly(StatisticsYear, 1, 1));
        var to = VietnamTime.StartOf(new DateOnly(StatisticsYear + 1, 1, 1));
        var inYear = await db.Nominations.CountAsync(n => n.SubmittedAt >= from && n.SubmittedAt < to && n.Unit!.Path.StartsWith(province.Path));
        var communes = await db.Units.CountAsync(u => u.Level == "commune");
        return new Expected(nominations, nominees, closed, communes, province.Id, commune.Id, pv05, atCommune, named, inYear);
    }

    private static async Task<Expected> GenerateAsync(AwardsDbContext db, int count, bool postgres)
    {
        var random = new Random(2026);
        var ministry = await db.Units.SingleAsync(u => u.Level == "ministry");
        var demoProvince = await db.Units.SingleAsync(u => u.Code == "TH");
        var demoCommunes = await db.Units.Where(u => u.Level == "commune").OrderBy(u => u.Id).ToListAsync();
        var awardTypes = await db.AwardTypes.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        var issuers = await db.Issuers.AsNoTracking().ToListAsync();
        var lastNumbers = (await db.Decisions.Where(d => d.Number != null).GroupBy(d => new { d.IssuerId, d.Year })
                .Select(g => new { g.Key.IssuerId, g.Key.Year, Last = g.Max(d => d.Number) }).ToListAsync())
            .ToDictionary(x => (x.IssuerId, x.Year!.Value), x => x.Last!.Value);

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var sink = postgres ? (ISink)new CopySink((NpgsqlConnection)connection) : new SqliteSink((SqliteConnection)connection);
        async Task<int> NextId(string table)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table}\"";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        // Units: 33 more provinces under the ministry, and communes spread over all 34 (the demo's four among the demo province's).
        var unitId = await NextId("Units");
        var units = new List<object?[]>();
        var provinces = new List<(int Id, string Code, string Path)> { (demoProvince.Id, demoProvince.Code, demoProvince.Path) };
        string[] unitColumns = ["Id", "Code", "Name", "Level", "ParentId", "Path", "EffectiveFrom", "EffectiveTo", "SearchKey"];
        for (var p = 1; p < Provinces; p++)
        {
            var code = $"HIS-P{p:00}";
            var name = $"Tỉnh Lịch Sử {p:00}";
            var path = $"{ministry.Path}{code}/";
            provinces.Add((unitId, code, path));
            units.Add([unitId++, code, name, "province", ministry.Id, path, new DateOnly(2015, 1, 1), null, VietnameseText.Key($"{name} | {code}")]);
        }
        var communes = demoCommunes.Select(c => (c.Id, Province: 0, c.Name)).ToList();
        for (var c = communes.Count; c < Communes; c++)
        {
            var p = c % Provinces;
            var code = $"HIS-C{c:0000}";
            var name = $"Xã Lịch Sử {c:0000}";
            communes.Add((unitId, p, name));
            units.Add([unitId++, code, name, "commune", provinces[p].Id, $"{provinces[p].Path}{code}/", new DateOnly(2015, 1, 1), null, VietnameseText.Key($"{name} | {code}")]);
        }
        await sink.BeginAsync();
        await sink.WriteAsync("Units", unitColumns, units);
        await sink.CommitAsync();

        // Each new province issues its own decisions: a copy of the demo province's issuers under its own code.
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = string.Join(";\n", provinces.Skip(1).Select(p =>
                $"INSERT INTO \"Issuers\" (\"Code\", \"Kind\", \"UnitId\", \"Name\", \"ParentAuthority\", \"Place\", \"DecisionSymbol\", \"DeciderTitle\", \"DeciderName\", " +
                $"\"DeputyTitle\", \"Deputies\", \"SignerRole\", \"LegalBases\", \"Recipients\") SELECT \"Code\" || '-{p.Code}', \"Kind\", {p.Id}, \"Name\" || ' ({p.Code})', " +
                $"\"ParentAuthority\", \"Place\", \"DecisionSymbol\", \"DeciderTitle\", \"DeciderName\", \"DeputyTitle\", \"Deputies\", \"SignerRole\", \"LegalBases\", \"Recipients\" " +
                $"FROM \"Issuers\" WHERE \"UnitId\" = {demoProvince.Id}"));
            await command.ExecuteNonQueryAsync();
        }
        issuers = await db.Issuers.AsNoTracking().ToListAsync();
        var issuerOf = issuers.Where(i => i.Kind != "ministry").ToDictionary(i => (i.UnitId, i.Kind), i => i);
        var ministryIssuer = issuers.Single(i => i.Kind == "ministry");

        var nominationId = await NextId("Nominations");
        var nomineeId = await NextId("Nominees");
        var decisionId = await NextId("Decisions");
        var awardeeId = await NextId("DecisionAwardees");
        string[] nominationColumns = ["Id", "UnitId", "AwardTypeId", "RoundId", "SubmissionNumber", "SubmissionDate", "Status", "CreatedBy", "CreatedAt", "SubmittedAt", "ClosedAt", "LastReason", "Version"];
        string[] nomineeColumns = ["Id", "Achievements", "AwardedAt", "CitizenId", "DateOfBirth", "DecisionId", "IsPostponed", "IsStruck", "Kind", "MemberCount", "Name", "NameKey",
            "NominationId", "ParentUnitName", "Position", "Sex", "WomenShare", "Workplace", "HonoursHeld", "PendingComplaint", "PendingDiscipline", "PendingInspection", "ServicePeriods"];
        string[] decisionColumns = ["Id", "AwardTypeId", "Decider", "DraftedAt", "DraftedBy", "IssuedOn", "IssuerId", "Number", "OfficeUnitId", "RoundId", "SignedAt", "SignedBy",
            "SignedOnBehalf", "SignerName", "SignerTitle", "Status", "Symbol", "Year"];
        string[] awardeeColumns = ["Id", "DecisionId", "NomineeId", "Kind", "Name", "NameKey", "DateOfBirth", "CitizenId", "Position", "Workplace", "NominationId", "Sex", "UnitId", "UnitName"];
        string[] workColumns = ["Id", "InstanceId", "EngineTaskId", "NominationId", "ElementId", "Name", "Role", "UnitId", "OpenedAt", "DueAt", "ClosedAt", "ClosedBy", "Outcome",
            "CloseReason", "AssignedTo", "CandidateUsers", "ClaimedBy"];

        var searchedKey = VietnameseText.Key("Trần Văn Hùng");
        var yearFrom = VietnamTime.StartOf(new DateOnly(StatisticsYear, 1, 1));
        var yearTo = VietnamTime.StartOf(new DateOnly(StatisticsYear + 1, 1, 1));
        long nominees = 0, closedSteps = 0;
        int openPv05 = 0, openCommune = 0, named = 0, inYear = 0;
        var guid = new byte[16];
        const int Batch = 20_000;
        await sink.BeginAsync();
        for (var done = 0; done < count; done += Batch)
        {
            List<object?[]> nominationRows = [], nomineeRows = [], decisionRows = [], awardeeRows = [], workRows = [];
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                var id = nominationId++;
                var at = Start + (Span * ((double)i / count)) + TimeSpan.FromMinutes(random.Next(600));
                var commune = communes[random.Next(communes.Count)];
                var province = provinces[commune.Province];
                var awardType = awardTypes[random.Next(awardTypes.Count)];
                // The last weeks are still being reviewed; before them, dossiers ended awarded, refused, postponed or withdrawn.
                var open = i >= count - Math.Max(1, count / 200);
                var roll = random.Next(100);
                var status = open ? NominationStatus.InReview
                    : roll < 65 ? NominationStatus.Approved : roll < 85 ? NominationStatus.Refused : roll < 90 ? NominationStatus.Postponed : NominationStatus.Withdrawn;
                var closedAt = at.AddDays(40);
                nominationRows.Add([id, commune.Id, awardType.Id, null, $"{i + 1}/TTr", DateOnly.FromDateTime(at.UtcDateTime), status.ToString(), "history", at.AddDays(-2), at,
                    open ? null : closedAt, status == NominationStatus.Refused ? "Chưa đủ tiêu chuẩn." : null, Guid.NewGuid()]);
                if (province.Id == demoProvince.Id && at >= yearFrom && at < yearTo) inYear++;

                int? decision = null;
                if (status == NominationStatus.Approved)
                {
                    decision = decisionId++;
                    var issuer = awardType.IssuerKind == "ministry" ? ministryIssuer : issuerOf[(province.Id, awardType.IssuerKind)];
                    var year = closedAt.ToOffset(TimeSpan.FromHours(7)).Year;
                    var number = lastNumbers[(issuer.Id, year)] = lastNumbers.GetValueOrDefault((issuer.Id, year)) + 1;
                    decisionRows.Add([decision, awardType.Id, issuer.DeciderFull, closedAt.AddDays(-3), "history", DateOnly.FromDateTime(closedAt.ToOffset(TimeSpan.FromHours(7)).DateTime),
                        issuer.Id, number, province.Id, null, closedAt, "history", false, issuer.DeciderName, issuer.DeciderTitle, DecisionStatus.Signed.ToString(), issuer.DecisionSymbol, year]);
                }
                var people = 1 + random.Next(3);
                var hasName = false;
                for (var k = 0; k < people; k++)
                {
                    var collective = k == 0 && awardType.AllowsCollectives && random.Next(3) == 0;
                    var female = random.Next(2) == 0;
                    var name = collective ? $"Tổ an ninh trật tự thôn {random.Next(1, 60)}"
                        : $"{FamilyNames[random.Next(FamilyNames.Length)]} {(female ? "Thị" : MiddleNames[random.Next(MiddleNames.Length)])} {GivenNames[random.Next(GivenNames.Length)]}";
                    var key = VietnameseText.Key(name);
                    hasName |= key == searchedKey;
                    var mid = nomineeId++;
                    DateOnly? born = collective ? null : new DateOnly(1960 + random.Next(40), 1 + random.Next(12), 1 + random.Next(28));
                    var citizen = collective ? null : $"0{random.Next(1, 97):00}{random.Next(0, 1_000_000_000):000000000}";
                    var kind = collective ? NomineeKind.Collective : NomineeKind.Individual;
                    string? sex = collective ? null : (female ? Sex.Female : Sex.Male).ToString();
                    nomineeRows.Add([mid, "Thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc.", decision is null ? null : closedAt, citizen, born, decision,
                        status == NominationStatus.Postponed, false, kind.ToString(), collective ? 12 : null, name, key, id, collective ? commune.Name : null,
                        collective ? null : "Tổ viên tổ an ninh trật tự", sex, collective ? 0.25m : null, collective ? null : commune.Name, "[]", false, false, false, "[]"]);
                    if (decision is not null)
                        awardeeRows.Add([awardeeId++, decision, mid, kind.ToString(), name, key, born, citizen, collective ? null : "Tổ viên tổ an ninh trật tự",
                            commune.Name, id, sex, commune.Id, commune.Name]);
                    nominees++;
                }
                if (hasName) named++;

                var closed = open ? random.Next(StepsPerDossier) : StepsPerDossier;
                for (var s = 0; s <= Math.Min(closed, StepsPerDossier - 1); s++)
                {
                    var step = Steps[s];
                    var stepUnit = step.AtCommune ? commune.Id : province.Id;
                    var opened = at.AddDays(s * 5).AddHours(random.Next(8));
                    var isClosed = s < closed;
                    random.NextBytes(guid);
                    workRows.Add([new Guid(guid), $"his-{id}", $"t{s}", id, step.Element, step.Name, step.Role, stepUnit, opened, opened.AddDays(10),
                        isClosed ? opened.AddDays(1 + random.Next(6)) : null, isClosed ? "history" : null, isClosed ? "approve" : null, isClosed ? "Completed" : null, null, null, null]);
                    if (isClosed) closedSteps++;
                    else if (step.Role == Roles.Pv05Reviewer && stepUnit == demoProvince.Id) openPv05++;
                    else if (step.Role == Roles.CommunePolice && stepUnit == demoCommunes[0].Id) openCommune++;
                }
            }
            await sink.WriteAsync("Nominations", nominationColumns, nominationRows);
            await sink.WriteAsync("Decisions", decisionColumns, decisionRows);
            await sink.WriteAsync("Nominees", nomineeColumns, nomineeRows);
            await sink.WriteAsync("DecisionAwardees", awardeeColumns, awardeeRows);
            await sink.WriteAsync("WorkItems", workColumns, workRows);
        }
        await sink.CommitAsync();
        if (postgres)
        {
            // Identity columns continue after the ids written here; the statistics autovacuum would gather are gathered now.
            await using var command = connection.CreateCommand();
            command.CommandText = string.Join(";\n", new[] { "Units", "Nominations", "Nominees", "Decisions", "DecisionAwardees" }.Select(t =>
                $"SELECT setval(pg_get_serial_sequence('\"{t}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{t}\"))")) + ";\nANALYZE";
            command.CommandTimeout = 600;
            await command.ExecuteNonQueryAsync();
        }
        var demoOpen = await db.WorkItems.CountAsync(w => w.ClosedAt == null && w.Role == Roles.Pv05Reviewer && w.UnitId == demoProvince.Id && w.AssignedTo == null);
        var demoCommuneOpen = await db.WorkItems.CountAsync(w => w.ClosedAt == null && w.Role == Roles.CommunePolice && w.UnitId == demoCommunes[0].Id && w.AssignedTo == null);
        // The demo's own dossiers are counted as well: they are in the same database.
        var demoInYear = await db.Nominations.CountAsync(n => n.CreatedBy != "history" && n.SubmittedAt >= yearFrom && n.SubmittedAt < yearTo);
        _ = (openPv05, openCommune);
        return new Expected(count, nominees, closedSteps, communes.Count, demoProvince.Id, demoCommunes[0].Id, demoOpen, demoCommuneOpen, named, inYear + demoInYear);
    }

    /// <summary>Where the generated rows go: in bulk, table by table, parents first.</summary>
    private interface ISink
    {
        Task BeginAsync();

        Task WriteAsync(string table, string[] columns, IReadOnlyList<object?[]> rows);

        Task CommitAsync();
    }

    /// <summary>SQLite: one prepared INSERT per table, reused for every row, in one transaction.</summary>
    private sealed class SqliteSink(SqliteConnection connection) : ISink
    {
        private SqliteTransaction? _transaction;

        public Task BeginAsync()
        {
            _transaction = connection.BeginTransaction();
            return Task.CompletedTask;
        }

        public async Task WriteAsync(string table, string[] columns, IReadOnlyList<object?[]> rows)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            var parameters = columns.Select((_, i) => command.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
            command.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    var (value, type) = row[i] switch
                    {
                        null => ((object)DBNull.Value, SqliteType.Text),
                        DateTimeOffset t => (t.UtcTicks, SqliteType.Integer),
                        DateOnly d => (d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), SqliteType.Text),
                        Guid g => (g.ToString().ToUpperInvariant(), SqliteType.Text),
                        bool b => (b ? 1 : 0, SqliteType.Integer),
                        int n => (n, SqliteType.Integer),
                        decimal m => (m.ToString(CultureInfo.InvariantCulture), SqliteType.Text),
                        var other => (other, SqliteType.Text),
                    };
                    parameters[i].SqliteType = type;
                    parameters[i].Value = value;
                }
                await command.ExecuteNonQueryAsync();
            }
        }

        public Task CommitAsync()
        {
            _transaction!.Commit();
            _transaction.Dispose();
            _transaction = null;
            return Task.CompletedTask;
        }
    }

    /// <summary>PostgreSQL: binary COPY, one per table and batch.</summary>
    private sealed class CopySink(NpgsqlConnection connection) : ISink
    {
        public Task BeginAsync() => Task.CompletedTask;

        public async Task WriteAsync(string table, string[] columns, IReadOnlyList<object?[]> rows)
        {
            if (rows.Count == 0) return;
            await using var writer = await connection.BeginBinaryImportAsync(
                $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                await writer.StartRowAsync();
                foreach (var cell in row)
                {
                    switch (cell)
                    {
                        case null: await writer.WriteNullAsync(); break;
                        case DateTimeOffset t: await writer.WriteAsync(t.ToUniversalTime(), NpgsqlTypes.NpgsqlDbType.TimestampTz); break;
                        case DateOnly d: await writer.WriteAsync(d, NpgsqlTypes.NpgsqlDbType.Date); break;
                        case Guid g: await writer.WriteAsync(g, NpgsqlTypes.NpgsqlDbType.Uuid); break;
                        case bool b: await writer.WriteAsync(b, NpgsqlTypes.NpgsqlDbType.Boolean); break;
                        case int n: await writer.WriteAsync(n, NpgsqlTypes.NpgsqlDbType.Integer); break;
                        case decimal m: await writer.WriteAsync(m, NpgsqlTypes.NpgsqlDbType.Numeric); break;
                        case string s: await writer.WriteAsync(s, NpgsqlTypes.NpgsqlDbType.Text); break;
                        default: throw new InvalidOperationException($"No COPY type for {cell.GetType()}");
                    }
                }
            }
            await writer.CompleteAsync();
        }

        public Task CommitAsync() => Task.CompletedTask;
    }
}
