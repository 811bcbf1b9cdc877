using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public class MedalDecisionTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_medal_holder_is_refused_naming_the_earlier_decision_only_to_those_who_may_read_it()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var citizenId = NewCitizenId();
        var id = await CreateAndSubmitAsync(clerk, Medal, Individual("Lò Văn Pháo", citizenId));
        // Sent outside any round: the simplified procedure, ending with the minister's own decision.
        foreach (var role in new[] { "commune-police", "pv05-reviewer", "v05-reviewer", "minister-office" })
            await CompleteStepAsync(app, id, role, "approve");

        var approved = await GetAsync(clerk, id);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        var decisionNumber = approved.GetProperty("decisionNumber").GetString()!;
        Assert.Equal("01/QĐ-BCA", decisionNumber);

        var again = await clerk.PostAsJsonAsync("/api/nominations", Body(Medal, Individual("Lò Văn Pháo", citizenId)));
        var own = (await ProblemAsync(again, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString();
        Assert.Contains("'Lò Văn Pháo'", own);
        Assert.Contains($"Quyết định số {decisionNumber}", own);

        var elsewhere = await (await app.ClientForAsync("thidua.hoanghoa")).PostAsJsonAsync("/api/nominations",
            Body(Medal, Individual("Lò Văn Pháo", citizenId)));
        var detail = (await ProblemAsync(elsewhere, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!;
        Assert.Contains("'Lò Văn Pháo' đã được tặng", detail);
        Assert.DoesNotContain(decisionNumber, detail);
        Assert.DoesNotContain("Quyết định số", detail);
        Assert.Contains(await RefusalsAsync("thidua.hoanghoa"), a => a.Details!.Contains("Lò Văn Pháo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_person_proposed_by_another_unit_is_refused_without_its_dossier_number_or_unit_and_the_refusal_is_audited()
    {
        var citizenId = NewCitizenId();
        var first = await (await app.ClientForAsync("thidua.dongtien")).PostAsJsonAsync("/api/nominations", Body(Medal, Individual("Hà Văn Sơn", citizenId)));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var second = await (await app.ClientForAsync("thidua.hacthanh")).PostAsJsonAsync("/api/nominations", Body(Medal, Individual("Hà Văn Sơn", citizenId)));

        var detail = (await ProblemAsync(second, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!;
        Assert.Contains("'Hà Văn Sơn' đã có trong một hồ sơ khác", detail);
        Assert.Contains("mỗi người chỉ được đề nghị một lần", detail);
        Assert.DoesNotContain("Xã Đông Tiến", detail);
        Assert.DoesNotContain("hồ sơ số", detail);
        var refusal = Assert.Single(await RefusalsAsync("thidua.hacthanh"), a => a.Details!.Contains("Hà Văn Sơn", StringComparison.Ordinal));
        Assert.Equal("CreateNomination.Command.Refused", refusal.Action);
        Assert.DoesNotContain(citizenId, refusal.Details);
    }

    private Task<List<AuditEntry>> RefusalsAsync(string userName) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.UserName == userName && a.Action.EndsWith(".Refused")).ToListAsync());
}
