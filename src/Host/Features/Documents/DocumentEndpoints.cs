using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ToanDan.Awards.Host.Features.Documents;

public static class DocumentEndpoints
{
    /// <summary>Under the bearer-only API group.</summary>
    public static void MapDocumentEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/decisions").WithTags("Documents");
        group.MapGet("/{id:int}/document.docx", (int id, IMediator mediator, CancellationToken ct) => Send(mediator, id, DocumentFormat.Docx, ct))
            .WithSummary("Quyết định khen thưởng dạng Word (.docx) theo thể thức văn bản hành chính, kèm danh sách được khen thưởng.");
        group.MapGet("/{id:int}/document.pdf", (int id, IMediator mediator, CancellationToken ct) => Send(mediator, id, DocumentFormat.Pdf, ct))
            .WithSummary("Quyết định khen thưởng dạng PDF (khổ A4), cùng nội dung với tệp Word.");
        group.MapGet("/{id:int}/certificates.pdf", (int id, IMediator mediator, CancellationToken ct) => Certificates(mediator, id, ct))
            .WithSummary("Giấy chứng nhận in trên phôi: mỗi người được khen thưởng một trang A4 ngang, chỉ có phần chữ thay đổi.");
    }

    /// <summary>The same files for people signed in with the cookie, at page-style addresses the decision pages link to.</summary>
    public static WebApplication MapDocumentPages(this WebApplication app)
    {
        var pages = app.MapGroup("").RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.ApplicationScheme })
            .ExcludeFromDescription();
        pages.MapGet("/quyet-dinh/{id:int}/tai-ve.docx", (int id, IMediator mediator, CancellationToken ct) => Send(mediator, id, DocumentFormat.Docx, ct));
        pages.MapGet("/quyet-dinh/{id:int}/tai-ve.pdf", (int id, IMediator mediator, CancellationToken ct) => Send(mediator, id, DocumentFormat.Pdf, ct));
        pages.MapGet("/quyet-dinh/{id:int}/giay-chung-nhan.pdf", (int id, IMediator mediator, CancellationToken ct) => Certificates(mediator, id, ct));
        return app;
    }

    private static async Task<IResult> Certificates(IMediator mediator, int id, CancellationToken ct)
    {
        var file = await mediator.Send(new GetCertificates.Query(id), ct);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<IResult> Send(IMediator mediator, int id, DocumentFormat format, CancellationToken ct)
    {
        var file = await mediator.Send(new GetDecisionDocument.Query(id, format), ct);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
