using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Net.Http.Headers;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>Configuration <c>ReverseProxy</c>: the TLS reverse proxies whose forwarded headers are believed.</summary>
public sealed class ReverseProxyOptions
{
    /// <summary>Addresses of the proxies (<c>10.0.0.5</c>); the forwarded headers of anyone else are ignored.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation (<c>10.0.0.0/24</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How long browsers keep to HTTPS once they saw it (HSTS), in days; 0 sends no HSTS header.</summary>
    public int HstsMaxAgeDays { get; set; } = 365;
}

/// <summary>
/// The headers every response carries: pages run only the application's own scripts and styles (no inline script,
/// no framing), and anything that is not a page (XML, files, JSON) gets a sandbox so a browser opening it directly
/// runs nothing in our origin.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The pages' policy: scripts and styles only from our own files; fonts and images of bpmn-js are data: URIs.</summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Everything else: nothing runs, even when a browser is made to open it as a document.</summary>
    public const string ResourcePolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; sandbox; frame-ancestors 'none'";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection("ReverseProxy").Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in proxy.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(Math.Max(0, proxy.HstsMaxAgeDays));
            o.IncludeSubDomains = false;
        });
        return services;
    }

    /// <summary>Forwarded headers first (the client's address and scheme for everything after), then HSTS and our headers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this WebApplication app)
    {
        var proxy = app.Configuration.GetSection("ReverseProxy").Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        if (proxy.KnownProxies.Count > 0 || proxy.KnownNetworks.Count > 0) app.UseForwardedHeaders();
        // Sent only over HTTPS (directly or as the proxy forwarded it); never in Development, where localhost is plain HTTP.
        if (!app.Environment.IsDevelopment() && proxy.HstsMaxAgeDays > 0) app.UseHsts();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
                if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
                    headers.ContentSecurityPolicy = !IsPage(context.Response.ContentType) ? ResourcePolicy
                        : ApiReference.ContentSecurityPolicy(context) ?? PagePolicy;
                // Stored XML (BPMN diagrams) is data: a browser asked to open it saves it instead of rendering it.
                if (IsXml(context.Response.ContentType) && !headers.ContainsKey(HeaderNames.ContentDisposition))
                    headers.ContentDisposition = "attachment";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static bool IsPage(string? contentType) =>
        contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    private static bool IsXml(string? contentType)
    {
        var type = contentType?.Split(';')[0].Trim() ?? "";
        return type.EndsWith("/xml", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);
    }
}
