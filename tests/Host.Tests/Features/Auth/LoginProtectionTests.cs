using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
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

/// <summary>Counts the password hashes the application verifies, and reads the iteration count each hash was made with.</summary>
public sealed class CountingHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new(options);

    public List<int> VerifiedIterations { get; } = [];

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        // Identity's v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
        var bytes = Convert.FromBase64String(hashedPassword);
        lock (VerifiedIterations) VerifiedIterations.Add(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(5, 4)));
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>The application with a hasher that counts what it verifies.</summary>
public sealed class CountingHasherApp : AwardsApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<AppUser>, CountingHasher>());
}

/// <summary>
/// An unknown user name costs what a wrong password costs: the same one hash verification, made at the configured cost.
/// Checked by counting, not by timing (times on a shared machine prove nothing).
/// </summary>
public class LoginCostTests(CountingHasherApp app) : IClassFixture<CountingHasherApp>
{
    [Fact]
    public async Task An_unknown_user_name_costs_one_hash_at_the_configured_cost_like_a_wrong_password()
    {
        var client = app.CreateClient();
        var hasher = (CountingHasher)app.Services.GetRequiredService<IPasswordHasher<AppUser>>();
        var configured = app.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount;

        hasher.VerifiedIterations.Clear();
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { userName = "khong-co-ai", password = "sai-mat-khau" });
        var forUnknown = hasher.VerifiedIterations.ToList();
        hasher.VerifiedIterations.Clear();
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = "thidua.samson", password = "sai-mat-khau" });
        var forWrong = hasher.VerifiedIterations.ToList();

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal([configured], forUnknown);
        Assert.Equal([configured], forWrong);
    }
}
