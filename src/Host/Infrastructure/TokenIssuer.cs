using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>Issues the API's bearer tokens: data-protected tickets read by ASP.NET Core's bearer token handler.</summary>
public sealed class TokenIssuer(IUserClaimsPrincipalFactory<AppUser> claims, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
{
    public const string Scheme = "Bearer";

    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(AppUser user)
    {
        var settings = options.Get(Scheme);
        var principal = await claims.CreateAsync(user);
        var expiresAt = clock.GetUtcNow() + settings.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = expiresAt }, Scheme);
        return (settings.BearerTokenProtector.Protect(ticket), expiresAt);
    }
}
