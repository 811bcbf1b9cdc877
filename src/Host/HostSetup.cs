using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host;

public static class HostSetup
{
    public static IServiceCollection AddAwardsHost(this IServiceCollection services) => services;

    public static WebApplication MapAwardsHost(this WebApplication app)
    {
        app.MapGet("/", () => Results.Text("ToanDan.Awards", "text/plain; charset=utf-8"));
        app.MapGet("/health", () => Results.Ok(new { status = "ok", workflows = DefaultWorkflows.Keys }));
        return app;
    }
}
