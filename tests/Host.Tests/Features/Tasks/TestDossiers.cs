using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Host.Tests.Features.Tasks;

/// <summary>
/// Submitted dossiers made straight through the domain and the workflow runner (the nominations API is another
/// slice), and a driver that walks their steps through the tasks API.
/// </summary>
public static class TestDossiers
{
    public const string GiayKhen = "GK-GDCAT";
    public const string BangKhen = "BK-CTUBND";
    public const string KyNiemChuong = "KNC-BVANTQ";

    private static int _citizenIds;

    /// <summary>A submitted dossier of <paramref name="unitCode"/>: one collective (unless the award refuses them or
    /// <paramref name="withCollective"/> is false) and two individuals.</summary>
    public static Task<int> SubmitAsync(AwardsApp app, string awardTypeCode = GiayKhen, string unitCode = "TH-DONGTIEN", bool withCollective = true,
        int? roundId = null) =>
        SubmitAsync(app, awardTypeCode, unitCode, roundId, (unit, awardType) =>
        [
            .. awardType.AllowsCollectives && withCollective
                ? [Nominee.Collective("Tổ an ninh trật tự cơ sở thôn 3", unit.Name, 12, 0.25m,
                    "Phát hiện, tố giác 3 vụ trộm cắp tài sản, vận động 2 đối tượng truy nã ra đầu thú.")]
                : Array.Empty<Nominee>(),
            Nominee.Individual("Nguyễn Văn Hùng", new DateOnly(1970, 5, 12), Sex.Male, "Tổ trưởng tổ ANTT", unit.Name,
                NextCitizenId(), "Tham gia bắt giữ đối tượng cướp giật tài sản ngày 12/3/2026."),
            Nominee.Individual("Lê Thị Hoa", new DateOnly(1985, 9, 2), Sex.Female, "Chi hội trưởng phụ nữ", unit.Name,
                NextCitizenId(), "Vận động 40 hộ gia đình ký cam kết không vi phạm pháp luật."),
        ]);

