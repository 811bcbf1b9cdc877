namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>Refuses a non-administrator before the request is read or validated, so they learn nothing about it.</summary>
public static class AdminOnly
{
    /// <summary>The authorization policy of the administrator pages (the folder /QuanTri).</summary>
    public const string Policy = "Admin";

    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.RequestServices.GetRequiredService<Access>().RequireAdmin();
        return await next(context);
    }
}
