using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Rounds;

/// <summary>A round as an office runs it, through the API: many units' dossiers, reviews, one consolidated and signed decision.</summary>
public class RoundTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Dossiers_of_several_units_wait_and_are_decided_together_in_one_signed_decision()
    {
        app.Clock.Set(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        var round = await CreateRoundAsync("Đợt thử nghiệm tháng 11", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 6));
        var units = new[] { "TH-DONGTIEN", "TH-HACTHANH", "TH-SAMSON" };
        var dossiers = new List<int>();
        foreach (var unit in units) dossiers.Add(await SubmitAsync(app, GiayKhen, unit, roundId: round));

        // PV05 postpones one nominee of the first dossier while a complaint is verified.
        var first = await NominationAsync(app, dossiers[0]);
        var postponed = first.Nominees.Single(n => n.Name == "Lê Thị Hoa");
        foreach (var id in dossiers)
            await ApproveAllAsync(id, id == dossiers[0]
                ? [new { nomineeId = postponed.Id, keep = true, reason = "Đang xác minh đơn khiếu nại.", @do = "postpone" }]
                : null);

        foreach (var id in dossiers)
        {
            var dossier = await NominationAsync(app, id);
            Assert.Equal(NominationStatus.AwaitingDecision, dossier.Status);
            Assert.Null(await DecisionOfAsync(app, id));
        }
        var pv05 = await app.ClientForAsync("pv05.thanhhoa");
        var early = await pv05.PostAsync($"/api/rounds/{round}/consolidate", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("còn nhận hồ sơ", await early.Content.ReadAsStringAsync());

        app.Clock.Set(new DateTimeOffset(2026, 11, 9, 2, 0, 0, TimeSpan.Zero));
        var clerkTooLate = await (await app.ClientForAsync("thidua.hoanghoa")).PostAsJsonAsync("/api/nominations",
            new { awardTypeCode = GiayKhen, roundId = round, nominees = new[] { new { kind = "individual", name = "Cao Văn Nam", achievements = "Tố giác tội phạm." } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, clerkTooLate.StatusCode);
        Assert.Contains("đã hết hạn nhận hồ sơ ngày 06/11/2026", await clerkTooLate.Content.ReadAsStringAsync());

        pv05 = await app.ClientForAsync("pv05.thanhhoa");
        var consolidated = await Read(await pv05.PostAsync($"/api/rounds/{round}/consolidate", null));
        var decisionId = consolidated.GetProperty("drafts")[0].GetProperty("decisionId").GetInt32();
        var draft = await pv05.GetFromJsonAsync<JsonElement>($"/api/decisions/{decisionId}");
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal("", draft.GetProperty("number").GetString());
        var awardees = draft.GetProperty("awardees").EnumerateArray().ToList();
        Assert.Equal(8, awardees.Count);
        Assert.DoesNotContain(awardees, a => a.GetProperty("nomineeId").GetInt32() == postponed.Id);
        Assert.Equal(["collective", "collective", "collective"], awardees.Take(3).Select(a => a.GetProperty("kind").GetString()));
        Assert.Equal(["Xã Đông Tiến", "Phường Hạc Thành", "Phường Sầm Sơn"], awardees.Take(3).Select(a => a.GetProperty("unitName").GetString()));

        // The office leaves one individual of Sầm Sơn for a later decision, with a reason.
        var later = awardees.Last();
        await Read(await pv05.PostAsJsonAsync($"/api/decisions/{decisionId}/leave-out", new { nomineeId = later.GetProperty("nomineeId").GetInt32(), reason = "Chờ bổ sung xác nhận." }));

        var clerk = await (await app.ClientForAsync("thidua.dongtien")).PostAsJsonAsync($"/api/decisions/{decisionId}/sign", new { });
        Assert.Equal(HttpStatusCode.NotFound, clerk.StatusCode);
        var lastBefore = await LastNumberAsync("CAT-TH", 2026);
        var director = await app.ClientForAsync("giamdoc.thanhhoa");
        var signed = await Read(await director.PostAsJsonAsync($"/api/decisions/{decisionId}/sign", new { deputy = "Đại tá Lê Quang Minh" }));
        var again = await director.PostAsJsonAsync($"/api/decisions/{decisionId}/sign", new { });

        Assert.Equal($"{lastBefore + 1:00}/QĐ-CAT", signed.GetProperty("number").GetString());
        Assert.True(signed.GetProperty("signedOnBehalf").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var decision = await director.GetFromJsonAsync<JsonElement>($"/api/decisions/{decisionId}");
        Assert.Equal(7, decision.GetProperty("awardees").GetArrayLength());
        Assert.Equal("Đại tá Lê Quang Minh", decision.GetProperty("signer").GetProperty("name").GetString());
        Assert.Equal(NominationStatus.Approved, (await NominationAsync(app, dossiers[0])).Status);
        Assert.Equal(NominationStatus.Approved, (await NominationAsync(app, dossiers[1])).Status);
        Assert.Equal(NominationStatus.AwaitingDecision, (await NominationAsync(app, dossiers[2])).Status);
        var history = (await pv05.GetFromJsonAsync<JsonElement>($"/api/nominations/{dossiers[1]}")).GetProperty("history").EnumerateArray()
            .Select(h => h.GetProperty("kind").GetString()).ToList();
        Assert.Contains("consolidated", history);
        Assert.Contains("decisionSigned", history);
        var standing = (await pv05.GetFromJsonAsync<JsonElement>($"/api/nominations/{dossiers[0]}")).GetProperty("nominees").EnumerateArray()
            .Single(n => n.GetProperty("id").GetInt32() == postponed.Id);
        Assert.Equal("Tạm hoãn", standing.GetProperty("standingName").GetString());
    }

    [Fact]
    public async Task Two_issuers_number_their_decisions_each_in_their_own_register_without_gaps_even_at_once()
    {
        var (ministry, police) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            return (await db.Issuers.SingleAsync(i => i.Code == "BCA"), await db.Issuers.SingleAsync(i => i.Code == "CAT-TH"));
        });
        var drafts = new List<(int Decision, int Issuer)>();
        foreach (var issuer in new[] { ministry, police, ministry, police, ministry, police })
            drafts.Add((await DraftAsync(issuer.Id), issuer.Id));
        var before = (await LastNumberAsync("BCA", 2026), await LastNumberAsync("CAT-TH", 2026));

        await Task.WhenAll(drafts.Select(d => app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var decision = await db.Decisions.Include(x => x.Issuer).Include(x => x.Awardees).SingleAsync(x => x.Id == d.Decision);
            var nominations = await db.Nominations.Include(n => n.Nominees).Where(n => decision.Awardees.Select(a => a.NominationId).Contains(n.Id)).ToListAsync();
            await s.GetRequiredService<DecisionIssuer>().SignAsync(decision, null, null, decision.Issuer!.Signatory(null), "test", nominations, CancellationToken.None);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return 0;
        })));

        var numbers = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Decisions.AsNoTracking()
            .Where(d => drafts.Select(x => x.Decision).Contains(d.Id)).Select(d => new { d.IssuerId, d.Number }).ToListAsync());
        Assert.Equal([before.Item1 + 1, before.Item1 + 2, before.Item1 + 3], numbers.Where(n => n.IssuerId == ministry.Id).Select(n => n.Number!.Value).Order());
        Assert.Equal([before.Item2 + 1, before.Item2 + 2, before.Item2 + 3], numbers.Where(n => n.IssuerId == police.Id).Select(n => n.Number!.Value).Order());
    }

    [Fact]
    public async Task A_number_typed_from_a_paper_register_must_be_free_and_the_register_goes_on_after_it()
    {
        var police = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Issuers.SingleAsync(i => i.Code == "CAT-TH"));
        var director = await app.ClientForAsync("giamdoc.thanhhoa");
        var taken = await DraftAsync(police.Id);
        var typed = await DraftAsync(police.Id);
        var next = await DraftAsync(police.Id);
        var last = await LastNumberAsync("CAT-TH", 2026);

        var clash = await director.PostAsJsonAsync($"/api/decisions/{taken}/sign", new { paperNumber = 1, paperDate = "2026-11-02" });
        var paper = await Read(await director.PostAsJsonAsync($"/api/decisions/{typed}/sign", new { paperNumber = last + 10, paperDate = "2026-11-02" }));
        var after = await Read(await director.PostAsJsonAsync($"/api/decisions/{next}/sign", new { }));

        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Contains("đã được dùng", await clash.Content.ReadAsStringAsync());
        Assert.Equal($"{last + 10:00}/QĐ-CAT", paper.GetProperty("number").GetString());
        Assert.Equal($"{last + 11:00}/QĐ-CAT", after.GetProperty("number").GetString());
    }

    [Fact]
    public async Task A_closed_round_refuses_dossiers_until_an_administrator_reopens_it_with_a_reason()
    {
        app.Clock.Set(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
        var round = await CreateRoundAsync("Đợt đã đóng", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 10));
        var clerk = await app.ClientForAsync("thidua.samson");
        object Body() => new { awardTypeCode = GiayKhen, roundId = round, nominees = new[] { new { kind = "individual", name = "Phạm Văn Tâm", achievements = "Cứu người đuối nước." } } };

        var refused = await clerk.PostAsJsonAsync("/api/nominations", Body());
        var admin = await app.ClientForAsync("admin");
        var noReason = await admin.PostAsJsonAsync($"/api/admin/rounds/{round}/reopen", new { until = "2026-11-25" });
        await Read(await admin.PostAsJsonAsync($"/api/admin/rounds/{round}/reopen", new { until = "2026-11-25", reason = "Đơn vị gửi muộn do bão lũ." }));
        var accepted = await clerk.PostAsJsonAsync("/api/nominations", Body());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Nếu cần nộp muộn, hãy đề nghị quản trị viên mở lại đợt", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var audited = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries.AsNoTracking()
            .AnyAsync(a => a.EntityId == round.ToString() && a.Action.Contains("ReopenRound")));
        Assert.True(audited);
    }

    private Task<int> CreateRoundAsync(string name, DateOnly opens, DateOnly closes) => TestRounds.CreateAsync(app, name, opens, closes);

    private Task ApproveAllAsync(int nominationId, object[]? atPv05 = null) => TestRounds.ApproveAllAsync(app, nominationId, atPv05);

    /// <summary>A draft decision of the issuer for one fresh nominee, made straight through the domain.</summary>
    private Task<int> DraftAsync(int issuerId) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AwardsDbContext>();
        var issuer = await db.Issuers.SingleAsync(i => i.Id == issuerId);
        var unit = await db.Units.SingleAsync(u => u.Code == "TH-DONGTIEN");
        var office = await db.Units.SingleAsync(u => u.Code == "TH");
        var awardType = await db.AwardTypes.SingleAsync(a => a.IssuerKind == issuer.Kind);
        var nomination = new Nomination(unit, awardType, null, null, null, "thidua.dongtien", app.Clock.GetUtcNow());
        nomination.AddNominee(Nominee.Individual($"Người thử {Guid.NewGuid():N}"[..20], null, Sex.Male, null, null, NextCitizenId(), "Thành tích."));
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync();
        var decision = new Decision(issuer, awardType, null, office, nomination.Nominees.Select(n => (n, nomination)), "test", app.Clock.GetUtcNow());
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        return decision.Id;
    });

    private Task<int> LastNumberAsync(string issuerCode, int year) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AwardsDbContext>();
        var id = await db.Issuers.Where(i => i.Code == issuerCode).Select(i => i.Id).SingleAsync();
        return await db.DecisionCounters.Where(c => c.IssuerId == id && c.Year == year).Select(c => c.LastNumber).SingleOrDefaultAsync();
    });

    private static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
