using MediatR;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.EmailTemplates;

public static class EmailTemplateEndpoints
{
    public static void MapEmailTemplateEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/email-templates").WithTags("EmailTemplates").RequireAdmin();
        group.MapGet("", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListEmailTemplates.Query(), ct))
            .WithSummary("Các mẫu thư điện tử.");
        group.MapGet("/{key}", (string key, IMediator mediator, CancellationToken ct) => mediator.Send(new GetEmailTemplate.Query(key), ct))
            .WithSummary("Một mẫu thư: tiêu đề, nội dung HTML và văn bản thuần (Handlebars).");
        group.MapPut("/{key}", (string key, SaveEmailTemplate.Body body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SaveEmailTemplate.Command(key, body.Subject, body.HtmlBody, body.TextBody), ct))
            .WithSummary("Sửa (hoặc thêm) một mẫu thư; mẫu có lỗi cú pháp không được lưu.");
        group.MapPost("/{key}/preview", (string key, PreviewEmailTemplate.Body? body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new PreviewEmailTemplate.Query(key, body?.Subject, body?.HtmlBody, body?.TextBody), ct))
            .WithSummary("Xem trước mẫu thư (đã lưu hoặc đang sửa) với một hồ sơ mẫu.");
    }
}
