using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Statistics;

public class StatisticsPeriodTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_dossier_sent_just_after_midnight_counts_on_the_vietnamese_day_not_the_utc_one()
    {
        var admin = await app.ClientForAsync("admin"); // the demo province is seeded first, in November 2026
        // 00:30 on 01/06 in Vietnam is 17:30 on 31/05 in UTC.
        app.Clock.Set(new DateTimeOffset(2027, 6, 1, 0, 30, 0, TimeSpan.FromHours(7)));
        await SubmitAsync(app, GiayKhen, "TH-HACTHANH");
        admin = await app.ClientForAsync("admin");

        async Task<int> DossiersAsync(string period) =>
            (await admin.GetFromJsonAsync<JsonElement>($"/api/statistics?{period}")).GetProperty("total").GetProperty("dossiers").GetInt32();

        Assert.Equal(1, await DossiersAsync("from=2027-06-01&to=2027-06-01"));
        Assert.Equal(0, await DossiersAsync("from=2027-05-01&to=2027-05-31"));
        Assert.Equal(0, await DossiersAsync("from=2027-06-02"));
    }
}
