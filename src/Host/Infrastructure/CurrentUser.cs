using System.Security.Claims;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>Who is calling: their account, unit (and its place in the tree) and roles, read from the claims.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string UnitIdClaim = "unit_id";
    public const string UnitPathClaim = "unit_path";

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public string UserName => Principal.Identity?.Name ?? "system";
    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public int UnitId => int.TryParse(Principal.FindFirstValue(UnitIdClaim), out var id) ? id : 0;
    public string UnitPath => Principal.FindFirstValue(UnitPathClaim) ?? "/nowhere/";
    public IReadOnlySet<string> Roles => Principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
    public bool IsInRole(string role) => Principal.IsInRole(role);
    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
