using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Disclosure;

/// <summary>
/// The public's comments that a reviewer weighs on a step of a round's dossier: those about its nominees, and those about
/// no one in particular when the round is the province's own (or the reviewer sits at the issuer). The unit's clerk
/// never sees them: senders of a comment about a unit's nominee must not be exposed to that unit.
/// </summary>
public static class ListDossierFeedback
{
    public sealed record Query(int NominationId) : IRequest<IReadOnlyList<ListRoundFeedback.Item>>;

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user) : IRequestHandler<Query, IReadOnlyList<ListRoundFeedback.Item>>
    {
        public async Task<IReadOnlyList<ListRoundFeedback.Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (!access.IsAdmin && !Roles.Reviewers.Any(user.IsInRole)) return [];
            var dossier = await access.VisibleNominations().Where(n => n.Id == request.NominationId && n.RoundId != null)
                .Select(n => new { n.Id, RoundId = n.RoundId!.Value, IssuerUnit = n.Round!.Issuer!.Unit })
                .SingleOrDefaultAsync(cancellationToken);
            if (dossier is null) return [];
            var general = access.IsAdmin || dossier.IssuerUnit!.Level == Workflow.UnitResolver.Province || dossier.IssuerUnit.Id == user.UnitId;
            var nominees = db.Nominees.Where(m => m.NominationId == dossier.Id).Select(m => (int?)m.Id);
            var feedback = db.RoundFeedback.Where(f => f.RoundId == dossier.RoundId
                && (f.NomineeId == null ? general : nominees.Contains(f.NomineeId)));
            return await ListRoundFeedback.Project(db, feedback, cancellationToken);
        }
    }
}
