using System.Text;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Workflows.Bpmn;

namespace ToanDan.Awards.Host.Features.Workflows;

public static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflows").WithTags("Workflows").RequireAdmin();
        group.MapGet("", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListWorkflows.Query(), ct))
            .WithSummary("Các quy trình, các phiên bản và số hồ sơ đang chạy trên từng phiên bản (chỉ quản trị viên).");
        group.MapPost("", async (CreateWorkflow.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(command, ct);
                return Results.Created($"/api/workflows/{result.Key}/versions/{result.Version}", result);
            })
            .Produces<UploadWorkflowVersion.Result>(StatusCodes.Status201Created)
            .WithSummary("Thêm quy trình mới (bản nháp 1): sao chép một phiên bản của quy trình khác (copyFromKey, copyFromVersion), " +
                "hoặc khung tối thiểu khi không chọn (chỉ quản trị viên).");
        group.MapGet("/{key}/versions/{version:int}", async (string key, int version, IMediator mediator, CancellationToken ct) =>
                Results.Content(await mediator.Send(new GetWorkflowVersion.Query(key, version), ct), "application/xml", Encoding.UTF8))
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .WithSummary("Tệp BPMN (XML) của một phiên bản quy trình (chỉ quản trị viên).");
        group.MapPost("/{key}/versions", async (string key, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var xml = await ReadBpmnAsync(request, ct);
                if (xml is null)
                    return NotBpmn();
                var result = await mediator.Send(new UploadWorkflowVersion.Command(key, xml, request.Query["process"].FirstOrDefault()), ct);
                return Results.Created($"/api/workflows/{result.Key}/versions/{result.Version}", result);
            })
            .Accepts<string>("application/xml", "text/xml", "multipart/form-data")
            .Produces<UploadWorkflowVersion.Result>(StatusCodes.Status201Created)
            .DisableAntiforgery()
            .WithSummary("Tải lên tệp BPMN thành bản nháp mới; các lỗi của quy trình (nếu có) được trả về để sửa (chỉ quản trị viên). " +
                "Tệp có nhiều process mà không process nào được đánh dấu chạy được: trả về danh sách (processes) để chọn, rồi gửi lại với ?process=<id>.");
        group.MapPut("/{key}/versions/{version:int}", async (string key, int version, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var xml = await ReadBpmnAsync(request, ct);
                if (xml is null)
                    return NotBpmn();
                return Results.Ok(await mediator.Send(new ReplaceDraft.Command(key, version, xml, ExpectedRevision(request)), ct));
            })
            .Accepts<string>("application/xml", "text/xml", "multipart/form-data")
            .Produces<ReplaceDraft.Result>()
            .DisableAntiforgery()
            .WithSummary("Lưu đè một bản nháp (trình thiết kế tự lưu); trả về các lỗi của quy trình để sửa và revision mới. " +
                "Với If-Match: \"<revision>\", bản nháp đã được lưu từ nơi khác sẽ không bị ghi đè (409) (chỉ quản trị viên).");
        group.MapDelete("/{key}/versions/{version:int}", async (string key, int version, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DiscardDraft.Command(key, version), ct);
                return Results.NoContent();
            })
            .WithSummary("Xóa một bản nháp chưa công bố (chỉ quản trị viên).");
        group.MapGet("/{key}/compare", (string key, int from, int to, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new CompareWorkflowVersions.Query(key, from, to), ct))
            .WithSummary("Những gì thay đổi giữa hai phiên bản của một quy trình (chỉ quản trị viên).");
        group.MapGet("/{key}/versions/{version:int}/heat", (string key, int version, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetWorkflowHeat.Query(key, version), ct))
            .WithSummary("Thời gian hồ sơ nằm ở từng bước của một phiên bản, tính theo ngày làm việc (chỉ quản trị viên).");
        group.MapGet("/dossiers/{nominationId:int}", (int nominationId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetNominationTrace.Query(nominationId), ct))
            .WithSummary("Một hồ sơ trên quy trình của nó: bước đã xong, bước đang mở, ai làm gì, và từng lượt của bước nhiều người xử lý (chỉ quản trị viên).");
        group.MapPost("/{key}/versions/{version:int}/publish", (string key, int version, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new PublishWorkflowVersion.Command(key, version), ct))
            .WithSummary("Công bố một bản nháp: hồ sơ mới chạy theo phiên bản này, hồ sơ đang chạy giữ phiên bản cũ (chỉ quản trị viên).");
    }

    /// <summary>The revision named by an If-Match header (quotes and a weak marker removed), or null.</summary>
    internal static string? ExpectedRevision(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.Length == 0 || value == "*") return null;
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        return value.Trim('"');
    }

    /// <summary>The file comes as the raw body (application/xml, text/xml) or as the one file of a multipart form.</summary>
    /// <summary>The answer to an upload that carries no BPMN file.</summary>
    private static IResult NotBpmn() =>
        Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Kiểu dữ liệu không được hỗ trợ",
            detail: "Hãy gửi tệp BPMN với Content-Type application/xml hoặc text/xml, hoặc trong một form multipart/form-data.");

    private static async Task<string?> ReadBpmnAsync(HttpRequest request, CancellationToken ct)
    {
        var limit = BpmnReader.MaxDocumentCharacters;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.Count != 1)
                throw new ValidationException([new ValidationFailure("file", "Hãy gửi đúng một tệp quy trình BPMN.")]);
            var file = form.Files[0];
            await using var stream = file.OpenReadStream();
            return await ReadLimitedAsync(stream, limit, ct);
        }
        var type = request.ContentType?.Split(';')[0].Trim();
        if (type is not ("application/xml" or "text/xml" or "application/bpmn+xml")) return null;
        return await ReadLimitedAsync(request.Body, limit, ct);
    }

    /// <summary>At most one character more than the reader accepts, so an oversized file is refused by its validator without being read whole.</summary>
    internal static async Task<string> ReadLimitedAsync(Stream stream, int limit, CancellationToken ct)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[limit + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await reader.ReadAsync(buffer.AsMemory(read), ct)) > 0) read += n;
        return new string(buffer, 0, read);
    }
}
