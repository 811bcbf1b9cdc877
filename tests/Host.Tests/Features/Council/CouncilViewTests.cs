using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Domain;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.TestRounds;

namespace ToanDan.Awards.Host.Tests.Features.Council;

/// <summary>The council's view of a round through the API: its secretary records the votes, the list ranks them with the tie preference.</summary>
public class CouncilViewTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private async Task<(int Round, int Dossier)> RoundWithTiesAsync(string name)
    {
        app.Clock.Set(new DateTimeOffset(2026, 10, 5, 2, 0, 0, TimeSpan.Zero));
        var round = await CreateRoundAsync(app, name, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 30));
        var dossier = await SubmitAsync(app, GiayKhen, "TH-DONGTIEN", round, (unit, _) =>
        [
            Nominee.Collective("Tổ an ninh trật tự thôn 3", unit.Name, 12, 0.25m, "Tố giác 3 vụ trộm cắp."),
            Nominee.Collective("Chi hội phụ nữ thôn 5", unit.Name, 20, 0.80m, "Vận động 40 hộ ký cam kết."),
            Nominee.Individual("Bùi Văn An", new DateOnly(1975, 1, 2), Sex.Male, "Tổ viên", unit.Name, NextCitizenId(), "Bắt giữ đối tượng cướp giật."),
            Nominee.Individual("Lê Thị Hoa", new DateOnly(1985, 9, 2), Sex.Female, "Chi hội trưởng", unit.Name, NextCitizenId(), "Hòa giải 5 vụ việc."),
        ]);
        return (round, dossier);
    }

    private static async Task<JsonElement> ViewAsync(HttpClient client, int round)
    {
        var response = await client.GetAsync($"/api/rounds/{round}/council");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static List<JsonElement> List(JsonElement view, string kind) =>
        [.. view.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == kind).GetProperty("nominees").EnumerateArray()];

    [Fact]
    public async Task Votes_recorded_by_the_secretary_rank_the_nominees_and_on_a_tie_women_and_collectives_of_women_come_first()
    {
        var (round, _) = await RoundWithTiesAsync("Đợt xét của Hội đồng tháng 10");
        var council = await app.ClientForAsync("hoidong.thanhhoa");
        var before = await ViewAsync(council, round);
        var ids = List(before, "collective").Concat(List(before, "individual"))
            .ToDictionary(n => n.GetProperty("name").GetString()!, n => n.GetProperty("nomineeId").GetInt32());
        Assert.Equal("Tập thể có 80% nữ (từ 70% trở lên)", List(before, "collective").Single(n => n.GetProperty("name").GetString() == "Chi hội phụ nữ thôn 5")
            .GetProperty("preference").GetString());

        var recorded = await council.PostAsJsonAsync($"/api/rounds/{round}/council/votes", new
        {
            votes = new[]
            {
                new { nomineeId = ids["Tổ an ninh trật tự thôn 3"], votes = (int?)7 },
                new { nomineeId = ids["Chi hội phụ nữ thôn 5"], votes = (int?)7 },
                new { nomineeId = ids["Bùi Văn An"], votes = (int?)9 },
                new { nomineeId = ids["Lê Thị Hoa"], votes = (int?)5 },
            },
        });
        Assert.Equal(HttpStatusCode.NoContent, recorded.StatusCode);

        var view = await ViewAsync(council, round);
        var collectives = List(view, "collective");
        Assert.Equal(["Chi hội phụ nữ thôn 5", "Tổ an ninh trật tự thôn 3"], collectives.Select(n => n.GetProperty("name").GetString()));
        Assert.True(collectives[0].GetProperty("decidedByPreference").GetBoolean());
        Assert.True(collectives[1].GetProperty("tied").GetBoolean());
        var people = List(view, "individual");
        Assert.Equal(["Bùi Văn An", "Lê Thị Hoa"], people.Select(n => n.GetProperty("name").GetString()));
        Assert.Equal("Nữ", people[1].GetProperty("preference").GetString());
        Assert.False(people[1].GetProperty("decidedByPreference").GetBoolean());
        Assert.Contains("70%", view.GetProperty("groups")[0].GetProperty("tiePreferenceBasis").GetString());
    }

    [Fact]
    public async Task The_share_of_women_that_makes_a_collective_preferred_is_the_award_types_setting_the_administrator_edits()
    {
        var (round, _) = await RoundWithTiesAsync("Đợt xét tỷ lệ nữ");
        var admin = await app.ClientForAsync("admin");
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/admin/award-types");
        var giayKhen = settings.GetProperty("awardTypes").EnumerateArray().Single(a => a.GetProperty("code").GetString() == GiayKhen);
        try
        {
            var saved = await admin.PutAsJsonAsync($"/api/admin/award-types/{giayKhen.GetProperty("id").GetInt32()}", new
            {
                name = giayKhen.GetProperty("name").GetString(), decider = giayKhen.GetProperty("decider").GetString(),
                issuerKind = giayKhen.GetProperty("issuerKind").GetString(), allowsCollectives = true, allowsIndividuals = true,
                oncePerLifetime = false, workflowKey = giayKhen.GetProperty("workflowKey").GetString(), criteria = giayKhen.GetProperty("criteria").GetString(),
                womenCollectivePercent = 85, tiePreferenceBasis = "Căn cứ thử nghiệm",
            });
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

            var view = await ViewAsync(await app.ClientForAsync("pv05.thanhhoa"), round);
            Assert.All(List(view, "collective"), n => Assert.Equal(JsonValueKind.Null, n.GetProperty("preference").ValueKind));
            Assert.Equal(85, view.GetProperty("groups")[0].GetProperty("womenCollectivePercent").GetInt32());
            Assert.Equal("Căn cứ thử nghiệm", view.GetProperty("groups")[0].GetProperty("tiePreferenceBasis").GetString());
        }
        finally
        {
            await admin.PutAsJsonAsync($"/api/admin/award-types/{giayKhen.GetProperty("id").GetInt32()}", new
            {
                name = giayKhen.GetProperty("name").GetString(), decider = giayKhen.GetProperty("decider").GetString(),
                issuerKind = giayKhen.GetProperty("issuerKind").GetString(), allowsCollectives = true, allowsIndividuals = true,
                oncePerLifetime = false, workflowKey = giayKhen.GetProperty("workflowKey").GetString(), criteria = giayKhen.GetProperty("criteria").GetString(),
                womenCollectivePercent = TiePreference.DefaultPercent, tiePreferenceBasis = TiePreference.DefaultBasis,
            });
        }
    }

    [Theory]
    [InlineData("thidua.dongtien")]
    [InlineData("giamdoc.thanhhoa")]
    [InlineData("congan.dongtien")]
    [InlineData("v05.bca")]
    public async Task Only_the_council_PV05_and_administrators_see_the_councils_view_or_record_votes(string userName)
    {
        var (round, _) = await RoundWithTiesAsync($"Đợt xét quyền {userName}");
        var client = await app.ClientForAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/rounds/{round}/council")).StatusCode);
        var vote = await client.PostAsJsonAsync($"/api/rounds/{round}/council/votes", new { votes = new[] { new { nomineeId = 1, votes = 3 } } });
        Assert.Equal(HttpStatusCode.Forbidden, vote.StatusCode);
    }

    [Fact]
    public async Task Votes_for_someone_the_council_does_not_weigh_in_the_round_are_refused()
    {
        var (round, _) = await RoundWithTiesAsync("Đợt xét người ngoài");
        var other = await SubmitAsync(app, GiayKhen, "TH-HACTHANH");
        var outsider = (await NominationAsync(app, other)).Nominees.First().Id;
        var council = await app.ClientForAsync("hoidong.thanhhoa");

        var response = await council.PostAsJsonAsync($"/api/rounds/{round}/council/votes", new { votes = new[] { new { nomineeId = outsider, votes = 3 } } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await council.GetAsync("/api/rounds/999999/council")).StatusCode);
    }
}
