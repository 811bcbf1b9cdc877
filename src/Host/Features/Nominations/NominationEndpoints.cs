using MediatR;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Nominations;

public static class NominationEndpoints
{
    /// <summary>Room for the multipart envelope and the other form fields around one file.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    public static void MapNominationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/nominations").WithTags("Nominations");

        group.MapPost("", async (CreateNomination.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(command, ct);
                return Results.Created($"/api/nominations/{result.Id}", result);
            })
            .WithSummary("Lập hồ sơ đề nghị khen thưởng (cán bộ thi đua của đơn vị).");

        group.MapGet("", (string? status, string? awardTypeCode, int? unitId, int? page, int? pageSize, string? search, IMediator mediator,
                CancellationToken ct) =>
                mediator.Send(new ListNominations.Query(status, awardTypeCode, unitId, page ?? 1, pageSize ?? 20, search), ct))
            .WithSummary("Danh sách hồ sơ anh/chị được xem, mới nhất trước; lọc theo trạng thái, loại khen thưởng, đơn vị; " +
                "tìm theo tên người được đề nghị hoặc tên đơn vị, có dấu hay không dấu.");

        group.MapGet("/{id:int}", (int id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetNomination.Query(id), ct))
            .WithSummary("Chi tiết hồ sơ: người được đề nghị, tệp đính kèm, bước đang xử lý và lịch sử.");

        group.MapPut("/{id:int}", (int id, UpdateNomination.Command command, IMediator mediator, CancellationToken ct) =>
                mediator.Send(command with { Id = id }, ct))
            .WithSummary("Sửa hồ sơ nháp hoặc bị trả lại (thay toàn bộ danh sách người được đề nghị).");

        var maxBytes = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IOptions<AttachmentOptions>>().Value.MaxBytes;
        group.MapPost("/{id:int}/attachments", async (int id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                if (!request.HasFormContentType)
                    throw new DomainException(Infrastructure.AttachmentStore.MultipartFileNeeded, "file");
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? throw new DomainException("Chưa chọn tệp để đính kèm (trường 'file').", "file");
                await using var content = file.OpenReadStream();
                int? nomineeId = int.TryParse(form["nomineeId"], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
                if (nomineeId is null && !string.IsNullOrWhiteSpace(form["nomineeId"]))
                    throw new DomainException($"Mã người được đề nghị '{form["nomineeId"]}' không hợp lệ (trường 'nomineeId').", "nomineeId");
                var result = await mediator.Send(new UploadAttachment.Command(id, form["kind"], file.FileName, content, form["part"], nomineeId), ct);
                return Results.Created($"/api/nominations/{id}/attachments/{result.Id}", result);
            })
            .Accepts<AttachmentForm>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + FormOverheadBytes))
            .WithFormOptions(multipartBodyLengthLimit: maxBytes + FormOverheadBytes)
            .WithSummary("Đính kèm tệp vào hồ sơ (PDF, ảnh, Word, Excel; kiểm tra dung lượng và loại tệp theo nội dung); " +
                "'part' là mã thành phần hồ sơ tệp đáp ứng, 'nomineeId' là người có tệp (thành phần nộp cho từng người).");

        group.MapGet("/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, IMediator mediator, HttpResponse response,
                CancellationToken ct) =>
            {
                var file = await mediator.Send(new DownloadAttachment.Query(id, attachmentId), ct);
                response.Headers.XContentTypeOptions = "nosniff";
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("Tải tệp đính kèm của hồ sơ về máy.");

        group.MapPost("/{id:int}/submit", (int id, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SubmitNomination.Command(id), ct))
            .WithSummary("Gửi hồ sơ đi xét duyệt, hoặc gửi lại hồ sơ bị trả lại.");

        group.MapPost("/{id:int}/messages", (int id, DeliverMessage.Body body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new DeliverMessage.Command(id, body.Message, body.Comment), ct))
            .WithSummary("Ghi nhận một thông điệp mà quy trình của hồ sơ đang chờ (ví dụ: đã nhận hồ sơ bổ sung, quyết định của Bộ đã về); " +
                "thông điệp không có bước nào chờ bị từ chối (409).");

        group.MapPost("/{id:int}/withdraw", (int id, WithdrawRequest? body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new WithdrawNomination.Command(id, body?.Reason), ct))
            .WithSummary("Rút hồ sơ (dừng quy trình xét duyệt nếu đang chạy).");

        group.MapPost("/{id:int}/nominees/{nomineeId:int}/resume", (int id, int nomineeId, ResumeNominee.Body body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ResumeNominee.Command(id, nomineeId, body.Reason), ct))
            .WithSummary("Phòng PV05 tiếp tục xét người đã tạm hoãn: người đó chờ quyết định sau của cùng hình thức khen thưởng.");
    }

    /// <summary>The upload form, as the OpenAPI document describes it.</summary>
    public sealed record AttachmentForm(IFormFile File, string? Kind, string? Part, int? NomineeId);

    public sealed record WithdrawRequest(string? Reason);
}
