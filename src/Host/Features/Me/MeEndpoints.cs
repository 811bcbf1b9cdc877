using MediatR;

namespace ToanDan.Awards.Host.Features.Me;

public static class MeEndpoints
{
    public static void MapMeEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me").WithTags("Me");
        group.MapGet("", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetMe.Query(), ct))
            .WithSummary("Tài khoản đang đăng nhập: đơn vị, vai trò, tùy chọn nhận thư.");
        group.MapPut("/preferences", (ChangePreferences.Command command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .WithSummary("Bật hoặc tắt thư nhắc hạn (thư đề nghị xử lý hồ sơ luôn được gửi).");
        group.MapGet("/substitutions", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListSubstitutions.Query(), ct))
            .WithSummary("Các ủy quyền xử lý thay chưa hết hạn: anh/chị đã ủy quyền cho ai, và đang xử lý thay cho ai.");
        group.MapPost("/substitutions", async (NameDeputy.Command command, IMediator mediator, CancellationToken ct) =>
                Results.Created("/api/me/substitutions", await mediator.Send(command, ct)))
            .WithSummary("Ủy quyền cho một người cùng đơn vị xử lý thay trong một thời gian (nghỉ phép, công tác): " +
                "các bước giao cho anh/chị trong thời gian đó cũng được giao cho người này.");
        group.MapDelete("/substitutions/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new EndSubstitution.Command(id), ct);
                return Results.NoContent();
            })
            .WithSummary("Kết thúc ủy quyền trước hạn.");
    }
}
