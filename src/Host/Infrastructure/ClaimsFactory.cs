using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>Adds the account's unit and its place in the tree to the sign-in, for both cookies and bearer tokens.</summary>
public sealed class ClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, AwardsDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var unit = await db.Units.FindAsync(user.UnitId);
        identity.AddClaim(new Claim(CurrentUser.UnitIdClaim, user.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(CurrentUser.UnitPathClaim, unit?.Path ?? ""));
        identity.AddClaim(new Claim("full_name", user.FullName));
        return identity;
    }
}
