using MediatR;

namespace ToanDan.Awards.Host.Features.LookUp;

public static class LookUpEndpoints
{
    public static void MapLookUpEndpoints(this RouteGroupBuilder api) =>
        // POST, not GET: a citizen ID in a query string would stay in proxy and server logs and in the browser's history.
        api.MapPost("/awards/lookup", (LookUpAwards.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithTags("LookUp")
            .WithSummary("Tra cứu mọi lần khen thưởng của một người hay một tập thể, và những lần đang tạm hoãn xét (standing: postponed, kèm lý do): " +
                "theo tên (gõ có hoặc không dấu), số căn cước, ngày sinh.");
}
