using System.Net;
using System.Net.Http.Json;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public class MedalDecisionTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_medal_holder_is_refused_with_the_number_of_the_earlier_decision()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var citizenId = NewCitizenId();
        var id = await CreateAndSubmitAsync(clerk, Medal, Individual("Lò Văn Pháo", citizenId));
        // Sent outside any round: the simplified procedure, ending with the minister's own decision.
        foreach (var role in new[] { "commune-police", "pv05-reviewer", "v05-reviewer", "minister-office" })
            await CompleteStepAsync(app, id, role, "approve");

        var approved = await GetAsync(clerk, id);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        var decisionNumber = approved.GetProperty("decisionNumber").GetString();
        Assert.Equal("01/QĐ-BCA", decisionNumber);

        var again = await (await app.ClientForAsync("thidua.hoanghoa")).PostAsJsonAsync("/api/nominations",
            Body(Medal, Individual("Lò Văn Pháo", citizenId)));
        var detail = (await ProblemAsync(again, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString();
        Assert.Contains("'Lò Văn Pháo'", detail);
        Assert.Contains($"Quyết định số {decisionNumber}", detail);
    }
}
