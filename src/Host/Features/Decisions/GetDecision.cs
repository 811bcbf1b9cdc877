using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Decisions;

public static class GetDecision
{
    public sealed record Query(int Id) : IRequest<Detail>;

    public sealed record Detail(int Id, string Number, DateOnly IssuedOn, string AwardType, string Decider, int NominationId, string UnitName,
        bool Revoked, DateTimeOffset? RevokedAt, string? RevokedBy, string? RevocationReason, IReadOnlyList<Awardee> Awardees,
        string? ProvinceName = null)
    {
        /// <summary>The official signed copy (the newest upload), if any.</summary>
        public SignedCopyView? SignedCopy => SignedCopies.Count > 0 ? SignedCopies[0] : null;

        /// <summary>Every signed copy uploaded, newest first.</summary>
        public IReadOnlyList<SignedCopyView> SignedCopies { get; init; } = [];

        public bool MayUploadSignedCopy { get; init; }
    }

    public sealed record Awardee(int Id, int NomineeId, NomineeKind Kind, string Name, DateOnly? DateOfBirth, string? CitizenId,
        string? Position, string? Workplace);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Detail>
    {
        public async Task<Detail> Handle(Query request, CancellationToken cancellationToken)
        {
            var decision = await db.Decisions.AsNoTracking().Include(d => d.AwardType).Include(d => d.Awardees)
                .SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
                ?? throw NotFound(request.Id);
            Nomination nomination;
            try
            {
                nomination = await access.VisibleNominationAsync(decision.NominationId, cancellationToken);
            }
            catch (NotFoundException)
            {
                throw NotFound(request.Id);
            }
            var showIds = access.CanSeeCitizenIds(nomination);
            var awardees = decision.Awardees
                .OrderBy(a => a.Kind == NomineeKind.Collective ? 0 : 1).ThenBy(a => a.Id)
                .Select(a => new Awardee(a.Id, a.NomineeId, a.Kind, a.Name, a.DateOfBirth, showIds ? a.CitizenId : Access.Mask(a.CitizenId),
                    a.Position, a.Workplace))
                .ToList();
            // The province the nominating unit belongs to names the issuing authority and the place on the document.
            var codes = nomination.Unit!.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var province = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code) && u.Level == "province")
                .Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
            return new Detail(decision.Id, decision.FullNumber, decision.IssuedOn, decision.AwardType!.Name, decision.Decider, decision.NominationId,
                nomination.Unit.Name, decision.IsRevoked, decision.RevokedAt, decision.RevokedBy, decision.RevocationReason, awardees, province)
            {
                SignedCopies = await SignedCopyView.OfDecisionAsync(db, decision.Id, cancellationToken),
                MayUploadSignedCopy = !decision.IsRevoked && await access.MayFileSignedCopyAsync(nomination, cancellationToken),
            };
        }

        private static NotFoundException NotFound(int id) =>
            new($"Không tìm thấy quyết định số {id}, hoặc anh/chị không có quyền xem quyết định này.");
    }
}
