using System.Globalization;
using MediatR;

namespace ToanDan.Awards.Host.Features.Tasks;

public static class TaskEndpoints
{
    public static void MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks");
        group.MapGet("", async (int? page, int? pageSize, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new ListMyTasks.Query(page ?? 1, pageSize ?? ListMyTasks.DefaultApiPageSize), ct);
                http.Response.Headers["X-Total-Count"] = result.Total.ToString(CultureInfo.InvariantCulture);
                if (result.HasNext)
                    http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}?page={result.Page + 1}&pageSize={result.PageSize}>; rel=\"next\"";
                return result.Items;
            })
            .WithSummary($"Các bước đang chờ anh/chị xử lý, hạn gần nhất trước (việc chưa có hạn sau cùng), theo trang: page (từ 1), " +
                $"pageSize (mặc định {ListMyTasks.DefaultApiPageSize}, tối đa {ListMyTasks.MaxApiPageSize}); tổng số ở X-Total-Count, trang sau ở Link rel=next.");
        group.MapGet("/office", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListOfficeWork.Query(), ct))
            .WithSummary("Việc chung của đợt đang chờ anh/chị: tổng hợp quyết định (Phòng PV05), ký dự thảo quyết định (người có thẩm quyền).");
        group.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetTask.Query(id), ct))
            .WithSummary("Một bước của hồ sơ: giao cho ai, thời hạn, các lựa chọn, ai đã nhận xử lý, anh/chị có xử lý (hoặc xử lý thay) được không.");
        group.MapPost("/{id:guid}/complete", (Guid id, CompleteTask.Body body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new CompleteTask.Command(id, body.Outcome?.Trim() ?? "", body.Comment, body.Nominees), ct))
            .WithSummary("Xử lý một bước: đồng ý, trả lại hoặc không đồng ý (kèm lý do), có thể loại hoặc tạm hoãn từng người được đề nghị " +
                "(nominees[].do: keep, strike, postpone).");
        group.MapPost("/{id:guid}/claim", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new ClaimTask.Command(id), ct))
            .WithSummary("Nhận xử lý một bước đang giao cho nhiều người: đến khi trả lại, chỉ anh/chị xử lý được bước này.");
        group.MapPost("/{id:guid}/release", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new ReleaseTask.Command(id), ct))
            .WithSummary("Trả lại bước đã nhận, để những người khác được giao cũng nhận xử lý được.");
        group.MapPost("/{id:guid}/postpone", (Guid id, PostponeBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new Nominations.PostponeNomination.Command(id, body.Reason), ct))
            .WithSummary("Tạm hoãn cả hồ sơ ở bước này (kỷ luật, khiếu nại, thanh tra đang giải quyết): dừng quy trình, không phải không đồng ý.");
    }

    public sealed record PostponeBody(string? Reason);
}
