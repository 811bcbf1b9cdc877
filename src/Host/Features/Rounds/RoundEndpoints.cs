using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using ToanDan.Awards.Host.Features.Council;
using ToanDan.Awards.Host.Features.Documents;
using PaperFormat = ToanDan.Awards.Host.Features.Documents.DocumentFormat;

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
        group.MapGet("/{id:int}/council", (int id, IMediator m, CancellationToken ct) => m.Send(new GetCouncilView.Query(id), ct))
            .WithSummary("Hội đồng Thi đua – Khen thưởng xét đợt: tập thể, cá nhân của tỉnh xếp theo số phiếu, khi bằng phiếu ưu tiên nữ và tập thể có tỷ lệ nữ đủ mức của loại khen thưởng (ghi bên cạnh từng người, kèm căn cứ).")
            .WithDescription("Chỉ Hội đồng, Phòng PV05 và quản trị viên của tỉnh (403 với vai trò khác; 404 với đợt không thuộc tỉnh).");
        group.MapPost("/{id:int}/council/votes", async (int id, RecordCouncilVotes.Body body, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RecordCouncilVotes.Command(id, body.Votes), ct);
                return Results.NoContent();
            })
            .WithSummary("Thư ký Hội đồng ghi kết quả họp: số phiếu của từng tập thể, cá nhân được xét trong đợt (để trống để xóa).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        Paper(group.MapGet("/{id:int}/proposal.docx", (int id, string? deputy, IMediator m, CancellationToken ct) =>
                Send(m, new GetRoundProposal.Query(id, ProposalPaper.Submission, PaperFormat.Docx, deputy), ct)), GetDecisionDocument.DocxType)
            .WithSummary("Tờ trình của Giám đốc Công an tỉnh đề nghị Chủ tịch UBND tỉnh (Bằng khen) hoặc Bộ trưởng Bộ Công an qua Cục V05 (Kỷ niệm chương), dạng Word, kèm danh sách tập thể, cá nhân đã tổng hợp của đợt.")
            .WithDescription(ProposalNotes);
        Paper(group.MapGet("/{id:int}/proposal.pdf", (int id, string? deputy, IMediator m, CancellationToken ct) =>
                Send(m, new GetRoundProposal.Query(id, ProposalPaper.Submission, PaperFormat.Pdf, deputy), ct)), "application/pdf")
            .WithSummary("Tờ trình đề nghị lên cấp trên của đợt, dạng PDF (khổ A4), cùng nội dung với tệp Word.")
            .WithDescription(ProposalNotes);
        Paper(group.MapGet("/{id:int}/medal-list.docx", (int id, string? deputy, IMediator m, CancellationToken ct) =>
                Send(m, new GetRoundProposal.Query(id, ProposalPaper.BriefList, PaperFormat.Docx, deputy), ct)), GetDecisionDocument.DocxType)
            .WithSummary("Danh sách trích ngang cá nhân đề nghị tặng Kỷ niệm chương (chỉ đợt Kỷ niệm chương), dạng Word, khổ A4 ngang.")
            .WithDescription(ProposalNotes);
        Paper(group.MapGet("/{id:int}/medal-list.pdf", (int id, string? deputy, IMediator m, CancellationToken ct) =>
                Send(m, new GetRoundProposal.Query(id, ProposalPaper.BriefList, PaperFormat.Pdf, deputy), ct)), "application/pdf")
            .WithSummary("Danh sách trích ngang cá nhân đề nghị tặng Kỷ niệm chương, dạng PDF.")
            .WithDescription(ProposalNotes);
    }

    /// <summary>The same files for people signed in with the cookie, at the addresses the round page links to.</summary>
    public static WebApplication MapRoundPages(this WebApplication app)
    {
        var pages = app.MapGroup("/dot-khen-thuong/{id:int}")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.ApplicationScheme })
            .ExcludeFromDescription();
        pages.MapGet("/to-trinh.docx", (int id, string? kyThay, IMediator m, CancellationToken ct) =>
            Send(m, new GetRoundProposal.Query(id, ProposalPaper.Submission, PaperFormat.Docx, kyThay), ct));
        pages.MapGet("/to-trinh.pdf", (int id, string? kyThay, IMediator m, CancellationToken ct) =>
            Send(m, new GetRoundProposal.Query(id, ProposalPaper.Submission, PaperFormat.Pdf, kyThay), ct));
        pages.MapGet("/danh-sach-trich-ngang.docx", (int id, string? kyThay, IMediator m, CancellationToken ct) =>
            Send(m, new GetRoundProposal.Query(id, ProposalPaper.BriefList, PaperFormat.Docx, kyThay), ct));
        pages.MapGet("/danh-sach-trich-ngang.pdf", (int id, string? kyThay, IMediator m, CancellationToken ct) =>
            Send(m, new GetRoundProposal.Query(id, ProposalPaper.BriefList, PaperFormat.Pdf, kyThay), ct));
        return app;
    }

    private const string ProposalNotes =
        "Lập từ các dự thảo và quyết định đã tổng hợp của đợt (tập thể trước, cá nhân sau, theo đơn vị; số lượng ghi bằng số và chữ); người để lại " +
        "hoặc tạm hoãn không có tên. Số và ngày tờ trình để trống cho văn thư ghi. Tham số deputy: tên cấp phó ký thay (KT. GIÁM ĐỐC), phải có trong " +
        "danh sách cấp phó của Công an tỉnh. Đợt Giấy khen của Giám đốc Công an tỉnh không có tờ trình lên cấp trên (409); đợt chưa tổng hợp (409); " +
        "danh sách trích ngang chỉ có ở đợt Kỷ niệm chương (409). Xem được như trang đợt: Phòng PV05, lãnh đạo, cơ quan quyết định, quản trị viên.";

    private static RouteHandlerBuilder Paper(RouteHandlerBuilder endpoint, string contentType) =>
        endpoint.Produces<byte[]>(StatusCodes.Status200OK, contentType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> Send(IMediator mediator, GetRoundProposal.Query query, CancellationToken ct)
    {
        var file = await mediator.Send(query, ct);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
