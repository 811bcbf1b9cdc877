using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Features.Auth;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Features.Auth;

/// <summary>Few attempts per account: the account's limit is what answers.</summary>
public sealed class FewAttemptsPerAccountApp : AwardsApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Login:AccountPermitLimit", "3");
}

public class AccountLimitTests(FewAttemptsPerAccountApp app) : IClassFixture<FewAttemptsPerAccountApp>
{
    [Fact]
    public async Task Too_many_attempts_on_one_account_are_answered_429_in_vietnamese_and_other_accounts_go_on()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { userName = "thidua.hoanghoa", password = "sai" })).StatusCode);

        var refused = await client.PostAsJsonAsync("/api/auth/login", new { userName = "THIDUA.HOANGHOA", password = DemoData.Password });
        var other = await client.PostAsJsonAsync("/api/auth/login", new { userName = "congan.hoanghoa", password = DemoData.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(LoginProtection.TooMany, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_login_page_says_so_in_its_form()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++) await LoginPage.PostAsync(client, "congan.samson", "sai");

        var refused = await LoginPage.PostAsync(client, "congan.samson", DemoData.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains(LoginProtection.TooMany, html);
        Assert.Contains("name=\"Input.UserName\"", html);
    }
}

/// <summary>Few attempts per client address: the rate limiter middleware answers, before the request is read.</summary>
public sealed class FewAttemptsPerAddressApp : AwardsApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Login:AddressPermitLimit", "4");
}

public class AddressLimitTests(FewAttemptsPerAddressApp app) : IClassFixture<FewAttemptsPerAddressApp>
{
    [Fact]
    public async Task Too_many_attempts_from_one_address_are_answered_429_on_the_api_and_the_page()
    {
        var client = app.CreateClient();
        foreach (var userName in new[] { "thidua.dongtien", "thidua.samson", "thidua.hacthanh", "pv05.thanhhoa" })
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "sai" })).StatusCode);

        var api = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = DemoData.Password });
        var page = await LoginPage.PostAsync(client, "admin", DemoData.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal(LoginProtection.TooMany, (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(LoginProtection.TooMany, html);
        Assert.Contains("Quay lại trang đăng nhập", html);
        // Showing the form is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dang-nhap")).StatusCode);
    }
}

public class LoginProtectionTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Oversized_names_and_passwords_are_refused_before_any_lookup()
    {
        var longName = new string('a', 10_000);

        var name = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = longName, password = "x" });
        var password = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = new string('x', 129) });

        Assert.Equal(HttpStatusCode.BadRequest, name.StatusCode);
        Assert.Equal(LoginProtection.UserNameTooLong, (await name.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("userName")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, password.StatusCode);
        Assert.Equal(LoginProtection.PasswordTooLong, (await password.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("password")[0].GetString());
        // Refused by validation: no attempt reached the account, so nothing is audited and nothing counts towards a lock-out.
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries.AnyAsync(a => a.UserName == longName)));
        Assert.Equal(0, await app.WithScopeAsync(async s => (await s.GetRequiredService<UserManager<Domain.AppUser>>().FindByNameAsync("admin"))!.AccessFailedCount));
    }

    [Fact]
    public async Task The_login_page_caps_lengths_too()
    {
        var response = await LoginPage.PostAsync(app.CreateClient(), new string('a', 300), "x");

        Assert.Contains(LoginProtection.UserNameTooLong, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stranger_locking_an_account_out_does_not_keep_its_owner_out_of_a_browser_they_used_before()
    {
        var owner = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await LoginPage.PostAsync(owner, "congan.hacthanh", DemoData.Password)).StatusCode);

        var stranger = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++) await LoginPage.PostAsync(stranger, "congan.hacthanh", "doan-mo");
        var strangerAgain = await LoginPage.PostAsync(stranger, "congan.hacthanh", DemoData.Password);
        var api = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "congan.hacthanh", password = DemoData.Password });
        var ownerAgain = await LoginPage.PostAsync(owner, "congan.hacthanh", DemoData.Password);

        Assert.Contains("tạm bị khóa", await strangerAgain.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, ownerAgain.StatusCode);
        Assert.Equal("/", ownerAgain.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_administrators_lock_holds_even_in_a_known_browser()
    {
        var owner = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await LoginPage.PostAsync(owner, "congan.samson", DemoData.Password)).StatusCode);
        var id = await app.WithScopeAsync(async s => (await s.GetRequiredService<UserManager<Domain.AppUser>>().FindByNameAsync("congan.samson"))!.Id);
        var admin = await app.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/accounts/{id}/lock", null)).StatusCode);

        var again = await LoginPage.PostAsync(owner, "congan.samson", DemoData.Password);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("tạm bị khóa", await again.Content.ReadAsStringAsync());
    }
}

/// <summary>Passwords hashed at a realistic cost, so that skipping the hash for unknown names would show in the time.</summary>
public sealed class RealHashCostApp : AwardsApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = 200_000));
}

public class LoginTimingTests(RealHashCostApp app) : IClassFixture<RealHashCostApp>
{
    [Fact]
    public async Task An_unknown_user_name_takes_as_long_as_a_wrong_password()
    {
        var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/auth/login", new { userName = "khong-co-ai", password = "khoi-dong" });

        var wrong = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            wrong.Add(await TimeAsync(client, i % 2 == 0 ? "thidua.samson" : "thidua.hacthanh"));
            unknown.Add(await TimeAsync(client, $"khong-co-ai-{i}"));
        }

        var (w, u) = (Median(wrong), Median(unknown));
        Assert.True(u > w * 0.5 && u < w * 2, $"wrong password {w:F0} ms, unknown user name {u:F0} ms");
    }

    private static async Task<double> TimeAsync(HttpClient client, string userName)
    {
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "sai-mat-khau" });
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
