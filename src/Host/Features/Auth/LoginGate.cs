using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Disclosure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Auth;

/// <summary>Configuration <c>Login</c>: attempts allowed per client address and per account in a window.</summary>
public sealed class LoginOptions
{
    public int AddressPermitLimit { get; set; } = 30;
    public int AddressWindowMinutes { get; set; } = 5;
    public int AccountPermitLimit { get; set; } = 10;
    public int AccountWindowMinutes { get; set; } = 15;
}

/// <summary>
/// The one way in, for the login page and the token endpoint alike. Guessing is slowed three ways: attempts per client
/// address (the rate limiter middleware, before the request is read), attempts per account (here), and Identity's
/// lock-out after five wrong passwords, which ends by itself after 15 minutes. Neither can shut a person out for good:
/// the limits are fixed windows that end on time whatever is tried meanwhile, and a browser in which the person logged in
/// before carries a signed cookie that exempts it from the lock-out and the account's limit (it gets its own), so a
/// stranger failing on purpose does not keep the owner out (OWASP's "device cookie"). Only an administrator's lock holds.
/// </summary>
public sealed class LoginGate(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountThrottle throttle, DummyPassword dummy,
    KnownBrowser knownBrowser, IConfiguration configuration, AwardsDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>Checks the password; returns the account or throws <see cref="LoginRefusedException"/>.</summary>
    public async Task<AppUser> CheckAsync(string userName, string password, string channel, CancellationToken cancellationToken)
    {
        userName = userName.Trim();
        // The validators say so in words; this keeps an oversized value away from the database and the hasher anyway.
        if (userName.Length > LoginProtection.MaxUserNameLength || password.Length > LoginProtection.MaxPasswordLength)
            throw new LoginRefusedException(LoginProtection.WrongPassword);

        var normalized = users.NormalizeName(userName);
        var browser = http.HttpContext is { } context ? knownBrowser.Read(context, normalized) : null;
        if (!throttle.TryAcquire(browser is null ? normalized : $"{normalized}|{browser}"))
        {
            await AuditAsync(userName, "LoginThrottled", null, channel, cancellationToken);
            throw new LoginThrottledException();
        }

        var user = await users.FindByNameAsync(userName);
        // Demo accounts share a published password: they exist only while demo mode is on.
        var demoRefused = user is { IsDemo: true } && !DemoMode.IsOn(configuration);
        if (user is null || demoRefused)
        {
            // As long as a wrong password takes: the time does not tell which user names exist.
            dummy.Verify(users.PasswordHasher, password);
            await AuditAsync(userName, "LoginFailed", null, demoRefused ? $"{channel}, demo account" : channel, cancellationToken);
            throw new LoginRefusedException(LoginProtection.WrongPassword);
        }

        var outcome = browser is not null && !LockedByAdministrator(user)
            ? await CheckFromKnownBrowserAsync(user, password)
            : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        await AuditAsync(userName, outcome.Succeeded ? "Login" : "LoginFailed", user.Id,
            outcome.IsLockedOut ? $"{channel}, locked out" : browser is not null ? $"{channel}, known browser" : channel, cancellationToken);
        if (outcome.IsLockedOut) throw new LoginRefusedException(LoginProtection.LockedOut);
        if (!outcome.Succeeded) throw new LoginRefusedException(LoginProtection.WrongPassword);
        return user;
    }

    /// <summary>After a login in the pages, the browser is known for this account (see the class summary).</summary>
    public void RememberBrowser(HttpContext context, AppUser user) => knownBrowser.Write(context, user.NormalizedUserName!);

    private async Task<Microsoft.AspNetCore.Identity.SignInResult> CheckFromKnownBrowserAsync(AppUser user, string password)
    {
        if (!await users.CheckPasswordAsync(user, password))
        {
            // Still counted, so a stolen cookie cannot guess unnoticed; other clients then meet the lock-out.
            await users.AccessFailedAsync(user);
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        await users.ResetAccessFailedCountAsync(user);
        if (user.LockoutEnd is not null) await users.SetLockoutEndDateAsync(user, null);
        return Microsoft.AspNetCore.Identity.SignInResult.Success;
    }

    /// <summary>An administrator's lock is open-ended (LockAccount); Identity's own lasts minutes.</summary>
    private bool LockedByAdministrator(AppUser user) => user.LockoutEnd > clock.GetUtcNow().AddYears(100);

    private async Task AuditAsync(string userName, string action, string? userId, string detail, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userName, action, "Auth", userId, detail,
            http.HttpContext?.Connection.RemoteIpAddress?.ToString()));
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The limits and words of logging in, and their wiring.</summary>
public static class LoginProtection
{
    public const string Policy = "login";
    public const int MaxUserNameLength = 256;
    public const int MaxPasswordLength = 128;
    public const string UserNameRequired = "Hãy nhập tên đăng nhập.";
    public const string PasswordRequired = "Hãy nhập mật khẩu.";
    public const string UserNameTooLong = "Tên đăng nhập không dài quá 256 ký tự.";
    public const string PasswordTooLong = "Mật khẩu không dài quá 128 ký tự.";
    public const string WrongPassword = "Tên đăng nhập hoặc mật khẩu không đúng.";
    public const string LockedOut =
        "Tài khoản tạm bị khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau 15 phút hoặc liên hệ quản trị viên.";
    public const string TooMany = "Có quá nhiều lần đăng nhập trong một thời gian ngắn. Xin đợi vài phút rồi thử lại.";

    public static IServiceCollection AddLoginProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LoginOptions>(configuration.GetSection("Login"));
        services.AddSingleton<AccountThrottle>();
        services.AddSingleton<DummyPassword>();
        services.AddSingleton<KnownBrowser>();
        services.AddScoped<LoginGate>();
        services.AddRateLimiter(o => o.AddPolicy(Policy, context =>
        {
            // Showing the form is free; each attempt counts.
            if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
            var options = context.RequestServices.GetRequiredService<IOptions<LoginOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(FeedbackProtection.PartitionOf(context.Connection.RemoteIpAddress),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.AddressPermitLimit),
                    Window = TimeSpan.FromMinutes(Math.Max(1, options.AddressWindowMinutes)),
                    QueueLimit = 0,
                });
        }));
        return services;
    }

    /// <summary>True for the login endpoint and page, whose 429 says why in their own words.</summary>
    public static bool Serves(PathString path) =>
        path.StartsWithSegments("/api/auth/login") || path.StartsWithSegments("/dang-nhap");
}

