using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Decisions;

public static class SignedCopyEndpoints
{
    /// <summary>Room for the multipart envelope around the file.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    /// <summary>Under the API's <c>/decisions</c> group.</summary>
    public static void MapSignedCopyEndpoints(this RouteGroupBuilder decisions)
    {
        var maxBytes = ((IEndpointRouteBuilder)decisions).ServiceProvider.GetRequiredService<IOptions<AttachmentOptions>>().Value.MaxBytes;
        decisions.MapPost("/{id:int}/signed-copy", async (int id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                if (!request.HasFormContentType)
                    throw new DomainException(Infrastructure.AttachmentStore.MultipartFileNeeded, "file");
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? throw new DomainException("Chưa chọn tệp bản đã ký (trường 'file').", "file");
                await using var content = file.OpenReadStream();
                var result = await mediator.Send(new UploadSignedCopy.Command(id, file.FileName, content), ct);
                return Results.Created($"/api/decisions/{id}/signed-copy", result);
            })
            .Accepts<SignedCopyForm>("multipart/form-data")
            .Produces<SignedCopyView>(StatusCodes.Status201Created)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + FormOverheadBytes))
            .WithFormOptions(multipartBodyLengthLimit: maxBytes + FormOverheadBytes)
            .WithSummary("Tải lên bản quyết định đã ký (bản quét hoặc PDF có chữ ký số, được kiểm tra người ký, thời điểm ký, tài liệu không bị sửa); " +
                "bản mới nhất là bản chính thức, các bản trước vẫn được lưu (quản trị viên, Phòng PV05 của tỉnh).");

        decisions.MapGet("/{id:int}/signed-copy", (int id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
                FileAsync(mediator, response, new DownloadSignedCopy.Query(id), ct))
            .WithSummary("Tải bản đã ký (chính thức) của quyết định: tệp PDF.");

        decisions.MapGet("/{id:int}/signed-copies/{copyId:int}", (int id, int copyId, IMediator mediator, HttpResponse response, CancellationToken ct) =>
                FileAsync(mediator, response, new DownloadSignedCopy.Query(id, copyId), ct))
            .WithSummary("Tải một bản đã ký trước đây của quyết định (lịch sử tải lên).");
    }

    /// <summary>The same files for people signed in with the cookie, at the addresses the decision page links to.</summary>
    public static WebApplication MapSignedCopyPages(this WebApplication app)
    {
        var pages = app.MapGroup("").RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.ApplicationScheme })
            .ExcludeFromDescription();
        pages.MapGet("/quyet-dinh/{id:int}/ban-da-ky.pdf", (int id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            FileAsync(mediator, response, new DownloadSignedCopy.Query(id), ct));
        pages.MapGet("/quyet-dinh/{id:int}/ban-da-ky/{copyId:int}.pdf", (int id, int copyId, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            FileAsync(mediator, response, new DownloadSignedCopy.Query(id, copyId), ct));
        return app;
    }

    private static async Task<IResult> FileAsync(IMediator mediator, HttpResponse response, DownloadSignedCopy.Query query, CancellationToken ct)
    {
        var file = await mediator.Send(query, ct);
        response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The upload form, as the OpenAPI document describes it.</summary>
    public sealed record SignedCopyForm(IFormFile File);
}
