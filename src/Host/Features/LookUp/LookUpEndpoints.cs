using MediatR;

namespace ToanDan.Awards.Host.Features.LookUp;

public static class LookUpEndpoints
{
    public static void MapLookUpEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/awards/lookup", (IMediator mediator, CancellationToken ct, string? name, string? citizenId, DateOnly? dateOfBirth) =>
                mediator.Send(new LookUpAwards.Query(name, citizenId, dateOfBirth), ct))
            .WithTags("LookUp")
            .WithSummary("Tra cứu mọi lần khen thưởng của một người hay một tập thể, và những lần đang tạm hoãn xét (standing: postponed, kèm lý do): " +
                "theo tên (gõ có hoặc không dấu), số căn cước, ngày sinh.");
}
