using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Demo;

/// <summary>The demo shows the council's tie preference and a unit's former name.</summary>
public class DemoCouncilAndUnitNameTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task The_demo_council_has_a_woman_and_a_collective_of_women_tied_with_others()
    {
        await app.ClientForAsync("admin"); // seeds the demo
        var voted = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Nominees.AsNoTracking()
            .Where(n => n.CouncilVotes != null).ToListAsync());

        var woman = Assert.Single(voted, n => n.Name == "Lê Thị Hằng");
        Assert.Equal(Sex.Female, woman.Sex);
        Assert.Contains(voted, n => n != woman && n.CouncilVotes == woman.CouncilVotes && n.Sex == Sex.Male);
        var women = Assert.Single(voted, n => n.Name == "Chi hội Phụ nữ khu phố Trung Sơn");
        Assert.True(women.WomenShare >= 0.7m);
        Assert.Contains(voted, n => n != women && n.CouncilVotes == women.CouncilVotes && n.WomenShare < 0.7m);
    }

    [Fact]
    public async Task A_demo_unit_keeps_its_former_name_until_the_day_it_was_renamed()
    {
        await app.ClientForAsync("admin");
        var unit = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().Units.AsNoTracking().Include(u => u.FormerNames)
            .SingleAsync(u => u.Code == "TH-HACTHANH-PN"));

        Assert.Equal("Hội Liên hiệp Phụ nữ phường Hạc Thành", unit.Name);
        var former = Assert.Single(unit.FormerNames);
        Assert.Equal(("Hội Phụ nữ phường Hạc Thành", new DateOnly(2026, 9, 1)), (former.Name, former.Until));
        Assert.Equal("Hội Phụ nữ phường Hạc Thành", unit.NameOn(new DateOnly(2026, 8, 15)));
    }
}
