using MediatR;
using Microsoft.AspNetCore.Mvc;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.History;

public static class HistoryEndpoints
{
    /// <summary>Room for the multipart envelope around the file.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    /// <summary>Under the bearer-only API group; the handlers let administrators only.</summary>
    public static void MapHistoryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/past-awards").WithTags("History");
        group.MapGet("", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListPastAwards.Query(), ct))
            .WithSummary("Các khen thưởng đã có trước khi dùng hệ thống (hoặc từ hệ thống khác) đã được nhập.");
        group.MapGet("/template.xlsx", (Access access) =>
            {
                access.RequireAdmin();
                return Results.File(PastAwardSpreadsheet.Template(), NomineeSpreadsheet.ContentType, PastAwardSpreadsheet.TemplateFileName);
            })
            .WithSummary("Mẫu Excel nhập khen thưởng đã có: số, ngày, cơ quan ban hành quyết định, loại khen thưởng, tập thể hoặc cá nhân (CCCD, CMND cũ, ngày sinh), đơn vị.");
        group.MapPost("/import", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                if (!request.HasFormContentType)
                    throw new DomainException(Infrastructure.AttachmentStore.MultipartFileNeeded, "file");
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                await using var content = file?.OpenReadStream();
                var result = await mediator.Send(new ImportPastAwards.Command(file?.FileName, file?.Length ?? 0, content), ct);
                return result.Errors.Count > 0 ? Results.UnprocessableEntity(result) : Results.Ok(result);
            })
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PastAwardSpreadsheet.MaxBytes + FormOverheadBytes))
            .WithFormOptions(multipartBodyLengthLimit: PastAwardSpreadsheet.MaxBytes + FormOverheadBytes)
            .WithSummary("Nhập khen thưởng đã có từ tệp Excel theo mẫu: cả tệp hoặc không dòng nào; mỗi lỗi ghi dòng, cột và lý do (422).");
    }
}
