using ToanDan.Awards.Host.Features.Auth;
using ToanDan.Awards.Host.Features.AwardTypes;
using ToanDan.Awards.Host.Features.EmailTemplates;
using ToanDan.Awards.Host.Features.Me;
using ToanDan.Awards.Host.Features.Outbox;

namespace ToanDan.Awards.Host.Features;

public static class ApiEndpoints
{
    /// <summary>The JSON API under /api: login is open, everything else needs a bearer token (or the pages' cookie).</summary>
    public static WebApplication MapAwardsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapAuthEndpoints();
        var secured = api.MapGroup("").RequireAuthorization();
        secured.MapAwardTypeEndpoints();
        secured.MapMeEndpoints();
        secured.MapEmailTemplateEndpoints();
        secured.MapOutboxEndpoints();
        return app;
    }
}
