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

    private async Task<JsonElement[]> LookUpAsync(string userName, string query) =>
        [.. (await (await app.ClientForAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/awards/lookup?{query}")).EnumerateArray()];

    [Fact]
    public async Task A_name_typed_without_diacritics_finds_every_award_of_the_person()
    {
        var (first, citizenId) = await DecidedAsync();
        var (second, _) = await DecidedAsync();

        var hits = await LookUpAsync("pv05.thanhhoa", "name=nguyen van hung");

        var ids = hits.Where(h => h.GetProperty("name").GetString() == "Nguyễn Văn Hùng").Select(h => h.GetProperty("decisionId").GetInt32()).ToList();
        Assert.Contains(first, ids);
        Assert.Contains(second, ids);
        var hit = hits.First(h => h.GetProperty("decisionId").GetInt32() == first);
        Assert.Equal("Giấy khen của Giám đốc Công an tỉnh", hit.GetProperty("awardType").GetString());
        Assert.Matches(@"^\d+/QĐ-CAT$", hit.GetProperty("decisionNumber").GetString());
        Assert.Equal("Xã Đông Tiến", hit.GetProperty("unitName").GetString());
        Assert.False(hit.GetProperty("revoked").GetBoolean());

        var byId = await LookUpAsync("admin", $"citizenId={citizenId}");
        Assert.Equal([first], byId.Select(h => h.GetProperty("decisionId").GetInt32()));
        var byBirth = await LookUpAsync("admin", "name=Nguyễn Văn Hùng&dateOfBirth=1970-05-12");
        Assert.Contains(byBirth, h => h.GetProperty("decisionId").GetInt32() == second);
        Assert.Empty(await LookUpAsync("admin", "name=nguyen van hung&dateOfBirth=1971-05-12"));
    }

    [Fact]
    public async Task A_revoked_award_is_marked_and_a_clerk_of_another_unit_finds_nothing()
    {
        var (id, citizenId) = await DecidedAsync();
        var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync($"/api/decisions/{id}/revoke", new { reason = "Khai không đúng sự thật." })).EnsureSuccessStatusCode();

        var hit = Assert.Single(await LookUpAsync("admin", $"citizenId={citizenId}"));
        Assert.True(hit.GetProperty("revoked").GetBoolean());
        Assert.Empty(await LookUpAsync("thidua.hacthanh", $"citizenId={citizenId}"));
        Assert.Single(await LookUpAsync("thidua.dongtien", $"citizenId={citizenId}"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/awards/lookup")).StatusCode);
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

        var hit = Assert.Single(await LookUpAsync("pv05.thanhhoa", $"citizenId={hoa.CitizenId}"));
        var colleague = Assert.Single(await LookUpAsync("pv05.thanhhoa",
            $"citizenId={(await NominationAsync(app, id)).Nominees.Single(n => n.Name == "Nguyễn Văn Hùng").CitizenId}"));
        var page = await (await Tests.Documents.DocumentFiles.CookieClientAsync(app, "pv05.thanhhoa")).GetStringAsync($"/tra-cuu?cccd={hoa.CitizenId}");

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
        Assert.Empty(await LookUpAsync("thidua.hacthanh", $"citizenId={hoa.CitizenId}"));
    }

    [Fact]
    public async Task The_page_lists_the_awards_found()
    {
        await DecidedAsync();
        var client = await Tests.Documents.DocumentFiles.CookieClientAsync(app, "giamdoc.thanhhoa");

        var page = await client.GetStringAsync("/tra-cuu?ten=nguyen+van+hung");

        Assert.Contains("Nguyễn Văn Hùng", page);
        Assert.Contains("Giấy khen của Giám đốc Công an tỉnh", page);
        Assert.Contains("Còn hiệu lực", page);
        Assert.Contains("Hãy nhập ít nhất 2 ký tự của tên.", await client.GetStringAsync("/tra-cuu?ten=a"));
    }
}
