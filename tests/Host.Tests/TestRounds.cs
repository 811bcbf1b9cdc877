using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests;

/// <summary>Rounds as tests need them: the demo's open one of an award type (the demo has one per award), a new one made
/// through the administrators' API, and a round dossier walked to the end of its review path.</summary>
public static class TestRounds
{
    public static Task<int> OpenRoundIdAsync(AwardsApp app, string awardTypeCode) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Rounds
            .Where(r => r.State == RoundState.Open && r.AwardTypes.Any(a => a.Code == awardTypeCode))
            .OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());

    /// <summary>A round of the provincial police (Công an tỉnh Thanh Hóa) for the director's Giấy khen, made by the administrator.</summary>
    public static async Task<int> CreateAsync(AwardsApp app, string name, DateOnly opens, DateOnly closes)
    {
        var admin = await app.ClientForAsync("admin");
        var issuers = await admin.GetFromJsonAsync<JsonElement>("/api/admin/issuers");
        var police = issuers.EnumerateArray().First(i => i.GetProperty("code").GetString() == "CAT-TH").GetProperty("id").GetInt32();
        var response = await admin.PostAsJsonAsync("/api/admin/rounds",
            new { name, issuerId = police, awardTypes = new[] { GiayKhen }, opensOn = opens, closesOn = closes });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
    }

    /// <summary>Every open step approved by the demo account holding its role in its unit, until the path ends; at PV05's
    /// review with the nominee choices given.</summary>
    public static async Task ApproveAllAsync(AwardsApp app, int nominationId, object[]? atPv05 = null)
    {
        for (var guard = 0; guard < 20; guard++)
        {
            var open = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().WorkItems.AsNoTracking().Include(w => w.Unit)
                .Where(w => w.NominationId == nominationId && w.ClosedAt == null).OrderBy(w => w.OpenedAt).ThenBy(w => w.ElementId).FirstOrDefaultAsync());
            if (open is null) return;
            var actor = DemoData.Accounts.First(a => a.Role == open.Role && a.Unit == open.Unit!.Code).UserName;
            await CompleteAsync(app, actor, nominationId, open.ElementId, nominees: open.ElementId == "Task_PV05Review" ? atPv05 : null);
        }
        throw new InvalidOperationException($"Dossier {nominationId} did not reach the end of its path.");
    }
}
