using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// Refuses a bearer token once its account's security stamp has changed — the account was locked, its roles or unit
/// edited, its password reset — so the token stops working at once instead of when it expires, hours later.
/// (Cookies get the same check from Identity's security stamp validator.)
/// </summary>
public static class RevokedTokens
{
    public static async Task RefuseRevokedAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return;
        var ticket = context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim());
        if (ticket is null)
            return; // the handler refuses it as unreadable
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = ticket.Principal.FindFirstValue(claims.UserIdClaimType);
        // Read once per account and kept while nothing changes (AccountCache): a change on this host is seen at once.
        var stamp = await services.GetRequiredService<AccountCache>().GetAsync($"stamp/{id}", () =>
            services.GetRequiredService<AwardsDbContext>().Users.AsNoTracking()
                .Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted));
        if (stamp is null || stamp != ticket.Principal.FindFirstValue(claims.SecurityStampClaimType))
            context.Fail("The account was locked or changed after this token was issued.");
    }
}
