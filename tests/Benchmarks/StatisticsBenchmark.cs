using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ToanDan.Awards.Host;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Features.Statistics;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Benchmarks;

/// <summary>
/// The statistics report and the dossier search over many years of dossiers, on the application's own SQLite file:
/// N dossiers (3 nominees each; ~60 % awarded with a decision, ~15 % refused) spread over ten years and 3,300 communes
/// (the country's count) added under the demo province, with three closed steps each. Prints the time of each query, as the administrator sees it.
/// </summary>
internal static class StatisticsBenchmark
{
    public static async Task<int> RunAsync(int dossiers, string databaseFile)
    {
        File.Delete(databaseFile);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Awards"] = $"Data Source={databaseFile}",
            ["Demo:Enabled"] = "true",
            ["Timers:Enabled"] = "false",
            ["Email:Outbox:Enabled"] = "false",
            ["Email:PickupDirectory"] = Path.Combine(Path.GetTempPath(), $"toandan-bench-mail-{Environment.ProcessId}"),
        });
        builder.Logging.ClearProviders();
        builder.AddAwardsHost();
        await using var app = builder.Build();
        await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration);

        var seeding = Stopwatch.StartNew();
        await SeedAsync(app.Services, dossiers);
        seeding.Stop();

        var queries = new (string Name, Func<IMediator, Task> Run)[]
        {
            ("statistics_all", m => m.Send(new GetStatistics.Query())),
            ("statistics_one_year", m => m.Send(new GetStatistics.Query(From: new DateOnly(2024, 1, 1), To: new DateOnly(2024, 12, 31)))),
            ("dossier_search_name", m => m.Send(new ListNominations.Query(null, null, null, Search: "nguyen van an"))),
        };
        var results = new Dictionary<string, object>();
        foreach (var (name, run) in queries)
        {
            var times = new List<double>();
            for (var i = 0; i < 12; i++)
            {
                var watch = Stopwatch.StartNew();
                await AsAdminAsync(app.Services, run);
                watch.Stop();
                if (i >= 2) times.Add(watch.Elapsed.TotalMilliseconds); // the first two warm the caches and the JIT
            }
            times.Sort();
            results[$"{name}_p50_ms"] = Math.Round(times[times.Count / 2], 1);
            results[$"{name}_max_ms"] = Math.Round(times[^1], 1);
        }
        results["dossiers"] = dossiers;
        results["seed_s"] = Math.Round(seeding.Elapsed.TotalSeconds, 1);
        results["db_mb"] = Math.Round(new FileInfo(databaseFile).Length / 1_048_576.0, 1);
        Console.WriteLine(JsonSerializer.Serialize(results));
        return 0;
    }

    private static async Task AsAdminAsync(IServiceProvider services, Func<IMediator, Task> run)
    {
        using var scope = services.CreateScope();
        var admin = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, Roles.Admin), new Claim(CurrentUser.UnitIdClaim, "1"),
             new Claim(CurrentUser.UnitPathClaim, "/BCA/")], "benchmark"));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { User = admin, RequestServices = scope.ServiceProvider };
        await run(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"];
    private static readonly string[] GivenNames = ["Văn An", "Thị Mai", "Văn Hùng", "Thị Lan", "Đức Thắng", "Thị Hoa", "Quang Minh", "Thu Hà"];

    private static async Task SeedAsync(IServiceProvider services, int count)
    {
        var random = new Random(2026);
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
            var province = await db.Units.SingleAsync(u => u.Level == "province");
            for (var c = 1; c <= 3300; c++)
                db.Units.Add(new ToanDan.Awards.Host.Domain.Unit($"BENCH-{c:0000}", $"Xã Thử Nghiệm {c}", "commune", province, new DateOnly(2015, 1, 1)));
            await db.SaveChangesAsync();
        }
        var start = new DateTimeOffset(2016, 1, 4, 2, 0, 0, TimeSpan.Zero);
        // Numbers continue after the demo province's decisions.
        Dictionary<(int, int), int> numbers;
        using (var scope = services.CreateScope())
            numbers = (await scope.ServiceProvider.GetRequiredService<AwardsDbContext>().Decisions.Where(d => d.Number != null)
                    .GroupBy(d => new { d.IssuerId, d.Year }).Select(g => new { g.Key.IssuerId, g.Key.Year, Last = g.Max(d => d.Number) }).ToListAsync())
                .ToDictionary(x => (x.IssuerId, x.Year!.Value), x => x.Last!.Value);
        const int Batch = 500;
        for (var done = 0; done < count; done += Batch)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var units = await db.Units.Where(u => u.Level != "ministry").ToListAsync();
            var awardTypes = await db.AwardTypes.ToListAsync();
            var issuers = await db.Issuers.ToListAsync();
            var provinceUnit = await db.Units.SingleAsync(u => u.Level == "province");
            var batch = new List<(Nomination Nomination, int Outcome, DateTimeOffset At)>();
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                var at = start.AddHours(i * (24.0 * 3650 / count));
                var awardType = awardTypes[random.Next(awardTypes.Count)];
                var nomination = new Nomination(units[random.Next(units.Count)], awardType, null, $"{i + 1}/TTr", DateOnly.FromDateTime(at.UtcDateTime), "bench", at);
                if (awardType.AllowsCollectives)
                    nomination.AddNominee(Nominee.Collective($"Tổ an ninh trật tự số {i % 97 + 1}", null, 12, 0.3m, "Thành tích xuất sắc."));
                for (var k = awardType.AllowsCollectives ? 1 : 0; k < 3; k++)
                {
                    var name = $"{FamilyNames[random.Next(FamilyNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";
                    nomination.AddNominee(Nominee.Individual(name, new DateOnly(1960 + random.Next(40), 1 + random.Next(12), 1 + random.Next(28)),
                        Sex.Male, "Tổ viên", "Tổ an ninh trật tự", null, "Thành tích xuất sắc."));
                }
                nomination.Submit(at);
                var roll = random.Next(100);
                batch.Add((nomination, roll < 60 ? 1 : roll < 75 ? 2 : 0, at.AddDays(20)));
                db.Nominations.Add(nomination);
            }
            await db.SaveChangesAsync();

            foreach (var (nomination, outcome, closedAt) in batch)
            {
                var instance = $"bench-{nomination.Id}";
                // Ad-hoc dossiers (no round) walk the simplified procedure up to the decider's own step.
                string[] steps = ["Task_CommuneReviewSimplified", "Task_PV05ReviewSimplified", "Task_DirectorSign"];
                for (var s = 0; s < steps.Length; s++)
                {
                    var item = new WorkItem(instance, $"t{s}", nomination.Id, steps[s], steps[s], Roles.Pv05Reviewer, nomination.UnitId,
                        nomination.SubmittedAt!.Value.AddDays(s * 5), null);
                    item.Close(nomination.SubmittedAt!.Value.AddDays(s * 5 + 3), "bench", "approve", null, "completed");
                    db.WorkItems.Add(item);
                }
                if (outcome == 1)
                {
                    nomination.AwaitDecision(closedAt);
                    var year = closedAt.Year;
                    var issuer = issuers.First(i => i.Kind == nomination.AwardType!.IssuerKind);
                    var number = numbers[(issuer.Id, year)] = numbers.GetValueOrDefault((issuer.Id, year)) + 1;
                    var decision = new Decision(issuer, nomination.AwardType!, null, provinceUnit, nomination.Nominees.Select(n => (n, nomination)), "bench", closedAt);
                    decision.Sign(number, DateOnly.FromDateTime(closedAt.UtcDateTime), issuer.Signatory(null), "bench", closedAt, nomination.Nominees);
                    nomination.FollowDecisions(closedAt);
                    db.Decisions.Add(decision);
                }
                else if (outcome == 2)
                {
                    nomination.Refuse("Chưa đủ tiêu chuẩn.", closedAt);
                }
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
    }
}
