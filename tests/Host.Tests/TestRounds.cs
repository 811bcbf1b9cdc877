using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests;

/// <summary>The demo's rounds as tests need them: the open one of an award type (the demo has one per award).</summary>
public static class TestRounds
{
    public static Task<int> OpenRoundIdAsync(AwardsApp app, string awardTypeCode) =>
        app.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Rounds
            .Where(r => r.State == RoundState.Open && r.AwardTypes.Any(a => a.Code == awardTypeCode))
            .OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
}
