using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Statistics;

/// <summary>A unit renamed from a day keeps its old name for what came before: the statistics show the name of the time.</summary>
public class UnitNameHistoryTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public void A_unit_answers_the_name_it_had_on_each_day()
    {
        var unit = new Unit("X-THU", "Xã Thử", "commune", null, new DateOnly(2020, 1, 1));
        unit.Rename("Phường Thử", new DateOnly(2025, 7, 1));
        unit.Rename("Phường Thử Mới", new DateOnly(2026, 3, 1));
        unit.Rename("Phường Thử Mới", null);

        Assert.Equal("Xã Thử", unit.NameOn(new DateOnly(2025, 6, 30)));
        Assert.Equal("Phường Thử", unit.NameOn(new DateOnly(2025, 7, 1)));
        Assert.Equal("Phường Thử Mới", unit.NameOn(new DateOnly(2026, 3, 1)));
        Assert.Equal(2, unit.FormerNames.Count);
        Assert.Throws<DomainException>(() => unit.Rename("Phường Khác", new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public async Task Statistics_by_submission_and_by_decision_date_show_the_name_the_unit_had_in_the_period()
    {
        var admin = await app.ClientForAsync("admin"); // the demo province is seeded first, in November 2026
        app.Clock.Set(new DateTimeOffset(2027, 2, 10, 2, 0, 0, TimeSpan.Zero));
        await SubmitAsync(app, GiayKhen, "TH-SAMSON");
        var unitId = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Units.Where(u => u.Code == "TH-SAMSON").Select(u => u.Id).SingleAsync());
        admin = await app.ClientForAsync("admin");
        var renamed = await admin.PostAsJsonAsync($"/api/admin/units/{unitId}/rename", new { name = "Phường Sầm Sơn Mới", from = "2027-03-01" });
        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        app.Clock.Set(new DateTimeOffset(2027, 3, 10, 2, 0, 0, TimeSpan.Zero));
        await SubmitAsync(app, GiayKhen, "TH-SAMSON");
        admin = await app.ClientForAsync("admin");

        async Task<List<string?>> UnitsAsync(string query) =>
            [.. (await admin.GetFromJsonAsync<JsonElement>($"/api/statistics?{query}")).GetProperty("byUnit").EnumerateArray()
                .Where(r => r.GetProperty("unitId").ValueKind == JsonValueKind.Number && r.GetProperty("unitId").GetInt32() == unitId)
                .Select(r => r.GetProperty("name").GetString())];

        Assert.Equal(["Phường Sầm Sơn"], await UnitsAsync("from=2027-02-01&to=2027-02-28"));
        Assert.Equal(["Phường Sầm Sơn Mới"], await UnitsAsync("from=2027-03-01&to=2027-03-31"));
        Assert.Equal(["Phường Sầm Sơn Mới (trước đây: Phường Sầm Sơn)"], await UnitsAsync("from=2027-02-01&to=2027-03-31"));
        // By decision date, the demo's decisions, all before the rename, name the unit as it was then.
        Assert.Equal(["Phường Sầm Sơn"], await UnitsAsync("by=decision"));
        var unit = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/units/{unitId}");
        Assert.Equal("Phường Sầm Sơn", unit.GetProperty("formerNames")[0].GetProperty("name").GetString());
    }
}
