using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.LookUp;

public class LookUpTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private async Task<(int DecisionId, string CitizenId)> DecidedAsync()
    {
        var round = await TestRounds.NewAsync(app, GiayKhen);
        var id = await SubmitAsync(app, GiayKhen, "TH-DONGTIEN", roundId: round);
        await ThroughRoundReviewAsync(app, id);
        await TestRounds.DecideAsync(app, round);
        var decision = (await DecisionOfAsync(app, id))!;
        return (decision.Id, decision.Awardees.Single(a => a.Name == "Nguyễn Văn Hùng").CitizenId!);
    }

    private async Task<HttpResponseMessage> PostLookUpAsync(string userName, object query) =>
        await (await app.ClientForAsync(userName)).PostAsJsonAsync("/api/awards/lookup", query);

    private async Task<JsonElement[]> LookUpAsync(string userName, object query)
    {
        var response = await PostLookUpAsync(userName, query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }

    [Fact]
    public async Task A_name_typed_without_diacritics_finds_every_award_of_the_person()
    {
        var (first, citizenId) = await DecidedAsync();
        var (second, _) = await DecidedAsync();

        var hits = await LookUpAsync("pv05.thanhhoa", new { name = "nguyen van hung" });

        var ids = hits.Where(h => h.GetProperty("name").GetString() == "Nguyễn Văn Hùng").Select(h => h.GetProperty("decisionId").GetInt32()).ToList();
        Assert.Contains(first, ids);
        Assert.Contains(second, ids);
        var hit = hits.First(h => h.GetProperty("decisionId").GetInt32() == first);
        Assert.Equal("Giấy khen của Giám đốc Công an tỉnh", hit.GetProperty("awardType").GetString());
        Assert.Matches(@"^\d+/QĐ-CAT$", hit.GetProperty("decisionNumber").GetString());
        Assert.Equal("Xã Đông Tiến", hit.GetProperty("unitName").GetString());
        Assert.False(hit.GetProperty("revoked").GetBoolean());

        var byId = await LookUpAsync("admin", new { citizenId });
        Assert.Equal([first], byId.Select(h => h.GetProperty("decisionId").GetInt32()));
        var byBirth = await LookUpAsync("admin", new { name = "Nguyễn Văn Hùng", dateOfBirth = "1970-05-12" });
        Assert.Contains(byBirth, h => h.GetProperty("decisionId").GetInt32() == second);
        Assert.Empty(await LookUpAsync("admin", new { name = "nguyen van hung", dateOfBirth = "1971-05-12" }));
    }

    [Fact]
    public async Task A_revoked_award_is_marked_and_a_clerk_of_another_unit_finds_nothing()
    {
        var (id, citizenId) = await DecidedAsync();
        var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync($"/api/decisions/{id}/revoke", new { reason = "Khai không đúng sự thật." })).EnsureSuccessStatusCode();

        var hit = Assert.Single(await LookUpAsync("admin", new { citizenId }));
        Assert.True(hit.GetProperty("revoked").GetBoolean());
        Assert.Empty(await LookUpAsync("thidua.hacthanh", new { citizenId }));
        Assert.Single(await LookUpAsync("thidua.dongtien", new { citizenId }));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/awards/lookup", new { })).StatusCode);
    }

    [Fact]
    public async Task A_postponed_nominee_is_found_as_postponed_with_the_reason_never_as_awarded()
    {
        var id = await SubmitAsync(app, GiayKhen, "TH-SAMSON");
        var hoa = (await NominationAsync(app, id)).Nominees.Single(n => n.Name == "Lê Thị Hoa");
        await CompleteAsync(app, "congan.samson", id, "Task_CommuneReviewSimplified");
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified",
            nominees: [new { nomineeId = hoa.Id, keep = true, reason = "Đang xác minh đơn khiếu nại.", @do = "postpone" }]);
        await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorSign");

        var hit = Assert.Single(await LookUpAsync("pv05.thanhhoa", new { citizenId = hoa.CitizenId }));
        var colleague = Assert.Single(await LookUpAsync("pv05.thanhhoa",
            new { citizenId = (await NominationAsync(app, id)).Nominees.Single(n => n.Name == "Nguyễn Văn Hùng").CitizenId }));
        var page = await PostPageAsync(await Tests.Documents.DocumentFiles.CookieClientAsync(app, "pv05.thanhhoa"), new() { ["cccd"] = hoa.CitizenId! });

        Assert.Equal("postponed", hit.GetProperty("standing").GetString());
        Assert.Equal("Tạm hoãn", hit.GetProperty("standingName").GetString());
        Assert.Equal("Đang xác minh đơn khiếu nại.", hit.GetProperty("postponeReason").GetString());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("decisionId").ValueKind);
        Assert.Equal(id, hit.GetProperty("nominationId").GetInt32());
        Assert.Equal("Phường Sầm Sơn", hit.GetProperty("unitName").GetString());
        Assert.Equal("awarded", colleague.GetProperty("standing").GetString());
        Assert.Contains("Tạm hoãn", page);
        Assert.Contains("Đang xác minh đơn khiếu nại.", page);
        Assert.Contains($"/ho-so/{id}", page);
        Assert.DoesNotContain("Còn hiệu lực", page);
        Assert.Empty(await LookUpAsync("thidua.hacthanh", new { citizenId = hoa.CitizenId }));
    }

    [Fact]
    public async Task A_citizen_id_is_searched_only_by_those_who_see_citizen_ids_and_never_in_an_address()
    {
        var (id, citizenId) = await DecidedAsync();

        Assert.Equal([id], (await LookUpAsync("congan.dongtien", new { citizenId })).Select(h => h.GetProperty("decisionId").GetInt32()));
        foreach (var reader in new[] { "hoidong.thanhhoa", "giamdoc.thanhhoa" }) // they read the decision, not citizen IDs
        {
            Assert.NotEmpty(await LookUpAsync(reader, new { name = "nguyen van hung" }));
            var refused = await PostLookUpAsync(reader, new { citizenId });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("không tra cứu được theo số căn cước", await refused.Content.ReadAsStringAsync());
        }
        Assert.Empty(await LookUpAsync("thidua.ccb-dongtien", new { citizenId }));
        var url = await (await app.ClientForAsync("admin")).GetAsync($"/api/awards/lookup?citizenId={citizenId}");
        Assert.True(url.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"GET: {(int)url.StatusCode}");
    }

    [Fact]
    public async Task The_page_posts_the_search_and_lists_the_awards_found()
    {
        var (_, citizenId) = await DecidedAsync();
        var client = await Tests.Documents.DocumentFiles.CookieClientAsync(app, "giamdoc.thanhhoa");

        var form = await client.GetStringAsync("/tra-cuu");
        Assert.Contains("<form method=\"post\"", form);
        Assert.DoesNotContain("name=\"cccd\"", form); // the director does not see citizen IDs
        var page = await PostPageAsync(client, new() { ["ten"] = "nguyen van hung" });

        Assert.Contains("Nguyễn Văn Hùng", page);
        Assert.Contains("Giấy khen của Giám đốc Công an tỉnh", page);
        Assert.Contains("Còn hiệu lực", page);
        Assert.Contains("Hãy nhập ít nhất 2 ký tự của tên.", await PostPageAsync(client, new() { ["ten"] = "a" }));
        Assert.Contains("không tra cứu được theo số căn cước", await PostPageAsync(client, new() { ["cccd"] = citizenId }));

        var pv05 = await Tests.Documents.DocumentFiles.CookieClientAsync(app, "pv05.thanhhoa");
        Assert.Contains("name=\"cccd\"", await pv05.GetStringAsync("/tra-cuu"));
        Assert.Contains("Nguyễn Văn Hùng", await PostPageAsync(pv05, new() { ["cccd"] = citizenId }));
        Assert.DoesNotContain("Nguyễn Văn Hùng", await pv05.GetStringAsync($"/tra-cuu?cccd={citizenId}"));
    }

    private static async Task<string> PostPageAsync(HttpClient client, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await Tests.Documents.DocumentFiles.AntiforgeryTokenAsync(client, "/tra-cuu");
        var response = await client.PostAsync("/tra-cuu", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
