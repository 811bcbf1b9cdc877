using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Tasks;

/// <summary>One of the people a task is offered to takes it: until they release it, only they complete it.</summary>
public static class ClaimTask
{
    public sealed record Command(Guid TaskId) : ICommand<Result>, IAudited, IOneAtATime
    {
        public string? AuditId => TaskId.ToString();
        [System.Text.Json.Serialization.JsonIgnore]
        public string OneAtATimeKey => OneAtATimeKeys.Task(TaskId);
    }

    public sealed record Result(Guid TaskId, string? ClaimedBy);

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, WorkflowRunner runner) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var item = await OfferedTaskAsync(db, access, request.TaskId, cancellationToken);
            if (!Access.IsShared(item))
                throw new NotApplicableException($"Bước '{item.Name}' được giao riêng cho {item.AssignedTo}: không cần nhận xử lý.");
            await runner.ClaimAsync(item, user.UserName, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(item.Id, item.ClaimedBy);
        }
    }

    /// <summary>An open task the caller may act on: unseen is 404, closed or taken by another is 409, not theirs is 403.</summary>
    internal static async Task<WorkItem> OfferedTaskAsync(AwardsDbContext db, Access access, Guid id, CancellationToken ct)
    {
        var item = await db.WorkItems.SingleOrDefaultAsync(w => w.Id == id, ct);
        if (item is null || !await access.VisibleNominations().AnyAsync(n => n.Id == item.NominationId, ct))
            throw new NotFoundException(NotFound);
        if (!item.IsOpen) throw new ConflictException($"Bước '{item.Name}' đã đóng, hồ sơ không còn chờ ở bước này.");
        if (!access.CanAct(item))
        {
            if (item.ClaimedBy is not null && access.CanAct(item, ignoringClaim: true))
                throw new ConflictException(item.ClaimedByOther);
            throw new ForbiddenException($"Bước '{item.Name}' không được giao cho anh/chị.");
        }
        return item;
    }

    public const string NotFound = "Không tìm thấy bước xử lý này, hoặc anh/chị không có quyền xem hồ sơ của nó.";
}
