using Microsoft.AspNetCore.DataProtection;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// The Data Protection key ring (which signs and encrypts login cookies, API tokens, antiforgery tokens and the
/// browser cookie) kept in the database, under one application name: every host on the same database reads and
/// writes the same keys, so what one host issued another accepts. Left to itself, each host would keep its own keys
/// in its home folder and name its ring after its own install folder, and answer 401 to the others' tokens.
/// </summary>
public static class SharedKeyRing
{
    /// <summary>Fixed, not the content root: hosts installed in different folders must share one ring.</summary>
    public const string ApplicationName = "ToanDan.Awards";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AwardsDbContext>();
        return services;
    }
}
