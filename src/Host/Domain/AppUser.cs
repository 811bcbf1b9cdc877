using Microsoft.AspNetCore.Identity;

namespace ToanDan.Awards.Host.Domain;

/// <summary>An account: a person of one unit, holding roles.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>A person may turn off reminder mail; mail that asks them to act is always sent.</summary>
    public bool ReceivesReminders { get; set; } = true;

    /// <summary>True for the accounts that only exist in demo mode.</summary>
    public bool IsDemo { get; set; }
}