/// <summary>Attempts per account (or per account and known browser), in fixed windows that always end.</summary>
public sealed class AccountThrottle(IOptions<LoginOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.AccountPermitLimit),
            Window = TimeSpan.FromMinutes(Math.Max(1, options.Value.AccountWindowMinutes)),
            QueueLimit = 0,
        }));

    public bool TryAcquire(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>A hash of a random password, verified when the user name is unknown so that it costs what a real check costs.</summary>
public sealed class DummyPassword(IOptions<PasswordHasherOptions> options)
{
    private static readonly AppUser Nobody = new();
    private readonly Lazy<string> _hash = new(() =>
        new PasswordHasher<AppUser>(options).HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public void Verify(IPasswordHasher<AppUser> hasher, string password) => hasher.VerifyHashedPassword(Nobody, _hash.Value, password);
}

/// <summary>The signed cookie of a browser the account logged in from (see <see cref="LoginGate"/>).</summary>
public sealed class KnownBrowser(IDataProtectionProvider protection)
{
    private const string Cookie = "toandan.browser";
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("ToanDan.Awards.KnownBrowser").ToTimeLimitedDataProtector();

    /// <summary>The browser's id when its cookie is ours, unexpired and for this account; otherwise null.</summary>
    public string? Read(HttpContext context, string normalizedUserName)
    {
        if (!context.Request.Cookies.TryGetValue(Cookie, out var value)) return null;
        try
        {
            var parts = _protector.Unprotect(value).Split('|', 2);
            return parts.Length == 2 && parts[0] == normalizedUserName ? parts[1] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public void Write(HttpContext context, string normalizedUserName)
    {
        var lifetime = TimeSpan.FromDays(180);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Response.Cookies.Append(Cookie, _protector.Protect($"{normalizedUserName}|{id}", lifetime), new CookieOptions
        {
            HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = "/dang-nhap", MaxAge = lifetime,
        });
    }
}

public sealed class LoginRefusedException(string message) : DomainException(message, "login");

public sealed class LoginThrottledException() : DomainException(LoginProtection.TooMany, "login-throttled");
