using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Rounds;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Disclosure;

/// <summary>
/// The comments the public sent on a round, newest first, for the office: administrators; PV05 and the director of
/// the issuer's province (all of them); for a ministry round, Cục V05 (all) and each province's PV05 and director (those
/// about their province's nominees, and those about no one in particular).
/// </summary>
public static class ListRoundFeedback
{
    public sealed record Query(int RoundId) : IRequest<IReadOnlyList<Item>>;

    /// <summary><c>Sender</c> is a short code of the sender's hashed address: equal codes came from one place.</summary>
    public sealed record Item(Guid Id, DateTimeOffset ReceivedAt, string Name, string Contact, string Content, int? NomineeId, string? NomineeName,
        string? NomineeUnit, string Sender);

    public const string Refusal =
        "Chỉ Phòng PV05, lãnh đạo Công an tỉnh, Cục V05 (với đợt của Bộ) và quản trị viên mới xem được ý kiến góp ý khi công khai.";

    private static readonly string[] ReaderRoles = [Roles.Pv05Reviewer, Roles.Director, Roles.V05Reviewer];

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (!access.IsAdmin && !ReaderRoles.Any(user.IsInRole)) throw new ForbiddenException(Refusal);
            var rounds = access.IsAdmin ? db.Rounds
                : RoundAccess.VisibleRounds(db, await db.Units.SingleAsync(u => u.Id == user.UnitId, cancellationToken));
            var round = await rounds.Where(r => r.Id == request.RoundId).Select(r => new { r.Id, r.Issuer!.UnitId })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(Round.NotFound(request.RoundId));
            var feedback = db.RoundFeedback.Where(f => f.RoundId == round.Id);
            if (!access.IsAdmin && round.UnitId != user.UnitId)
            {
                var path = user.UnitPath;
                var ours = db.Nominations.Where(n => n.RoundId == round.Id && n.Unit!.Path.StartsWith(path));
                feedback = feedback.Where(f => f.NomineeId == null
                    ? ours.Any()
                    : ours.Any(n => n.Nominees.Any(m => m.Id == f.NomineeId)));
            }
            return await Project(db, feedback, cancellationToken);
        }
    }

    internal static async Task<IReadOnlyList<Item>> Project(AwardsDbContext db, IQueryable<RoundFeedback> feedback, CancellationToken ct)
    {
        var rows = await (
            from f in feedback.AsNoTracking()
            join m in db.Nominees on f.NomineeId equals m.Id into chosen
            from m in chosen.DefaultIfEmpty()
            orderby f.ReceivedAt descending
            select new
            {
                f.Id, f.ReceivedAt, f.Name, f.Contact, f.Content, f.NomineeId, f.NomineeName, f.AddressHash,
                Unit = m == null ? null : db.Nominations.Where(n => n.Id == m.NominationId).Select(n => n.Unit!.Name).FirstOrDefault(),
            }).ToListAsync(ct);
        return [.. rows.Select(r => new Item(r.Id, r.ReceivedAt, r.Name, r.Contact, r.Content, r.NomineeId, r.NomineeName, r.Unit,
            r.AddressHash.Length >= 8 ? r.AddressHash[..8] : r.AddressHash))];
    }
}
