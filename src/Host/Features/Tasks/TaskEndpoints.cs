using MediatR;

namespace ToanDan.Awards.Host.Features.Tasks;

public static class TaskEndpoints
{
    public static void MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks");
        group.MapGet("", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListMyTasks.Query(), ct))
            .WithSummary("Các bước đang chờ anh/chị xử lý, việc cũ nhất trước.");
        group.MapPost("/{id:guid}/complete", (Guid id, CompleteTask.Body body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new CompleteTask.Command(id, body.Outcome?.Trim() ?? "", body.Comment, body.Nominees), ct))
            .WithSummary("Xử lý một bước: đồng ý, trả lại hoặc không đồng ý (kèm lý do), có thể loại từng người được đề nghị.");
    }
}
