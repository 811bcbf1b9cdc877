using MediatR;

namespace ToanDan.Awards.Host.Features.Rounds;

public static class RoundEndpoints
{
    public static void MapRoundEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/rounds").WithTags("Rounds");
        group.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListOfficeRounds.Query(), ct))
            .WithSummary("Các đợt khen thưởng của tỉnh (và của Bộ) mà Phòng PV05, lãnh đạo, cơ quan quyết định làm việc, kèm số hồ sơ, số người chờ quyết định.");
        group.MapGet("/{id:int}", (int id, IMediator m, CancellationToken ct) => m.Send(new GetRound.Query(id), ct))
            .WithSummary("Một đợt: hồ sơ theo trạng thái, người chờ quyết định, người tạm hoãn, các dự thảo và quyết định của đợt.");
        group.MapPost("/{id:int}/consolidate", (int id, IMediator m, CancellationToken ct) => m.Send(new ConsolidateRound.Command(id), ct))
            .WithSummary("Phòng PV05 tổng hợp người chờ quyết định của đợt thành dự thảo quyết định (mỗi loại khen thưởng một dự thảo).");
    }
}