    /// <summary>A submitted dossier of <paramref name="unitCode"/> with the nominees given (its unit's tờ trình 15/TTr-CAX of today).</summary>
    public static Task<int> SubmitAsync(AwardsApp app, string awardTypeCode, string unitCode, int? roundId, Func<Unit, AwardType, Nominee[]> nominees) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var runner = services.GetRequiredService<WorkflowRunner>();
            var now = app.Clock.GetUtcNow();
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var awardType = await db.AwardTypes.SingleAsync(a => a.Code == awardTypeCode);
            var round = roundId is int id ? await db.Rounds.Include(r => r.AwardTypes).SingleAsync(r => r.Id == id) : null;
            var nomination = new Nomination(unit, awardType, round, "15/TTr-CAX", DateOnly.FromDateTime(now.Date), "thidua.dongtien", now);
            foreach (var nominee in nominees(unit, awardType)) nomination.AddNominee(nominee);
            db.Add(nomination);
            await db.SaveChangesAsync();
            await RequiredFiles.AttachAsync(services, nomination, "thidua.dongtien");
            nomination.Submit(now);
            await runner.StartAsync(nomination, "thidua.dongtien", CancellationToken.None);
            await db.SaveChangesAsync();
            return nomination.Id;
        });

    /// <summary>A submitted dossier in the award's open round of the demo: the standard procedure.</summary>
    public static async Task<int> SubmitInRoundAsync(AwardsApp app, string awardTypeCode = GiayKhen, string unitCode = "TH-DONGTIEN") =>
        await SubmitAsync(app, awardTypeCode, unitCode, roundId: await TestRounds.OpenRoundIdAsync(app, awardTypeCode));

    public static string NextCitizenId() => $"038{Interlocked.Increment(ref _citizenIds) + Random.Shared.Next(0, 1_000_000) * 100:D9}";

    /// <summary>Every open task of the client's account, read page after page of <c>GET /api/tasks</c> (following Link rel=next).</summary>
    public static async Task<List<JsonElement>> InboxAsync(HttpClient client)
    {
        var tasks = new List<JsonElement>();
        for (string? next = "/api/tasks?pageSize=200"; next is not null;)
        {
            using var response = await client.GetAsync(next);
            response.EnsureSuccessStatusCode();
            tasks.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
            next = response.Headers.TryGetValues("Link", out var links)
                ? links.Select(l => System.Text.RegularExpressions.Regex.Match(l, "<([^>]+)>; rel=\"next\"")).FirstOrDefault(m => m.Success)?.Groups[1].Value
                : null;
        }
        return tasks;
    }

    /// <summary>The caller's open task on that step of that dossier, as <c>GET /api/tasks</c> lists it.</summary>
    public static async Task<JsonElement?> FindTaskAsync(AwardsApp app, string userName, int nominationId, string stepId)
    {
        var client = await app.ClientForAsync(userName);
        foreach (var task in await InboxAsync(client))
            if (task.GetProperty("nominationId").GetInt32() == nominationId && task.GetProperty("stepId").GetString() == stepId)
                return task;
        return null;
    }

    public static async Task<Guid> TaskIdAsync(AwardsApp app, string userName, int nominationId, string stepId) =>
        (await FindTaskAsync(app, userName, nominationId, stepId))?.GetProperty("id").GetGuid()
        ?? throw new InvalidOperationException($"{userName} has no open task {stepId} on dossier {nominationId}.");

    public static async Task<HttpResponseMessage> PostCompleteAsync(AwardsApp app, string userName, Guid taskId, string outcome,
        string? comment = null, object[]? nominees = null)
    {
        var client = await app.ClientForAsync(userName);
        return await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome, comment, nominees });
    }

    /// <summary>Completes the caller's task on that step and expects success; returns the response body.</summary>
    public static async Task<JsonElement> CompleteAsync(AwardsApp app, string userName, int nominationId, string stepId, string outcome = "approve",
        string? comment = null, object[]? nominees = null)
    {
        var taskId = await TaskIdAsync(app, userName, nominationId, stepId);
        var response = await PostCompleteAsync(app, userName, taskId, outcome, comment, nominees);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{userName} {outcome} {stepId}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static string[] OpenStepIds(JsonElement result) =>
        [.. result.GetProperty("openSteps").EnumerateArray().Select(s => s.GetProperty("stepId").GetString()!).Order()];

    public static Task<Nomination> NominationAsync(AwardsApp app, int id) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Nominations.AsNoTracking()
            .Include(n => n.Nominees).SingleAsync(n => n.Id == id));

    public static Task<Decision?> DecisionOfAsync(AwardsApp app, int nominationId) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Decisions.AsNoTracking()
            .Include(d => d.Awardees).SingleOrDefaultAsync(d => d.Awardees.Any(a => a.NominationId == nominationId)));

    public static Task<IReadOnlyList<JournalEntry>> JournalAsync(AwardsApp app, int nominationId) =>
        app.WithScopeAsync<IReadOnlyList<JournalEntry>>(async services =>
        {
            var instances = await services.GetRequiredService<AwardsDbContext>().WorkflowInstances.AsNoTracking()
                .Where(i => i.NominationId == nominationId).ToListAsync();
            return [.. instances.SelectMany(i => InstanceStateJson.Deserialize(i.StateJson).Journal)];
        });

    public static Task<WorkflowInstance> InstanceAsync(AwardsApp app, int nominationId) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().WorkflowInstances.AsNoTracking()
            .SingleAsync(i => i.NominationId == nominationId));

    /// <summary>An ad-hoc Giấy khen (simplified procedure): commune → PV05, up to the director's signature of its own decision.</summary>
    public static async Task ToDirectorSignAsync(AwardsApp app, int id)
    {
        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified");
    }

    /// <summary>A round's Giấy khen (standard procedure): commune → PV05 → council ∥ public disclosure, after which its
    /// nominees wait for the round's decision.</summary>
    public static async Task ThroughRoundReviewAsync(AwardsApp app, int id, string communePolice = "congan.dongtien")
    {
        await CompleteAsync(app, communePolice, id, "Task_CommuneReview");
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05Review");
        await CompleteAsync(app, "hoidong.thanhhoa", id, "Task_CouncilVote");
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PublicDisclosure");
    }
}
