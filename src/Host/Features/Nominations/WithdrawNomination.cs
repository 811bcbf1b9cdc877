using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Features.Nominations;

public static class WithdrawNomination
{

    public sealed record Command(int Id, string? Reason) : ICommand<Result>, IAudited
    {
        public string? AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, NominationStatus Status);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).AtMost(TextLimits.Reason, "Lý do rút hồ sơ");
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, WorkflowRunner runner, WorkflowCatalog catalog,
        TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var nomination = await access.OwnNominationAsync(request.Id, cancellationToken);
            var reason = string.IsNullOrWhiteSpace(request.Reason) ? "Đơn vị rút hồ sơ." : request.Reason.Trim();

            var withUnit = await db.WorkItems
                .Where(w => w.NominationId == nomination.Id && w.ClosedAt == null && w.Role == Roles.UnitClerk)
                .OrderBy(w => w.OpenedAt).FirstOrDefaultAsync(cancellationToken);
            if (withUnit is not null && access.CanAct(withUnit) && await OffersWithdrawAsync(withUnit, cancellationToken))
                await runner.CompleteAsync(nomination, withUnit, Outcomes.Withdraw, reason, user.UserName, cancellationToken);
            else
            {
                if (await db.WorkflowInstances.AnyAsync(i => i.NominationId == nomination.Id && i.IsRunning, cancellationToken))
                    await runner.CancelAsync(nomination, user.UserName, reason, cancellationToken);
                nomination.Withdraw(clock.GetUtcNow());
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(nomination.Id, nomination.Status);
        }

        private async Task<bool> OffersWithdrawAsync(WorkItem item, CancellationToken ct)
        {
            var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == item.InstanceId, ct);
            var definition = await catalog.GetAsync(db, instance.WorkflowKey, instance.WorkflowVersion, ct);
            return definition.FindNode(item.ElementId) is UserTask task && task.Offered(Outcomes.Withdraw) is not null;
        }
    }
}
