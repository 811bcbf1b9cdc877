using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ToanDan.Awards.Host.Features.Disclosure;

/// <summary>Configuration <c>PublicFeedback</c>: how many comments one address may send per window, and the key of the address hash.</summary>
public sealed class FeedbackOptions
{
    public int PermitLimit { get; set; } = 5;
    public int WindowMinutes { get; set; } = 10;

    /// <summary>Secret of the address hash; empty: a random key per process (hashes then compare only until a restart).</summary>
    public string? AddressKey { get; set; }
}

/// <summary>
/// The public feedback form is open to anyone: ASP.NET Core's rate limiter caps the comments per client address (IPv4,
/// or an IPv6 /64 network, which one household holds), and the address is kept only as a keyed hash.
/// </summary>
public static class FeedbackProtection
{
    public const string Policy = "public-feedback";

    public const string TooMany =
        "Anh/chị đã gửi nhiều góp ý trong một thời gian ngắn. Xin đợi ít phút rồi gửi lại.";

    public static IServiceCollection AddFeedbackProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FeedbackOptions>(configuration.GetSection("PublicFeedback"));
        services.AddSingleton<AddressHasher>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only sending counts: reading the list is never limited.
            o.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
                var options = context.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.PermitLimit),
                    Window = TimeSpan.FromMinutes(Math.Max(1, options.WindowMinutes)),
                    QueueLimit = 0,
                });
            });
            // The body is left empty: the status code pages answer with the Vietnamese page or ProblemDetails.
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    internal static string PartitionOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

/// <summary>HMAC-SHA256 of a client's address partition: equal for one sender, not reversible without the key.</summary>
public sealed class AddressHasher(IOptions<FeedbackOptions> options)
{
    private readonly byte[] _key = string.IsNullOrWhiteSpace(options.Value.AddressKey)
        ? RandomNumberGenerator.GetBytes(32)
        : Encoding.UTF8.GetBytes(options.Value.AddressKey);

    public string Hash(IPAddress? address) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(FeedbackProtection.PartitionOf(address))));
}
