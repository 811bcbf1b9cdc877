using MediatR;

namespace ToanDan.Awards.Host.Features.Disclosure;

public static class DisclosureEndpoints
{
    /// <summary>The public side, without login: the rounds under disclosure, their lists, and comments (rate-limited).</summary>
    public static void MapPublicDisclosureEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/public/rounds").WithTags("Public").AllowAnonymous();
        group.MapGet("", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListDisclosedRounds.Query(), ct))
            .WithSummary("Không cần đăng nhập: các đợt khen thưởng đang công khai danh sách đề nghị hôm nay.");
        group.MapGet("/{id:int}", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetDisclosedRound.Query(id), ct))
            .WithSummary("Không cần đăng nhập: danh sách tập thể, cá nhân được đề nghị của một đợt đang công khai (theo loại khen thưởng và đơn vị; " +
                "chỉ họ tên, chức vụ, đơn vị, hình thức khen thưởng). Đợt ngoài thời gian công khai: 404.");
        group.MapPost("/{id:int}/feedback", async (int id, SendFeedback.Body body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Results.Created($"/api/rounds/{id}/feedback",
                    await mediator.Send(new SendFeedback.Command(id, body.Name, body.Contact, body.Content, body.NomineeId, http.Connection.RemoteIpAddress), ct)))
            .RequireRateLimiting(FeedbackProtection.Policy)
            .Produces<SendFeedback.Result>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Không cần đăng nhập: gửi góp ý (name ≤ 100, contact: điện thoại hoặc e-mail ≤ 100, content ≤ 2000 ký tự, chữ thường, " +
                "không HTML; nomineeId tùy chọn, trong danh sách công khai). Mỗi địa chỉ gửi được số lần giới hạn trong một khoảng thời gian (429).");
    }

    /// <summary>The office's side: the comments kept with a round.</summary>
    public static void MapRoundFeedbackEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/rounds/{id:int}/feedback", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new ListRoundFeedback.Query(id), ct))
            .WithTags("Rounds")
            .WithSummary("Ý kiến góp ý của người dân khi công khai danh sách đề nghị của đợt, mới nhất trước (Phòng PV05, lãnh đạo Công an tỉnh, " +
                "Cục V05 với đợt của Bộ, quản trị viên).");
    }
}
