using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Statistics;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Statistics;

/// <summary>
/// The statistics store kept by every save answers exactly what counting the dossiers, nominees, awardees and steps
/// answers, field by field, after a varied history: a dossier returned and sent again, a nominee struck out, one postponed
/// and a whole dossier postponed, a decision signed then revoked, a holiday added under closed steps, a unit renamed and a
/// unit moved in the tree, dossiers after the move; for periods of whole months and cut mid-month, per unit, award type and
/// round. Counting everything again from scratch gives the same rows as the saves kept.
/// </summary>
public static class StatisticsStoreScenario
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static async Task The_store_equals_the_direct_count_after_a_varied_history(AwardsApp app)
    {
        void At(int month, int day, int hour = 9) => app.Clock.Set(new DateTimeOffset(2027, month, day, hour, 0, 0, Vietnam).ToUniversalTime());

        await app.ClientForAsync("admin"); // the demo province is seeded first, in November 2026
        At(1, 28);
        var returned = await SubmitAsync(app, GiayKhen, "TH-DONGTIEN");
        At(2, 1, 10);
        await CompleteAsync(app, "congan.dongtien", returned, "Task_CommuneReviewSimplified", "return", "Đề nghị bổ sung xác nhận thành tích.");
        At(2, 2);
        var struck = await SubmitAsync(app, GiayKhen, "TH-HACTHANH");
        At(2, 3);
        await CompleteAsync(app, "thidua.dongtien", returned, "Task_UnitRevise", "resubmit", "Đã bổ sung.");
        At(2, 4);
        var collective = (await NominationAsync(app, struck)).Nominees.Single(n => n.Kind == NomineeKind.Collective).Id;
        await CompleteAsync(app, "congan.hacthanh", struck, "Task_CommuneReviewSimplified",
            nominees: [new { nomineeId = collective, keep = false, reason = "Chưa đủ tiêu chuẩn.", @do = "strike" }]);
        At(2, 5);
        var postponedOne = await SubmitAsync(app, GiayKhen, "TH-SAMSON");
        await CompleteAsync(app, "congan.samson", postponedOne, "Task_CommuneReviewSimplified");
        At(3, 1);
        await CompleteAsync(app, "congan.dongtien", returned, "Task_CommuneReviewSimplified");
        At(3, 9, 15);
        await CompleteAsync(app, "pv05.thanhhoa", returned, "Task_PV05ReviewSimplified");
        await CompleteAsync(app, "pv05.thanhhoa", struck, "Task_PV05ReviewSimplified", "reject", "Thành tích chưa đủ tiêu chuẩn.");
        var individual = (await NominationAsync(app, postponedOne)).Nominees.First(n => n.Kind == NomineeKind.Individual).Id;
        await CompleteAsync(app, "pv05.thanhhoa", postponedOne, "Task_PV05ReviewSimplified",
            nominees: [new { nomineeId = individual, keep = true, reason = "Đang xác minh đơn khiếu nại.", @do = "postpone" }]);
        At(3, 12);
        await CompleteAsync(app, "giamdoc.thanhhoa", returned, "Task_DirectorSign");
        await CompleteAsync(app, "giamdoc.thanhhoa", postponedOne, "Task_DirectorSign");
        At(3, 15);
        var postponedWhole = await SubmitAsync(app, GiayKhen, "TH-HOANGHOA");
        At(3, 16);
        await CompleteAsync(app, "congan.hoanghoa", postponedWhole, "Task_CommuneReviewSimplified");
        At(3, 17);
        var pv05 = await app.ClientForAsync("pv05.thanhhoa");
        (await pv05.PostAsJsonAsync($"/api/tasks/{await TaskIdAsync(app, "pv05.thanhhoa", postponedWhole, "Task_PV05ReviewSimplified")}/postpone",
            new { reason = "Đang xác minh đơn khiếu nại." })).EnsureSuccessStatusCode();

        At(3, 18);
        var admin = await app.ClientForAsync("admin");
        // A day off under the director's steps opened on 9/3 and closed on 12/3: their working days change.
        (await admin.PostAsJsonAsync("/api/admin/holidays", new { date = "2027-03-10", name = "Ngày nghỉ thử" })).EnsureSuccessStatusCode();
        var samSon = await UnitIdAsync(app, "TH-SAMSON");
        (await admin.PostAsJsonAsync($"/api/admin/units/{samSon}/rename", new { name = "Phường Sầm Sơn mới", from = "2027-03-01" })).EnsureSuccessStatusCode();
        At(3, 20);
        admin = await app.ClientForAsync("admin");
        var decision = (await DecisionOfAsync(app, returned))!.Id;
        (await admin.PostAsJsonAsync($"/api/decisions/{decision}/revoke", new { reason = "Quyết định ban hành sai đối tượng." })).EnsureSuccessStatusCode();
        // No screen moves a unit: the tree is changed as an import or a script would, through the context.
        await MoveAsync(app, "TH-DONGTIEN", "TH-HACTHANH");
        At(3, 25);
        var afterMove = await SubmitAsync(app, GiayKhen, "TH-DONGTIEN");
        At(3, 29);
        await CompleteAsync(app, "congan.dongtien", afterMove, "Task_CommuneReviewSimplified");

        var province = await UnitIdAsync(app, "TH");
        var hacThanh = await UnitIdAsync(app, "TH-HACTHANH");
        var dongTien = await UnitIdAsync(app, "TH-DONGTIEN");
        var (giayKhen, roundId) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            return (await db.AwardTypes.Where(a => a.Code == GiayKhen).Select(a => a.Id).SingleAsync(),
                await db.Nominations.Where(n => n.RoundId != null && n.SubmittedAt != null).Select(n => n.RoundId).FirstOrDefaultAsync());
        });
        DateOnly D(int month, int day) => new(2027, month, day);
        GetStatistics.Query[] queries =
        [
            new(),
            new(From: D(2, 1), To: D(3, 31)),
            new(From: D(1, 15), To: D(3, 20)),
            new(From: D(2, 3)),
            new(To: D(3, 16)),
            new(From: D(2, 10), To: D(2, 20)),
            new(UnitId: province),
            new(UnitId: province, From: D(1, 1), To: D(12, 31)),
            new(UnitId: province, From: D(2, 2), To: D(3, 15)),
            new(UnitId: hacThanh, From: D(1, 20)),
            new(UnitId: dongTien, From: D(1, 28), To: D(3, 25)),
            new(UnitId: samSon),
            new(AwardTypeId: giayKhen, From: D(2, 1), To: D(2, 28)),
            new(AwardTypeId: giayKhen, UnitId: province, From: D(1, 5), To: D(3, 30)),
            new(RoundId: roundId),
            new(RoundId: roundId, UnitId: province, From: new DateOnly(2026, 11, 3)),
        ];
        foreach (var query in queries)
        {
            var (fromStore, direct) = await BothAsync(app, query);
            Assert.Equal(direct, fromStore);
        }
        var counted = await ReportOfAsync(app, new GetStatistics.Query(From: D(1, 15), To: D(3, 20)));
        Assert.True(counted.Total.Dossiers >= 4 && counted.Total.RefusedCollectives >= 1 && counted.Total.PostponedIndividuals >= 2, JsonSerializer.Serialize(counted.Total));
        Assert.Contains(counted.Steps, s => s.Step.Length > 0 && s.Count > 0);

        // Counted again from nothing, the store holds the same rows as the saves kept.
        var kept = await StoreRowsAsync(app);
        var rebuilt = await (await app.ClientForAsync("admin")).PostAsync("/api/admin/statistics/rebuild", null);
        Assert.True(rebuilt.IsSuccessStatusCode, await rebuilt.Content.ReadAsStringAsync());
        Assert.Equal(kept, await StoreRowsAsync(app));
    }

    public static async Task A_step_marks_its_dossier_and_the_report_or_the_worker_counts_it(AwardsApp app)
    {
        await app.ClientForAsync("admin");
        // A report asked right after the step reads it counted: the report counts the marks first.
        var reported = await SubmitAsync(app, GiayKhen, "TH-DONGTIEN");
        var query = new GetStatistics.Query(UnitId: await UnitIdAsync(app, "TH-DONGTIEN"));
        var (fromStore, direct) = await BothAsync(app, query);
        Assert.Equal(direct, fromStore);
        Assert.True(await TalliedAsync(app, reported));

        // With no report, the worker counts the step's mark on its own, and takes the mark away.
        var left = await SubmitAsync(app, GiayKhen, "TH-HACTHANH");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await TalliedAsync(app, left) && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(await TalliedAsync(app, left), "the worker never counted the dossier");
        while (await MarkedAsync(app, left) && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.False(await MarkedAsync(app, left));
    }

    private static Task<bool> TalliedAsync(AwardsApp app, int nominationId) =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().DossierTallies.AnyAsync(t => t.NominationId == nominationId));

    private static Task<bool> MarkedAsync(AwardsApp app, int nominationId) =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().UncountedDossiers.AnyAsync(m => m.NominationId == nominationId));

    private static Task<int> UnitIdAsync(AwardsApp app, string code) =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>The unit and those under it now under <paramref name="parentCode"/>: their paths rewritten.</summary>
    private static Task MoveAsync(AwardsApp app, string code, string parentCode) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AwardsDbContext>();
        var unit = await db.Units.SingleAsync(u => u.Code == code);
        var parent = await db.Units.SingleAsync(u => u.Code == parentCode);
        var old = unit.Path;
        db.Entry(unit).Property(u => u.ParentId).CurrentValue = parent.Id;
        foreach (var moved in await db.Units.Where(u => u.Path.StartsWith(old)).ToListAsync())
            db.Entry(moved).Property(u => u.Path).CurrentValue = parent.Path + moved.Path[(old.LastIndexOf('/', old.Length - 2) + 1)..];
        await db.SaveChangesAsync();
        return 0;
    });

    private static async Task<(string FromStore, string Direct)> BothAsync(AwardsApp app, GetStatistics.Query query)
    {
        using var scope = AsAdmin(app);
        var handler = (GetStatistics.Handler)scope.ServiceProvider.GetRequiredService<IRequestHandler<GetStatistics.Query, GetStatistics.Report>>();
        var fromStore = JsonSerializer.Serialize(await handler.FromStoreAsync(query, CancellationToken.None));
        var direct = JsonSerializer.Serialize(await handler.DirectAsync(query, CancellationToken.None));
        return (fromStore, direct);
    }

    private static async Task<GetStatistics.Report> ReportOfAsync(AwardsApp app, GetStatistics.Query query)
    {
        using var scope = AsAdmin(app);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    private static IServiceScope AsAdmin(AwardsApp app)
    {
        var scope = app.Services.CreateScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, Roles.Admin),
            new Claim(CurrentUser.UnitIdClaim, "1"), new Claim(CurrentUser.UnitPathClaim, "/BCA/")], "test"));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        return scope;
    }

    private static Task<string> StoreRowsAsync(AwardsApp app) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AwardsDbContext>();
        var dossiers = await db.DossierTallies.AsNoTracking().OrderBy(t => t.NominationId).ToListAsync();
        var steps = (await db.StepTimeTallies.AsNoTracking().ToListAsync())
            .OrderBy(t => t.UnitId).ThenBy(t => t.Month).ThenBy(t => t.AwardTypeId).ThenBy(t => t.RoundId).ThenBy(t => t.Step, StringComparer.Ordinal).ThenBy(t => t.Days);
        return JsonSerializer.Serialize(new { dossiers, steps });
    });
}

public class StatisticsStoreTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public Task The_store_equals_the_direct_count_after_a_varied_history_on_SQLite() =>
        StatisticsStoreScenario.The_store_equals_the_direct_count_after_a_varied_history(app);

    [Fact]
    public Task A_step_marks_its_dossier_and_the_report_or_the_worker_counts_it_on_SQLite() =>
        StatisticsStoreScenario.A_step_marks_its_dossier_and_the_report_or_the_worker_counts_it(app);
}

public class StatisticsStorePostgresTests(PostgresTests.PostgresApp app) : IClassFixture<PostgresTests.PostgresApp>
{
    [Fact]
    public Task The_store_equals_the_direct_count_after_a_varied_history_on_PostgreSQL() =>
        StatisticsStoreScenario.The_store_equals_the_direct_count_after_a_varied_history(app);

    [Fact]
    public Task A_step_marks_its_dossier_and_the_report_or_the_worker_counts_it_on_PostgreSQL() =>
        StatisticsStoreScenario.A_step_marks_its_dossier_and_the_report_or_the_worker_counts_it(app);
}
