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
    }
}
