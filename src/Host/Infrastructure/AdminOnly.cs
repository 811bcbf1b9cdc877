namespace ToanDan.Awards.Host.Infrastructure;

public static class AdminOnly
{
    /// <summary>Refuses everyone but administrators (403 with a Vietnamese ProblemDetails) before the request is even read.</summary>
    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.RequestServices.GetRequiredService<Access>().RequireAdmin();
            return await next(context);
        });
}
