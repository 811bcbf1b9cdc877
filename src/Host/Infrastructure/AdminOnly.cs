namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// Refuses a non-administrator (403, Vietnamese ProblemDetails) before the request is read or validated: the policy is
/// checked by the authorization middleware, ahead of body binding.
/// </summary>
public static class AdminOnly
{
    /// <summary>The authorization policy of the administrator pages (the folder /QuanTri) and API.</summary>
    public const string Policy = "Admin";

    public const string Refusal = "Chỉ quản trị viên mới được thực hiện thao tác này.";

    /// <summary>True when the request's endpoint is for administrators only: its 403 says so.</summary>
    public static bool Guards(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any(a => a.Policy == Policy) == true;

    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policy);
}
