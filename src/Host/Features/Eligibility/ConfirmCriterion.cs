using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>
/// A reviewer with an open step on the dossier confirms a criterion the system cannot decide ("cần xác minh") for one
/// nominee, with the reason (the proof seen); the command and its reason are in the audit trail.
/// </summary>
public static class ConfirmCriterion
{
    public sealed record Body(int RuleId, string? Reason);

    public sealed record Command(int NominationId, int NomineeId, int RuleId, string? Reason) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => NominationId.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Cần ghi lý do xác nhận tiêu chuẩn (giấy tờ, căn cứ đã xem).")
                .AtMost(TextLimits.Reason, "Lý do xác nhận");
        }
    }

    /// <summary>The open step of the dossier that the caller may act on as a reviewer (not the unit's own step), if any.</summary>
    internal static async Task<WorkItem?> ReviewerStepAsync(AwardsDbContext db, Access access, int nominationId, CancellationToken ct)
    {
        var open = await db.WorkItems.AsNoTracking().Where(w => w.NominationId == nominationId && w.ClosedAt == null && w.Role != Roles.UnitClerk)
            .ToListAsync(ct);
        return open.FirstOrDefault(w => access.CanAct(w));
    }

    internal sealed class Handler(AwardsDbContext db, CriteriaCache criteria, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var nomination = await access.VisibleNominationAsync(request.NominationId, cancellationToken);
            if (await ReviewerStepAsync(db, access, nomination.Id, cancellationToken) is null)
                throw new ForbiddenException("Chỉ người đang có bước xét duyệt hồ sơ này mới xác nhận được tiêu chuẩn.");
            var nominee = nomination.Nominees.FirstOrDefault(n => n.Id == request.NomineeId)
                ?? throw new NotFoundException($"Không có người được đề nghị số {request.NomineeId} trong hồ sơ này.");
            var verdicts = await EligibilityGate.EvaluateAsync(db, criteria, nomination, EligibilityGate.AsOf(nomination, clock), cancellationToken);
            var criterion = verdicts.Where(v => v.Nominee == nominee).SelectMany(v => v.Verdict.Criteria).FirstOrDefault(c => c.RuleId == request.RuleId && c.RuleId != 0)
                ?? throw new NotFoundException($"Tiêu chuẩn số {request.RuleId} không áp dụng cho '{nominee.Name}'.");
            if (criterion.Outcome == CriterionOutcome.Confirmed)
                throw new ConflictException($"Tiêu chuẩn '{criterion.Title}' của '{nominee.Name}' đã được {criterion.ConfirmedBy} xác nhận.");
            if (criterion.Outcome != CriterionOutcome.ToVerify)
                throw new DomainException($"Chỉ xác nhận được tiêu chuẩn cần xác minh; tiêu chuẩn '{criterion.Title}' của '{nominee.Name}' là '{CriterionOutcomeNames.Of(criterion.Outcome)}': {criterion.Figures}.", "ruleId");
            db.EligibilityConfirmations.Add(new EligibilityConfirmation(nominee.Id, request.RuleId, request.Reason!, user.UserName, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
