using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Statistics;

/// <summary>
/// The report's step times (counted per pair of dates, the working days numbered once) equal what counting every closed
/// step of the counted dossiers one by one with the calendar gives: over the demo's history and a dossier sent on
/// 30/12/2026 and decided across the New Year, its unit renamed from 01/01/2027.
/// </summary>
public class StatisticsStepTimesTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task Step_times_equal_the_calendar_counted_step_by_step_across_a_new_year_and_a_rename()
    {
        var admin = await app.ClientForAsync("admin"); // the demo province is seeded first, in November 2026
        var unitId = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Units.Where(u => u.Code == "TH-DONGTIEN").Select(u => u.Id).SingleAsync());
        app.Clock.Set(new DateTimeOffset(2026, 12, 30, 9, 0, 0, Vietnam)); // a Wednesday
        var dossier = await SubmitAsync(app, GiayKhen, "TH-DONGTIEN");
        app.Clock.Set(new DateTimeOffset(2026, 12, 31, 16, 0, 0, Vietnam));
        await CompleteAsync(app, "congan.dongtien", dossier, "Task_CommuneReviewSimplified");
        admin = await app.ClientForAsync("admin");
        Assert.True((await admin.PostAsJsonAsync($"/api/admin/units/{unitId}/rename", new { name = "Phường Đông Tiến", from = "2027-01-01" })).IsSuccessStatusCode);
        app.Clock.Set(new DateTimeOffset(2027, 1, 5, 10, 0, 0, Vietnam)); // 1/1 off, then the weekend
        await CompleteAsync(app, "pv05.thanhhoa", dossier, "Task_PV05ReviewSimplified");
        await CompleteAsync(app, "giamdoc.thanhhoa", dossier, "Task_DirectorSign");
        admin = await app.ClientForAsync("admin");

        foreach (var (query, from, to, path) in new (string, DateOnly?, DateOnly?, string?)[]
        {
            ("", null, null, null),
            ("from=2026-12-01&to=2026-12-31", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), null),
            ($"from=2026-01-01&to=2026-12-31&unitId={unitId}", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "/BCA/TH/TH-DONGTIEN/"),
            ("from=2027-01-01", new DateOnly(2027, 1, 1), null, null),
        })
        {
            var report = await admin.GetFromJsonAsync<JsonElement>($"/api/statistics?{query}");
            var steps = report.GetProperty("steps").EnumerateArray()
                .Select(s => (s.GetProperty("step").GetString()!, s.GetProperty("count").GetInt32(), s.GetProperty("medianDays").GetDouble(), s.GetProperty("slowestDays").GetInt32()))
                .OrderBy(s => s.Item1, StringComparer.Ordinal).ToList();
            Assert.Equal(await CountedStepByStepAsync(from, to, path), steps);
        }

        var december = await admin.GetFromJsonAsync<JsonElement>($"/api/statistics?from=2026-12-01&to=2026-12-31&unitId={unitId}");
        var row = december.GetProperty("byUnit").EnumerateArray().Single(r => r.GetProperty("unitId").GetInt32() == unitId);
        Assert.Equal("Xã Đông Tiến", row.GetProperty("name").GetString()); // the name of the time
        Assert.Equal(1, row.GetProperty("tally").GetProperty("dossiers").GetInt32());
    }

    /// <summary>The step times as the report defines them, counted the slow way: every closed step of the counted dossiers, one by one.</summary>
    private Task<List<(string, int, double, int)>> CountedStepByStepAsync(DateOnly? from, DateOnly? to, string? path) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AwardsDbContext>();
        var calendar = await s.GetRequiredService<CalendarProvider>().GetAsync(db, default);
        static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Vietnam).DateTime);
        var submitted = await db.Nominations.Where(n => n.SubmittedAt != null).Select(n => new { n.Id, SubmittedAt = n.SubmittedAt!.Value, n.Unit!.Path }).ToListAsync();
        var counted = submitted.Where(n => (from is null || Day(n.SubmittedAt) >= from) && (to is null || Day(n.SubmittedAt) <= to) && (path is null || n.Path.StartsWith(path, StringComparison.Ordinal)))
            .Select(n => n.Id).ToHashSet();
        var closed = (await db.WorkItems.Where(w => w.ClosedAt != null).Select(w => new { w.NominationId, w.Name, w.OpenedAt, ClosedAt = w.ClosedAt!.Value }).ToListAsync())
            .Where(w => counted.Contains(w.NominationId));
        return closed.GroupBy(w => w.Name).Select(g =>
        {
            var days = g.Select(w => calendar.WorkingDaysBetween(w.OpenedAt, w.ClosedAt)).Order().ToList();
            var median = days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2.0;
            return (g.Key, days.Count, median, days[^1]);
        }).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
    });
}
