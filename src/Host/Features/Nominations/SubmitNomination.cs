using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Features.Nominations;

public static class SubmitNomination
{
    /// <summary>Send a draft into its award's workflow, or send a returned dossier back to its reviewers.</summary>
    public sealed record Command(int Id) : ICommand<Result>, IAudited
    {
        public string? AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, NominationStatus Status);

    internal sealed class Handler(AwardsDbContext db, CriteriaCache criteria, Access access, CurrentUser user, WorkflowRunner runner, TimeProvider clock)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var nomination = await access.OwnNominationAsync(request.Id, cancellationToken);
            if (nomination.IsEditable && nomination.KeptNominees.Any()) await DossierParts.EnsureCompleteAsync(db, nomination, cancellationToken);
            if (nomination.Status == NominationStatus.Returned)
            {
                var revise = await db.WorkItems
                    .Where(w => w.NominationId == nomination.Id && w.ClosedAt == null && w.Role == Roles.UnitClerk)
                    .OrderBy(w => w.OpenedAt).FirstOrDefaultAsync(cancellationToken);
                if (revise is null || !access.CanAct(revise))
                    throw new DomainException("Hồ sơ bị trả lại nhưng không có bước nào chờ đơn vị gửi lại; hãy báo quản trị viên.", "status");
                await Eligibility.EligibilityGate.OnSubmitAsync(db, criteria, nomination, user.UserName, clock, cancellationToken);
                await OncePerPerson.EnsureAsync(db, access, nomination, cancellationToken);
                await Eligibility.OneAchievementOneAward.EnsureAsync(db, access, nomination, cancellationToken);
                await runner.CompleteAsync(nomination, revise, Outcomes.Resubmit, null, user.UserName, cancellationToken);
            }
            else
            {
                if (nomination.Status == NominationStatus.Draft)
                    await Eligibility.EligibilityGate.OnSubmitAsync(db, criteria, nomination, user.UserName, clock, cancellationToken);
                nomination.Submit(clock.GetUtcNow());
                await OncePerPerson.EnsureAsync(db, access, nomination, cancellationToken);
                await Eligibility.OneAchievementOneAward.EnsureAsync(db, access, nomination, cancellationToken);
                await runner.StartAsync(nomination, user.UserName, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(nomination.Id, nomination.Status);
        }
    }
}
