using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>A dossier's individuals against the award type's criteria: per nominee and criterion, the outcome and the figures used.</summary>
public static class GetEligibility
{
    public sealed record Query(int NominationId) : IRequest<Result>;

    public sealed record Result(int NominationId, DateOnly CountedTo, bool CanConfirm, IReadOnlyList<NomineeResult> Nominees);

    public sealed record NomineeResult(int NomineeId, string Name, bool IsStruck, bool IsPostponed, CriterionOutcome Outcome, string OutcomeName,
        IReadOnlyList<Criterion> Criteria);

    public sealed record Criterion(int RuleId, string Title, CriterionOutcome Outcome, string OutcomeName, string Figures, string LegalBasis,
        string? SourceNote, string? ConfirmedBy, string? ConfirmationReason);

    internal sealed class Handler(AwardsDbContext db, CriteriaCache criteria, Access access, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var nomination = await access.VisibleNominationAsync(request.NominationId, cancellationToken);
            var asOf = EligibilityGate.AsOf(nomination, clock);
            var verdicts = await EligibilityGate.EvaluateAsync(db, criteria, nomination, asOf, cancellationToken);
            var canConfirm = await ConfirmCriterion.ReviewerStepAsync(db, access, nomination.Id, cancellationToken) is not null;
            return new Result(nomination.Id, asOf, canConfirm, [.. verdicts.OrderBy(v => v.Nominee.Id).Select(v => new NomineeResult(
                v.Nominee.Id, v.Nominee.Name, v.Nominee.IsStruck, v.Nominee.IsPostponed, v.Verdict.Outcome, CriterionOutcomeNames.Of(v.Verdict.Outcome),
                [.. v.Verdict.Criteria.Select(c => new Criterion(c.RuleId, c.Title, c.Outcome, CriterionOutcomeNames.Of(c.Outcome), c.Figures,
                    c.LegalBasis, c.SourceNote, c.ConfirmedBy, c.ConfirmationReason))]))]);
        }
    }
}
