using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Features.Auth;

namespace ToanDan.Awards.Host.Tests.Infrastructure;

/// <summary>Two hosts, each installed in a folder of its own with a home folder of its own, on one database file.</summary>
public sealed class TwoHostsOnOneDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "toandan-tests", Guid.NewGuid().ToString("N"));

    public TwoHostsOnOneDatabase()
    {
        Directory.CreateDirectory(_folder);
        var database = $"Data Source={Path.Combine(_folder, "awards.db")}";
        A = new HostOnItsOwnMachine("sqlite", database);
        B = new HostOnItsOwnMachine("sqlite", database);
        _ = A.Services;
        _ = B.Services;
    }

    public HostOnItsOwnMachine A { get; }
    public HostOnItsOwnMachine B { get; }

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* a file still open: left for the OS */ }
    }
}

/// <summary>What one host signs or encrypts (tokens, login cookies) another host on the same database accepts.</summary>
public sealed class SharedKeyRingTests(TwoHostsOnOneDatabase hosts) : IClassFixture<TwoHostsOnOneDatabase>
{
    private static readonly WebApplicationFactoryClientOptions ByHand = new() { AllowAutoRedirect = false, HandleCookies = false };

    [Fact]
    public async Task A_token_from_one_hosts_login_opens_the_api_on_the_other_host()
    {
        var login = await hosts.A.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "pv05.thanhhoa", password = DemoData.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var onB = hosts.B.CreateClient();
        onB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await onB.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pv05.thanhhoa", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString());
    }

    [Fact]
    public async Task A_login_cookie_from_one_host_opens_the_pages_of_the_other_host()
    {
        var login = await LoginPage.PostAsync(hosts.A.CreateClient(ByHand), "hoidong.thanhhoa", DemoData.Password, headers: []);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookies = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("toandan.auth", StringComparison.Ordinal));
        var request = new HttpRequestMessage(HttpMethod.Get, "/tai-khoan");
        request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", cookies));

        var response = await hosts.B.CreateClient(ByHand).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<dd>hoidong.thanhhoa</dd>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_keys_are_kept_in_the_database_and_in_neither_hosts_home_folder()
    {
        await hosts.A.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "pv05.thanhhoa", password = DemoData.Password });

        var keys = await hosts.B.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().DataProtectionKeys.CountAsync());

        Assert.NotEqual(0, keys);
        Assert.False(Directory.Exists(hosts.A.HomeKeyFolder) && Directory.EnumerateFiles(hosts.A.HomeKeyFolder).Any());
        Assert.False(Directory.Exists(hosts.B.HomeKeyFolder) && Directory.EnumerateFiles(hosts.B.HomeKeyFolder).Any());
    }
}
