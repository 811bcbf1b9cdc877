using MediatR;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Timers;

public static class TimerEndpoints
{
    public static void MapTimerEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/timers").WithTags("Admin").RequireAdmin();
        group.MapGet("", (bool? parked, IMediator mediator, CancellationToken ct) => mediator.Send(new ListTimers.Query(parked ?? true), ct))
            .WithSummary("Hẹn giờ (nhắc hạn, chuyển cấp): đã dừng vì lỗi (parked=true, mặc định) hoặc đang chờ (parked=false).");
        group.MapPost("/{id:int}/retry", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RetryTimer.Command(id), ct);
                return Results.NoContent();
            })
            .WithSummary("Chạy lại một hẹn giờ đã dừng vì lỗi, ở lượt kế tiếp.");
        group.MapPost("/{id:int}/cancel", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CancelTimer.Command(id), ct);
                return Results.NoContent();
            })
            .WithSummary("Hủy một hẹn giờ đã dừng vì lỗi; bước xử lý vẫn mở.");
    }
}
