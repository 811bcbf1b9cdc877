using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests;

/// <summary>The demo's rounds as tests need them (the open one of an award type: the demo has one per award), and fresh
/// rounds of their own decided as an office decides them: closed, consolidated by PV05, signed by the issuer's decider.</summary>
public static class TestRounds
{
    public static Task<int> OpenRoundIdAsync(AwardsApp app, string awardTypeCode) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Rounds
            .Where(r => r.State == RoundState.Open && r.AwardTypes.Any(a => a.Code == awardTypeCode))
            .OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());

    /// <summary>A new round of the award's issuer, taking dossiers from today for a week: a test's own, so that no other
    /// test's waiting nominees join its decision.</summary>
    public static Task<int> NewAsync(AwardsApp app, string awardTypeCode) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var awardType = await db.AwardTypes.SingleAsync(a => a.Code == awardTypeCode);
            var issuer = await db.Issuers.Include(i => i.Unit).OrderBy(i => i.Id).FirstAsync(i => i.Kind == awardType.IssuerKind);
            var today = VietnamTime.Today(app.Clock);
            var round = new Round($"Đợt thử {Guid.NewGuid():N}"[..16], issuer, [awardType], today, today.AddDays(7));
            db.Rounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    /// <summary>The round closed, its waiting nominees consolidated by PV05 of Thanh Hóa into one draft (through the
    /// API) and signed by the issuer's decider; returns the signed decision's id.</summary>
    public static async Task<int> DecideAsync(AwardsApp app, int roundId)
    {
        var signer = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var round = await db.Rounds.Include(r => r.Issuer).ThenInclude(i => i!.Unit).SingleAsync(r => r.Id == roundId);
            if (round.State == RoundState.Open) round.Close();
            await db.SaveChangesAsync();
            return DemoData.Accounts.First(a => a.Role == round.Issuer!.SignerRole && a.Unit == round.Issuer.Unit!.Code).UserName;
        });
        var consolidated = await ReadAsync(await (await app.ClientForAsync("pv05.thanhhoa")).PostAsync($"/api/rounds/{roundId}/consolidate", null));
        var decisionId = consolidated.GetProperty("drafts")[0].GetProperty("decisionId").GetInt32();
        await ReadAsync(await (await app.ClientForAsync(signer)).PostAsJsonAsync($"/api/decisions/{decisionId}/sign", new { }));
        return decisionId;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

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
