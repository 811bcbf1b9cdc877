using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests;

/// <summary>Rounds as tests need them: the demo's open one of an award type, a new one, and its dossiers walked to the end of their path.</summary>
public static class TestRounds
{
    public static Task<int> OpenRoundIdAsync(AwardsApp app, string awardTypeCode) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Rounds
            .Where(r => r.State == RoundState.Open && r.AwardTypes.Any(a => a.Code == awardTypeCode))
            .OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());

    /// <summary>A round opened by the administrator through the API for the issuer (by code) of one award type.</summary>
    public static async Task<int> CreateRoundAsync(AwardsApp app, string name, DateOnly opens, DateOnly closes, string issuerCode = "CAT-TH",
        string awardTypeCode = GiayKhen)
    {
        var admin = await app.ClientForAsync("admin");
        var issuers = await admin.GetFromJsonAsync<JsonElement>("/api/admin/issuers");
        var issuer = issuers.EnumerateArray().First(i => i.GetProperty("code").GetString() == issuerCode).GetProperty("id").GetInt32();
        var created = await admin.PostAsJsonAsync("/api/admin/rounds",
            new { name, issuerId = issuer, awardTypes = new[] { awardTypeCode }, opensOn = opens, closesOn = closes });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, $"{(int)created.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
    }

    /// <summary>Every open step approved by the demo account holding its role in its unit, until the path ends;
    /// <paramref name="atPv05"/> are the nominee actions PV05 takes at its review.</summary>
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
