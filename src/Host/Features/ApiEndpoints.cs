using ToanDan.Awards.Host.Features.Rounds;
using Microsoft.AspNetCore.Authorization;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Features.Auth;
using ToanDan.Awards.Host.Features.AwardTypes;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Features.Disclosure;
using ToanDan.Awards.Host.Features.Documents;
using ToanDan.Awards.Host.Features.Eligibility;
using ToanDan.Awards.Host.Features.LookUp;
using ToanDan.Awards.Host.Features.Statistics;
using ToanDan.Awards.Host.Features.EmailTemplates;
using ToanDan.Awards.Host.Features.History;
using ToanDan.Awards.Host.Features.Me;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Features.Outbox;
using ToanDan.Awards.Host.Features.Tasks;
using ToanDan.Awards.Host.Features.Timers;
using ToanDan.Awards.Host.Features.Workflows;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features;

public static class ApiEndpoints
{
    /// <summary>The JSON API under /api: login is open, everything else needs a bearer token.</summary>
    public static WebApplication MapAwardsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapAuthEndpoints();
        api.MapPublicDisclosureEndpoints();
        // The API takes bearer tokens only: a browser's cookie never authorises an API call, so no cross-site
        // request can ride on a signed-in person's session.
        var secured = api.MapGroup("").RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = TokenIssuer.Scheme });
        secured.MapAwardTypeEndpoints();
        secured.MapNominationEndpoints();
        secured.MapEligibilityEndpoints();
        secured.MapTaskEndpoints();
        secured.MapDecisionEndpoints();
        secured.MapRoundEndpoints();
        secured.MapDocumentEndpoints();
        secured.MapStatisticsEndpoints();
        secured.MapLookUpEndpoints();
        secured.MapHistoryEndpoints();
        secured.MapWorkflowEndpoints();
        secured.MapMeEndpoints();
        secured.MapEmailTemplateEndpoints();
        secured.MapOutboxEndpoints();
        secured.MapTimerEndpoints();
        secured.MapAdminEndpoints();
        secured.MapRoundFeedbackEndpoints();
        return app;
    }
}
