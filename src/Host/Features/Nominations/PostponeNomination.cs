using System.Globalization;
using System.Text.Json.Nodes;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>
/// The reviewer who holds a dossier's step postpones the whole dossier (tạm hoãn) while discipline, a complaint or an
/// inspection is pending: its path stops, every nominee is postponed (never refused) and the unit is told why.
/// </summary>
public static class PostponeNomination
{
    public sealed record Body(Guid TaskId, string? Reason);

    public sealed record Command(Guid TaskId, string? Reason) : ICommand<Result>, IAudited, IOneAtATime
    {
        public string? AuditId => TaskId.ToString();
        [System.Text.Json.Serialization.JsonIgnore]
        public string OneAtATimeKey => OneAtATimeKeys.Task(TaskId);
    }

    public sealed record Result(int NominationId, NominationStatus Status);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Hãy ghi lý do tạm hoãn (kỷ luật, khiếu nại, thanh tra đang giải quyết…).")
                .AtMost(TextLimits.Reason, "Lý do");
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, WorkflowRunner runner, Notifier notifier, TimeProvider clock)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var item = await db.WorkItems.SingleOrDefaultAsync(w => w.Id == request.TaskId, cancellationToken);
            if (item is null || !access.CanAct(item))
                throw new NotFoundException("Không tìm thấy bước xử lý này, hoặc bước này không được giao cho anh/chị.");
            if (!item.IsOpen) throw new ConflictException($"Bước '{item.Name}' đã được xử lý; hồ sơ không còn chờ anh/chị.");
            if (item.Role == Roles.UnitClerk) throw new ForbiddenException("Đơn vị đề nghị không tự tạm hoãn hồ sơ của mình; có thể rút hồ sơ.");

            var nomination = await access.VisibleNominationAsync(item.NominationId, cancellationToken, forUpdate: true);
            var reason = request.Reason!.Trim();
            await runner.CancelAsync(nomination, user.UserName, $"Tạm hoãn: {reason}", cancellationToken);
            nomination.Postpone(reason, user.UserName, clock.GetUtcNow());
            await notifier.NotifyRoleAsync($"nomination/{nomination.Id}/postponed/{item.Id}", DefaultEmailTemplates.NominationPostponed,
                Roles.UnitClerk, nomination.UnitId, new JsonObject
                {
                    ["nominationId"] = nomination.Id,
                    ["awardType"] = nomination.AwardType!.Name,
                    ["unitName"] = nomination.Unit!.Name,
                    ["reason"] = reason,
                }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(nomination.Id, nomination.Status);
        }
    }
}
