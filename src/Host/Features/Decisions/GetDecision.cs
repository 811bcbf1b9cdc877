using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Decisions;

/// <summary>A decision (draft or signed) with its awardees, collectives first then individuals, grouped by unit.</summary>
public static class GetDecision
{
    public sealed record Query(int Id) : IRequest<Detail>;

    public sealed record Detail(int Id, DecisionStatus Status, string StatusName, string Number, string Symbol, DateOnly? IssuedOn, string AwardType,
        string AwardTypeCode, int IssuerId, string Issuer, string Decider, int? RoundId, string? RoundName, Signer? Signer, string DraftedBy,
        DateTimeOffset DraftedAt, string Tally, bool Revoked, DateTimeOffset? RevokedAt, string? RevokedBy, string? RevocationReason,
        IReadOnlyList<Awardee> Awardees, bool CanEdit, bool CanSign, IReadOnlyList<string> Deputies, IssuerView IssuerText,
        IReadOnlyList<Proposal> Proposals)
    {
        /// <summary>The units the awardees came from, in the order the decision lists them.</summary>
        public IReadOnlyList<string> UnitNames => [.. Awardees.Select(a => a.UnitName).Distinct()];

        /// <summary>The official signed copy (the newest upload), if any.</summary>
        public SignedCopyView? SignedCopy => SignedCopies.Count > 0 ? SignedCopies[0] : null;

        /// <summary>Every signed copy uploaded, newest first.</summary>
        public IReadOnlyList<SignedCopyView> SignedCopies { get; init; } = [];

        public bool MayUploadSignedCopy { get; init; }
    }

    public sealed record Signer(string Name, string Title, bool OnBehalf, string DeciderTitle);

    /// <summary>What the issuer prints on its documents, as its administrator wrote it.</summary>
    public sealed record IssuerView(string ParentAuthority, string Name, string Place, string DeciderTitle, string DeciderName,
        IReadOnlyList<string> LegalBases, IReadOnlyList<string> Recipients);

    /// <summary>A dossier the decision answers: the unit's cover submission (tờ trình), if it had one.</summary>
    public sealed record Proposal(int NominationId, string UnitName, string? SubmissionNumber, DateOnly? SubmissionDate);

    public sealed record Awardee(int Id, int NomineeId, int NominationId, string UnitName, NomineeKind Kind, string Name,
        DateOnly? DateOfBirth, string? CitizenId, string? Position, string? Workplace);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Detail>
    {
        public async Task<Detail> Handle(Query request, CancellationToken cancellationToken)
        {
            var decision = await access.VisibleDecisions().AsNoTracking()
                .Include(d => d.AwardType).Include(d => d.Awardees).Include(d => d.Issuer).Include(d => d.Round)
                .AsSplitQuery()
                .SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException(Decision.NotFound(request.Id));
            var nominationIds = decision.Awardees.Select(a => a.NominationId).Distinct().ToList();
            var visible = (await access.VisibleNominations().Where(n => nominationIds.Contains(n.Id)).Select(n => n.Id)
                .ToListAsync(cancellationToken)).ToHashSet();
            var awardees = Ordered(decision.Awardees)
                .Select(a => new Awardee(a.Id, a.NomineeId, a.NominationId, a.UnitName, a.Kind, a.Name, a.DateOfBirth,
                    visible.Contains(a.NominationId) && access.CanSeeCitizenIdsOf(a.UnitId) ? a.CitizenId : Access.Mask(a.CitizenId),
                    a.Position, a.Workplace))
                .ToList();
            var issuer = decision.Issuer!;
            var proposals = await db.Nominations.AsNoTracking().Where(n => nominationIds.Contains(n.Id)).OrderBy(n => n.Id)
                .Select(n => new Proposal(n.Id, n.Unit!.Name, n.SubmissionNumber, n.SubmissionDate)).ToListAsync(cancellationToken);
            var signer = decision.SignerName is null ? null
                : new Signer(decision.SignerName, decision.SignerTitle ?? "", decision.SignedOnBehalf, issuer.DeciderTitle);
            var draft = decision.Status == DecisionStatus.Draft;
            return new Detail(decision.Id, decision.Status, DecisionStatusNames.Of(decision.Status), decision.FullNumber, decision.Symbol, decision.IssuedOn,
                decision.AwardType!.Name, decision.AwardType.Code, issuer.Id, issuer.Name, decision.Decider, decision.RoundId, decision.Round?.Name,
                signer, decision.DraftedBy, decision.DraftedAt,
                VietnameseWording.Awardees(awardees.Count(a => a.Kind == NomineeKind.Collective), awardees.Count(a => a.Kind == NomineeKind.Individual)),
                decision.IsRevoked, decision.RevokedAt, decision.RevokedBy, decision.RevocationReason, awardees,
                CanEdit: draft && access.IsOfficeOf(decision.OfficeUnitId),
                CanSign: draft && (access.IsSignerOf(issuer) || access.IsAdmin),
                Deputies: draft ? issuer.DeputyNames : [],
                new IssuerView(issuer.ParentAuthority, issuer.Name, issuer.Place, issuer.DeciderTitle, issuer.DeciderName, issuer.LegalBasisLines,
                    issuer.RecipientLines),
                proposals)
            {
                SignedCopies = await SignedCopyView.OfDecisionAsync(db, decision.Id, cancellationToken),
                MayUploadSignedCopy = decision.IsSigned && !decision.IsRevoked && access.IsOfficeOf(decision.OfficeUnitId),
            };
        }

        /// <summary>As decisions list them: collectives, then individuals; within each, grouped by unit in first-seen order.</summary>
        internal static IEnumerable<DecisionAwardee> Ordered(IEnumerable<DecisionAwardee> awardees)
        {
            var list = awardees.OrderBy(a => a.Id).ToList();
            var unitOrder = list.Select(a => a.UnitId).Distinct().Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i);
            return list.OrderBy(a => a.Kind == NomineeKind.Collective ? 0 : 1).ThenBy(a => unitOrder[a.UnitId]).ThenBy(a => a.Id);
        }
    }
}
