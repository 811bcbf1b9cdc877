using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Tests.Features.Auth;

namespace ToanDan.Awards.Host.Tests.Infrastructure;

public class SecurityHeadersTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Theory]
    [InlineData("/dang-nhap")]
    [InlineData("/cong-khai")]
    [InlineData("/loi/404")]
    public async Task Pages_run_only_our_own_scripts_and_are_never_framed(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("style-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    [Theory]
    [InlineData("/api/award-types")]
    [InlineData("/css/site.css")]
    [InlineData("/api/nominations/999999")]
    public async Task Everything_else_is_nosniff_and_sandboxed(string path)
    {
        var response = await (await app.ClientForAsync("admin")).GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("sandbox", Header(response, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/api/workflows/giay-khen-cat/versions/1")]
    [InlineData("/quan-tri/quy-trinh/giay-khen-cat/1?handler=Xml")]
    public async Task A_stored_diagram_is_never_a_document_the_browser_would_run(string path)
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<bpmn", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("sandbox", Header(response, "Content-Security-Policy"));
        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    internal static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}

/// <summary>Behind a TLS reverse proxy at 127.0.0.1 (a real Kestrel port, so the proxy's address is a real one), outside Development.</summary>
public sealed class BehindProxyApp : AwardsApp, IAsyncLifetime
{
    public string BaseUrl { get; private set; } = "";

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Staging");
        builder.UseSetting("ReverseProxy:KnownProxies:0", "127.0.0.1");
    }

    public Task InitializeAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        UseKestrel(port);
        StartServer();
        return Task.CompletedTask;
    }

    public HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(BaseUrl) };

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

public class ReverseProxyTests(BehindProxyApp app) : IClassFixture<BehindProxyApp>
{
    private static readonly KeyValuePair<string, string>[] Https = [new("X-Forwarded-Proto", "https"), new("X-Forwarded-For", "203.0.113.7"), new("X-Forwarded-Host", "khenthuong.congan.example.vn")];

    [Fact]
    public async Task Over_the_proxys_https_the_cookies_are_secure_and_hsts_is_sent()
    {
        var response = await LoginPage.PostAsync(app.Client(), "thidua.dongtien", DemoData.Password, Https);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("toandan.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(cookies, c => c.StartsWith("toandan.browser=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("max-age=", SecurityHeadersTests.Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_audit_trail_keeps_the_clients_address_the_proxy_forwarded()
    {
        await LoginPage.PostAsync(app.Client(), "thidua.samson", "sai", Https);

        var addresses = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries
            .Where(a => a.UserName == "thidua.samson" && a.Action == "LoginFailed").Select(a => a.IpAddress).ToListAsync());
        Assert.Contains("203.0.113.7", addresses);
    }

    [Fact]
    public async Task Plain_http_gets_no_hsts()
    {
        var response = await app.Client().GetAsync("/dang-nhap");

        Assert.Equal("", SecurityHeadersTests.Header(response, "Strict-Transport-Security"));
    }
}
