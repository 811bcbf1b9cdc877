using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Tests.Features.Disclosure;

/// <summary>The demo province on 02/12/2026, while the demo's "Sơ kết … năm 2026" round is disclosed (01/12–15/12/2026).</summary>
public class DisclosureApp : AwardsApp
{
    public const string SoKet = "Sơ kết phong trào toàn dân bảo vệ ANTQ năm 2026";

    /// <summary>09:00 in Vietnam on 02/12/2026.</summary>
    public static readonly DateTimeOffset DisclosureDay = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    public DisclosureApp() : this(permitLimit: 1000)
    {
    }

    protected DisclosureApp(int permitLimit)
    {
        Settings["PublicFeedback:PermitLimit"] = permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Clock.Set(DisclosureDay);
    }
}

/// <summary>Two comments per address and window: the third is refused.</summary>
public sealed class TightLimitApp() : DisclosureApp(permitLimit: 2);

/// <summary>Dossiers of a round, and the public calls the tests repeat.</summary>
internal static class RoundDossiers
{
    public static Task<int> RoundIdAsync(AwardsApp app, string name) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Rounds.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());

    /// <summary>A submitted dossier of <paramref name="unitCode"/> in the round: a collective and an individual with the given citizen ID.</summary>
    public static Task<Nomination> SubmitAsync(AwardsApp app, string roundName, string unitCode, string collective, string individual, string citizenId,
        string awardCode = "GK-GDCAT") =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            var runner = services.GetRequiredService<WorkflowRunner>();
            var now = app.Clock.GetUtcNow();
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var awardType = await db.AwardTypes.SingleAsync(a => a.Code == awardCode);
            var round = await db.Rounds.Include(r => r.AwardTypes).Include(r => r.Issuer).SingleAsync(r => r.Name == roundName);
            var nomination = new Nomination(unit, awardType, round, "30/TTr-UBND", VietnamTime.Today(app.Clock), "clerk", now);
            if (awardType.AllowsCollectives)
                nomination.AddNominee(Nominee.Collective(collective, "Hội Nông dân " + unit.Name, 18, 0.4m,
                    "Phát hiện, tố giác đối tượng Nguyễn Văn Bí mật trộm cắp tài sản của bà Trần Thị Nạn nhân."));
            nomination.AddNominee(Nominee.Individual(individual, new DateOnly(1971, 4, 23), Sex.Male, "Trưởng ban công tác Mặt trận", "Thôn 7, " + unit.Name,
                citizenId, "Vận động người nhà đối tượng truy nã Lê Văn Trốn ra đầu thú."));
            db.Add(nomination);
            await db.SaveChangesAsync();
            nomination.Submit(now);
            await runner.StartAsync(nomination, "clerk", CancellationToken.None);
            await db.SaveChangesAsync();
            return nomination;
        });

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, int roundId, object body) =>
        await client.PostAsJsonAsync($"/api/public/rounds/{roundId}/feedback", body);

    public static object Feedback(string content = "Tôi là người cùng thôn, xác nhận ông đã nhiều năm tham gia tuần tra.", int? nomineeId = null,
        string name = "Nguyễn Văn An", string contact = "0912 345 678") => new { name, contact, content, nomineeId };

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
