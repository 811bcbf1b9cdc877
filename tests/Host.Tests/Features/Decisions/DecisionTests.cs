using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Decisions;

public class DecisionTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private async Task<int> DecidedAsync(string unitCode = "TH-DONGTIEN")
    {
        var round = await TestRounds.NewAsync(app, GiayKhen);
        var id = await SubmitAsync(app, GiayKhen, unitCode, roundId: round);
        await ThroughRoundReviewAsync(app, id, unitCode.StartsWith("TH-HACTHANH", StringComparison.Ordinal) ? "congan.hacthanh" : "congan.dongtien");
        return await TestRounds.DecideAsync(app, round);
    }

    private async Task<HttpResponseMessage> GetAsync(string userName, string path) =>
        await (await app.ClientForAsync(userName)).GetAsync(path);

    [Fact]
    public async Task The_list_shows_the_decisions_of_dossiers_the_caller_may_see()
    {
        var own = await DecidedAsync();
        var other = await DecidedAsync("TH-HACTHANH");

        var clerk = await (await app.ClientForAsync("thidua.dongtien")).GetFromJsonAsync<JsonElement>("/api/decisions");
        var director = await (await app.ClientForAsync("giamdoc.thanhhoa")).GetFromJsonAsync<JsonElement>("/api/decisions");
        var admin = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/decisions");

        int[] Ids(JsonElement list) => [.. list.EnumerateArray().Select(d => d.GetProperty("id").GetInt32())];
        Assert.Contains(own, Ids(clerk));
        Assert.DoesNotContain(other, Ids(clerk));
        Assert.Contains(own, Ids(director));
        Assert.Contains(other, Ids(director));
        Assert.Contains(other, Ids(admin));
        var item = clerk.EnumerateArray().Single(d => d.GetProperty("id").GetInt32() == own);
        Assert.Matches(@"^\d+/QĐ-CAT$", item.GetProperty("number").GetString());
        Assert.Equal("2026-11-02", item.GetProperty("issuedOn").GetString());
        Assert.Equal("Giấy khen của Giám đốc Công an tỉnh", item.GetProperty("awardType").GetString());
        Assert.Equal("Giám đốc Công an tỉnh Thanh Hóa", item.GetProperty("decider").GetString());
        Assert.Equal("Xã Đông Tiến", item.GetProperty("unitName").GetString());
        Assert.Equal(3, item.GetProperty("awardeeCount").GetInt32());
        Assert.False(item.GetProperty("revoked").GetBoolean());
    }

    [Fact]
    public async Task The_list_is_paged_newest_first()
    {
        await DecidedAsync();
        await DecidedAsync();

        var response = await GetAsync("admin", "/api/decisions?page=1&pageSize=1");
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        var next = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/decisions?page=2&pageSize=1");
        var bad = await GetAsync("admin", "/api/decisions?pageSize=0");

        Assert.Single(page.EnumerateArray());
        Assert.True(int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.True(page[0].GetProperty("id").GetInt32() > next[0].GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_decision_lists_collectives_first_and_shows_citizen_ids_only_to_those_who_check_them()
    {
        var id = await DecidedAsync();

        var pv05 = await (await app.ClientForAsync("pv05.thanhhoa")).GetFromJsonAsync<JsonElement>($"/api/decisions/{id}");
        var council = await (await app.ClientForAsync("hoidong.thanhhoa")).GetFromJsonAsync<JsonElement>($"/api/decisions/{id}");

        var awardees = pv05.GetProperty("awardees").EnumerateArray().ToList();
        Assert.Equal(["collective", "individual", "individual"], awardees.Select(a => a.GetProperty("kind").GetString()));
        Assert.Equal("Tổ an ninh trật tự cơ sở thôn 3", awardees[0].GetProperty("name").GetString());
        Assert.Matches(@"^\d{12}$", awardees[1].GetProperty("citizenId").GetString());
        var masked = council.GetProperty("awardees")[1].GetProperty("citizenId").GetString()!;
        Assert.StartsWith("•••••••••", masked);
        Assert.EndsWith(awardees[1].GetProperty("citizenId").GetString()![^3..], masked);
        Assert.Equal("Xã Đông Tiến", awardees[0].GetProperty("unitName").GetString());
    }

    [Fact]
    public async Task A_decision_of_another_commune_is_not_found()
    {
        var id = await DecidedAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("thidua.hacthanh", $"/api/decisions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("congan.hacthanh", $"/api/decisions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("admin", "/api/decisions/999999")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_revokes_a_decision_with_a_reason_kept_in_the_audit_trail()
    {
        var id = await DecidedAsync();
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsJsonAsync($"/api/decisions/{id}/revoke", new { reason = "Hồ sơ khai không đúng sự thật." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/decisions/{id}");
        Assert.True(detail.GetProperty("revoked").GetBoolean());
        Assert.Equal("Hồ sơ khai không đúng sự thật.", detail.GetProperty("revocationReason").GetString());
        Assert.Equal("admin", detail.GetProperty("revokedBy").GetString());
        var audit = await app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "RevokeDecision.Command" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("admin", entry.UserName);
        Assert.Equal("Decisions", entry.EntityType);
        Assert.Contains("Hồ sơ khai không đúng sự thật.", entry.Details);

        var again = await admin.PostAsJsonAsync($"/api/decisions/{id}/revoke", new { reason = "Lần nữa." });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Revoking_needs_a_reason_and_an_administrator()
    {
        var id = await DecidedAsync();

        var noReason = await (await app.ClientForAsync("admin")).PostAsJsonAsync($"/api/decisions/{id}/revoke", new { reason = " " });
        var director = await (await app.ClientForAsync("giamdoc.thanhhoa")).PostAsJsonAsync($"/api/decisions/{id}/revoke", new { reason = "Sai." });
        var clerk = await (await app.ClientForAsync("thidua.dongtien")).PostAsJsonAsync($"/api/decisions/{id}/revoke", new { reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Cần ghi lý do thu hồi quyết định", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, director.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Null((await DecisionOfAsync(app, (await DecisionByIdAsync(id)).Awardees[0].NominationId))!.RevokedAt);
    }

    private Task<Domain.Decision> DecisionByIdAsync(int id) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Decisions.AsNoTracking().Include(d => d.Awardees).SingleAsync(d => d.Id == id));
}
