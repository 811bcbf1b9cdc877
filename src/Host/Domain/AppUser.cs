using Microsoft.AspNetCore.Identity;

namespace ToanDan.Awards.Host.Domain;

/// <summary>An account: a person of one unit, holding roles.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>
    /// Full name, user name and e-mail folded (<see cref="VietnameseText.Key"/>), stored so the admin search runs in the
    /// database. Always derived from the current values; the setter exists only for EF, which writes what the getter returns.
    /// </summary>
    public string SearchKey
    {
        get => VietnameseText.Key($"{FullName} | {UserName} | {Email}");
        private set { }
    }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>A person may turn off reminder mail; mail that asks them to act is always sent.</summary>
    public bool ReceivesReminders { get; set; } = true;

    /// <summary>True for the accounts that only exist in demo mode.</summary>
    public bool IsDemo { get; set; }
}
