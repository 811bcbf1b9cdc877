namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>Refuses a non-administrator (403, Vietnamese ProblemDetails) before the request is read or validated.</summary>
public static class AdminOnly
{
    /// <summary>The authorization policy of the administrator pages (the folder /QuanTri).</summary>
    public const string Policy = "Admin";

    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.RequestServices.GetRequiredService<Access>().RequireAdmin();
        return await next(context);
    }

    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(Filter);
}
