using MediatR;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Tasks;

/// <summary>The person who took a task gives it back to everyone it is offered to.</summary>
public static class ReleaseTask
{
    public sealed record Command(Guid TaskId) : ICommand<ClaimTask.Result>, IAudited, IOneAtATime
    {
        public string? AuditId => TaskId.ToString();
        [System.Text.Json.Serialization.JsonIgnore]
        public string OneAtATimeKey => OneAtATimeKeys.Task(TaskId);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, WorkflowRunner runner)
        : IRequestHandler<Command, ClaimTask.Result>
    {
        public async Task<ClaimTask.Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var item = await ClaimTask.OfferedTaskAsync(db, access, request.TaskId, cancellationToken);
            await runner.ReleaseAsync(item, user.UserName, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new ClaimTask.Result(item.Id, item.ClaimedBy);
        }
    }
}
