using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ToanDan.Awards.Host.Demo;

namespace ToanDan.Awards.Host.Tests;

/// <summary>
/// The real application on a real SQLite file of its own, with the demo province and a clock the tests move.
/// One per test class; tests make their own nominations so they do not depend on each other.
/// </summary>
public class AwardsApp : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, LoginResult> _tokens = new();

    public AwardsApp() : this(Path.Combine(Path.GetTempPath(), "toandan-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>The application on the data already in <paramref name="folder"/> (awards.db, attachments/): a restored backup.</summary>
    protected AwardsApp(string folder) => _folder = folder;

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));

    public string DatabaseFile => Path.Combine(_folder, "awards.db");

    public string AttachmentsFolder => Path.Combine(_folder, "attachments");

    /// <summary>Where mail goes as .eml files while no SMTP host is set.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>More configuration (e.g. an SMTP server), set before the application is first used.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Awards", $"Data Source={DatabaseFile}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Timers:Enabled", "false");
        builder.UseSetting("Attachments:Root", AttachmentsFolder);
        builder.UseSetting("Backup:Folder", Path.Combine(_folder, "backups"));
        builder.UseSetting("Email:Outbox:Enabled", "false");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        // Every test logs in from 127.0.0.1, many times over: the login limits are tested by a fixture of their own.
        builder.UseSetting("Login:AddressPermitLimit", "1000000");
        builder.UseSetting("Login:AccountPermitLimit", "1000000");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        ConfigureSettings(builder);
        builder.ConfigureServices(services =>
        {
            // Demo accounts are hashed at every fixture start: fewer PBKDF2 rounds keep the suite fast.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>For a fixture that needs other settings than the defaults.</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    /// <summary>An API client logged in as a demo account (password <see cref="DemoData.Password"/>).</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = CreateClient();
        // A token outlives no clock advance past its expiry: a test that moves time by days logs in again.
        if (!_tokens.TryGetValue(userName, out var token) || token.ExpiresAt <= Clock.GetUtcNow().AddMinutes(5))
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoData.Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<LoginResult>())!;
            _tokens[userName] = token;
        }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>Runs something with the application's services in a scope of its own.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* a file still open on this platform: left for the OS */ }
    }

    private sealed record LoginResult(string AccessToken, DateTimeOffset ExpiresAt);
}

/// <summary>A clock that only moves when a test moves it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset at) => _now = at;
}
