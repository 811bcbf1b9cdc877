using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>
/// The accounts that hold a role in a unit now: what a multi-instance step over <c>roleHolders</c> (a council's vote)
/// opens one task for each of.
/// </summary>
public static class RoleHolders
{
    /// <summary>The holders' user names, in order; refuses a unit where nobody holds the role.</summary>
    public static async Task<IReadOnlyList<string>> OfAsync(AwardsDbContext db, string role, Unit unit, string? stepName, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var holders = roleId is null ? [] : await db.Users
            .Where(u => u.UnitId == unit.Id && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync(ct);
        return holders.Count > 0 ? holders : throw new DomainException(
            $"Bước '{stepName}' giao cho từng người giữ vai trò {Roles.Names.GetValueOrDefault(role, role)} của {unit.Name}, " +
            "nhưng đơn vị này chưa có ai giữ vai trò đó. Hãy phân công vai trò cho tài khoản của đơn vị rồi thực hiện lại.",
            "role-holders-missing");
    }
}
