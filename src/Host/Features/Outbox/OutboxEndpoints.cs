using MediatR;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Outbox;

public static class OutboxEndpoints
{
    public static void MapOutboxEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/outbox").WithTags("Outbox").RequireAdmin();
        group.MapGet("", (string? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListOutbox.Query(status, page ?? 1, pageSize ?? 50), ct))
            .WithSummary("Thư trong hàng đợi gửi, lọc theo trạng thái (failed, pending, sent), mới nhất trước.");
        group.MapPost("/{id:long}/retry", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new RetryOutboxMessage.Command(id), ct))
            .WithSummary("Gửi lại một thư thất bại (hoặc gửi ngay một thư đang chờ).");
    }
}
