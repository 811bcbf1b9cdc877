using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Rounds;

/// <summary>The office's rounds list and its inbox count the same waiting nominees: kept, not postponed, in no decision yet.</summary>
public class WaitingCountTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task The_rounds_list_and_pv05s_inbox_agree_on_who_waits_and_leave_the_postponed_out()
    {
        app.Clock.Set(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        var round = await TestRounds.CreateRoundAsync(app, "Đợt đếm người chờ quyết định", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 6));
        var dongTien = await SubmitAsync(app, GiayKhen, "TH-DONGTIEN", roundId: round);
        var hacThanh = await SubmitAsync(app, GiayKhen, "TH-HACTHANH", roundId: round);
        var hoa = (await NominationAsync(app, hacThanh)).Nominees.Single(n => n.Name == "Lê Thị Hoa").Id;
        await TestRounds.ApproveAllAsync(app, dongTien);
        await TestRounds.ApproveAllAsync(app, hacThanh, [new { nomineeId = hoa, keep = true, reason = "Đang xác minh đơn khiếu nại.", @do = "postpone" }]);

        var whileOpen = await OfficeWorkAsync(round);
        Assert.Equal(5, await WaitingInListAsync(round));
        Assert.Null(whileOpen); // the round still takes dossiers: nothing to consolidate yet

        app.Clock.Set(new DateTimeOffset(2026, 11, 9, 2, 0, 0, TimeSpan.Zero));
        var afterClose = await OfficeWorkAsync(round);
        Assert.Equal("5 tập thể, cá nhân chờ quyết định", afterClose?.GetProperty("detail").GetString());
        Assert.Equal(5, await WaitingInListAsync(round));

        var pv05 = await app.ClientForAsync("pv05.thanhhoa");
        (await pv05.PostAsync($"/api/rounds/{round}/consolidate", null)).EnsureSuccessStatusCode();
        Assert.Equal(0, await WaitingInListAsync(round));
        Assert.Null(await OfficeWorkAsync(round));
    }

    private async Task<int> WaitingInListAsync(int round)
    {
        var rounds = await (await app.ClientForAsync("pv05.thanhhoa")).GetFromJsonAsync<JsonElement>("/api/rounds");
        return rounds.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == round).GetProperty("waiting").GetInt32();
    }

    private async Task<JsonElement?> OfficeWorkAsync(int round)
    {
        var work = await (await app.ClientForAsync("pv05.thanhhoa")).GetFromJsonAsync<JsonElement>("/api/tasks/office");
        return work.EnumerateArray().Where(w => w.GetProperty("kind").GetString() == "consolidate" && w.GetProperty("id").GetInt32() == round)
            .Select(w => (JsonElement?)w).FirstOrDefault();
    }
}
