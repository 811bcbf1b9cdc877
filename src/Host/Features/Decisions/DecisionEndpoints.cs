using MediatR;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Decisions;

public static class DecisionEndpoints
{
    public static void MapDecisionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/decisions").WithTags("Decisions");
        group.MapGet("", async (IMediator mediator, HttpResponse response, CancellationToken ct, int page = 1, int pageSize = 50) =>
            {
                var result = await mediator.Send(new ListDecisions.Query(page, pageSize), ct);
                response.Headers["X-Total-Count"] = result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return result.Items;
            })
            .WithSummary("Các quyết định khen thưởng anh/chị được xem, mới nhất trước (phân trang: page, pageSize; tổng số ở X-Total-Count).");
        group.MapGet("/{id:int}", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetDecision.Query(id), ct))
            .WithSummary("Một quyết định khen thưởng và danh sách được khen thưởng (tập thể trước, cá nhân sau).");
        group.MapPost("/{id:int}/sign", (int id, SignDecision.Body body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SignDecision.Command(id, body.Deputy, body.PaperNumber, body.PaperDate), ct))
            .WithSummary("Người có thẩm quyền (hoặc cấp phó ký thay, deputy) ký dự thảo: quyết định được cấp số từ sổ của cơ quan ban hành, " +
                "hoặc số và ngày nhập từ sổ văn bản giấy (paperNumber, paperDate).");
        group.MapPost("/{id:int}/leave-out", (int id, LeaveOutNominee.Body body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new LeaveOutNominee.Command(id, body.NomineeId, body.Reason), ct))
            .WithSummary("Để một tập thể, cá nhân lại quyết định sau, có lý do (chỉ dự thảo, chỉ Phòng PV05 đã tổng hợp).");
        group.MapDelete("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DiscardDecisionDraft.Command(id), ct);
                return Results.NoContent();
            })
            .WithSummary("Hủy dự thảo quyết định; các tập thể, cá nhân trở lại chờ tổng hợp.");
        group.MapPost("/{id:int}/revoke", (int id, RevokeDecision.Body body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new RevokeDecision.Command(id, body.Reason ?? ""), ct))
            .RequireAdmin()
            .WithSummary("Thu hồi quyết định khen thưởng, ghi rõ lý do (chỉ quản trị viên).");
        group.MapSignedCopyEndpoints();
    }
}
