using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Demo;

/// <summary>An installation that once ran in demo mode, now with it turned off: the demo accounts are still in the database.</summary>
public sealed class DemoTurnedOffApp : AwardsApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Demo:Enabled", "false");
}

public class DemoModeTests(DemoTurnedOffApp app) : IClassFixture<DemoTurnedOffApp>
{
    [Fact]
    public async Task Demo_accounts_cannot_log_in_once_demo_mode_is_off_and_real_accounts_can()
    {
        await app.WithScopeAsync(async s =>
        {
            await DemoData.SeedAsync(s);
            var users = s.GetRequiredService<UserManager<AppUser>>();
            var db = s.GetRequiredService<AwardsDbContext>();
            var real = new AppUser { UserName = "pv05.that", FullName = "Trần Văn Thật", UnitId = (await db.Units.SingleAsync(u => u.Code == "TH")).Id };
            Assert.True((await users.CreateAsync(real, "That@2026x")).Succeeded);
            return 0;
        });
        var client = app.CreateClient();

        var demo = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = DemoData.Password });
        var real = await client.PostAsJsonAsync("/api/auth/login", new { userName = "pv05.that", password = "That@2026x" });
        var page = await Features.Auth.LoginPage.PostAsync(client, "admin", DemoData.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await page.Content.ReadAsStringAsync());
        var audited = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries
            .Where(a => a.UserName == "admin" && a.Action == "LoginFailed").Select(a => a.Details).ToListAsync());
        Assert.Contains("api, demo account", audited);
    }
}

/// <summary>Demo mode asked for in the Production environment.</summary>
public sealed class DemoInProductionApp : AwardsApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseEnvironment("Production");
}

public class DemoInProductionTests
{
    [Fact]
    public void Demo_mode_is_refused_at_start_in_production_saying_what_to_change()
    {
        using var app = new DemoInProductionApp();

        var refusal = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("Demo mode (Demo:Enabled=true) is refused in the Production environment", refusal.Message);
        Assert.Contains("Demo__Enabled=false", refusal.Message);
    }
}
