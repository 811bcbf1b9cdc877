using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Infrastructure;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public class NominationAccessTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_clerk_of_another_commune_gets_404_for_everything_of_the_dossier()
    {
        var id = await CreateAsync(await app.ClientForAsync("thidua.dongtien"), GiayKhen, Individual());
        var other = await app.ClientForAsync("thidua.hacthanh");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/nominations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/nominations/{id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/nominations/{id}/withdraw", new { reason = "thử" })).StatusCode);
        Assert.DoesNotContain(await ListIdsAsync(other, ""), i => i == id);
    }

    [Fact]
    public async Task Reviewers_see_only_what_is_routed_to_them()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var draft = await CreateAsync(clerk, GiayKhen, Individual());
        var submitted = await CreateAndSubmitAsync(clerk, GiayKhen, Individual());
        var ownPolice = await app.ClientForAsync("congan.dongtien");
        var otherPolice = await app.ClientForAsync("congan.hacthanh");

        Assert.Equal(HttpStatusCode.OK, (await ownPolice.GetAsync($"/api/nominations/{submitted}")).StatusCode);
        Assert.Contains(await ListIdsAsync(ownPolice, ""), i => i == submitted);
        Assert.Equal(HttpStatusCode.NotFound, (await ownPolice.GetAsync($"/api/nominations/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPolice.GetAsync($"/api/nominations/{submitted}")).StatusCode);
        Assert.DoesNotContain(await ListIdsAsync(otherPolice, ""), i => i == submitted);
    }

    [Fact]
    public async Task A_reviewer_may_read_but_not_change_a_dossier()
    {
        var id = await CreateAndSubmitAsync(await app.ClientForAsync("thidua.dongtien"), GiayKhen, Individual());

        var response = await (await app.ClientForAsync("congan.dongtien")).PostAsJsonAsync($"/api/nominations/{id}/withdraw", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Citizen_ids_are_masked_for_the_council_and_shown_to_pv05()
    {
        // A round's dossier: the standard procedure goes to the council.
        var id = await Tasks.TestDossiers.SubmitAsync(app, GiayKhen, withCollective: false, roundId: await TestRounds.OpenRoundIdAsync(app, GiayKhen));
        var citizenId = (await Tasks.TestDossiers.NominationAsync(app, id)).Nominees[0].CitizenId!;
        await CompleteStepAsync(app, id, "commune-police", "approve");
        await CompleteStepAsync(app, id, "pv05-reviewer", "approve");

        var council = await GetAsync(await app.ClientForAsync("hoidong.thanhhoa"), id);
        var pv05 = await GetAsync(await app.ClientForAsync("pv05.thanhhoa"), id);

        Assert.Equal(Access.Mask(citizenId), council.GetProperty("nominees")[0].GetProperty("citizenId").GetString());
        Assert.Equal(citizenId, pv05.GetProperty("nominees")[0].GetProperty("citizenId").GetString());
    }

    [Fact]
    public void A_masked_citizen_id_keeps_only_its_last_three_digits()
    {
        Assert.Equal("•••••••••789", Access.Mask("038190123789"));
        Assert.Null(Access.Mask(null));
    }

    [Fact]
    public async Task The_list_is_paged_newest_first_and_filtered()
    {
        var clerk = await app.ClientForAsync("thidua.hoanghoa");
        // the demo province already holds dossiers of this unit: count from there
        var before = (await clerk.GetFromJsonAsync<JsonElement>("/api/nominations")).GetProperty("total").GetInt32();
        var inReviewBefore = (await clerk.GetFromJsonAsync<JsonElement>("/api/nominations?status=inReview")).GetProperty("total").GetInt32();
        var medalsBefore = (await clerk.GetFromJsonAsync<JsonElement>($"/api/nominations?awardTypeCode={Medal}")).GetProperty("total").GetInt32();
        var first = await CreateAsync(clerk, GiayKhen, Individual());
        var second = await CreateAsync(clerk, Medal, Individual());
        var third = await CreateAndSubmitAsync(clerk, GiayKhen, Individual(), Collective());

        var page1 = await clerk.GetFromJsonAsync<JsonElement>("/api/nominations?pageSize=2");
        var page2 = await clerk.GetFromJsonAsync<JsonElement>("/api/nominations?pageSize=2&page=2");
        var page2Ids = page2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        var inReview = await clerk.GetFromJsonAsync<JsonElement>("/api/nominations?status=inReview");
        var medals = await clerk.GetFromJsonAsync<JsonElement>($"/api/nominations?awardTypeCode={Medal}");

        Assert.Equal(before + 3, page1.GetProperty("total").GetInt32());
        Assert.Equal(2, page1.GetProperty("pageSize").GetInt32());
        Assert.Equal([third, second], page1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.Equal(first, page2Ids[0]);
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(inReviewBefore + 1, inReview.GetProperty("total").GetInt32());
        var item = inReview.GetProperty("items").EnumerateArray().First();
        Assert.Equal(third, item.GetProperty("id").GetInt32());
        Assert.Equal("Xã Hoằng Hóa", item.GetProperty("unitName").GetString());
        Assert.Equal("inReview", item.GetProperty("status").GetString());
        Assert.Equal(2, item.GetProperty("nomineeCount").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("submittedAt").ValueKind);
        Assert.Equal(medalsBefore + 1, medals.GetProperty("total").GetInt32());
        Assert.Equal(second, medals.GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task An_unknown_status_filter_is_a_validation_problem()
    {
        var response = await (await app.ClientForAsync("thidua.hoanghoa")).GetAsync("/api/nominations?status=lost");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("inReview", problem.GetProperty("errors").GetProperty("status")[0].GetString());
    }

    private static async Task<IReadOnlyList<int>> ListIdsAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/nominations?pageSize=100{query}");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
    }
}
