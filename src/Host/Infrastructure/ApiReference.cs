using Scalar.AspNetCore;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// The interactive API reference for integrators (Scalar) at <c>/api/docs</c>, over the OpenAPI document at
/// <c>/openapi/v1.json</c>. It is a page for a logged-in administrator: an anonymous visitor is sent to the login page,
/// anyone else gets 403. Its scripts come from the Scalar package itself; nothing is fetched from outside (no fonts,
/// telemetry or AI agent), since the offices that run this have no internet.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/docs";

    /// <summary>True for the reference and its scripts: pages, not API endpoints, though they live under <c>/api</c>.</summary>
    public static bool Serves(HttpContext context) => context.Request.Path.StartsWithSegments(Path);

    public static IEndpointConventionBuilder MapApiReference(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapScalarApiReference(Path, options => options
                .WithTitle("API Khen thưởng phong trào Toàn dân BVANTQ")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .WithNonce())
            .RequireAdmin();

    /// <summary>
    /// Scalar starts itself with one inline module script and styles its components at run time: the page's policy
    /// allows that script by its per-request nonce, and inline styles, and nothing else more than the other pages.
    /// </summary>
    public static string? ContentSecurityPolicy(HttpContext context) =>
        Serves(context) && context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
            ? $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
              "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
            : null;
}
