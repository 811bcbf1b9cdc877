using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Rounds;

/// <summary>Which rounds and waiting dossiers an office works on: the rule, written once.</summary>
internal static class RoundAccess
{
    /// <summary>
    /// The office whose view of rounds the caller has: PV05's province for its staff (and administrators); the caller's
    /// own unit for the deciders' side. Others may not see rounds as a whole.
    /// </summary>
    public static async Task<Unit> OfficeOfAsync(AwardsDbContext db, Access access, CancellationToken ct)
    {
        if (!access.IsAdmin && !Roles.RoundWorkers.Any(access.HasRole))
            throw new ForbiddenException("Chỉ Phòng PV05, lãnh đạo và cơ quan có thẩm quyền quyết định mới xem được đợt khen thưởng.");
        return await db.Units.SingleAsync(u => u.Id == access.OwnUnitId, ct);
    }

    /// <summary>Rounds of issuers at or above the office's unit (its province's police and committee, the ministry).</summary>
    public static IQueryable<Round> VisibleRounds(AwardsDbContext db, Unit office)
    {
        var path = office.Path;
        return db.Rounds.Where(r => path.StartsWith(r.Issuer!.Unit!.Path));
    }

    /// <summary>
    /// The rounds the caller works on as a whole, with their waiting and postponed nominees: every visible round for the
    /// emulation offices (PV05, V05) and administrators; for the deciders' side only the rounds whose decisions their
    /// role signs (the chairman's office does not see a round of the police director's Giấy khen).
    /// </summary>
    public static IQueryable<Round> OfficeRounds(AwardsDbContext db, Access access, Unit office)
    {
        var rounds = VisibleRounds(db, office);
        if (access.IsAdmin || access.HasRole(Roles.Pv05Reviewer) || access.HasRole(Roles.V05Reviewer)) return rounds;
        var signing = Roles.RoundWorkers.Where(access.HasRole).ToList();
        return rounds.Where(r => signing.Contains(r.Issuer!.SignerRole));
    }

    /// <summary>
    /// Dossiers of the office's subtree with nominees waiting for a decision of <paramref name="awardType"/>: the round's own,
    /// and those carried over (left out of, or resumed after, an earlier round of the same issuer already decided or closed).
    /// </summary>
    public static IQueryable<Nomination> WaitingFor(AwardsDbContext db, Round round, AwardType awardType, Unit office)
    {
        var path = office.Path;
        return db.Nominations.Where(n => n.AwardTypeId == awardType.Id
            && n.Status == NominationStatus.AwaitingDecision
            && n.Unit!.Path.StartsWith(path)
            && (n.RoundId == round.Id || (n.Round!.IssuerId == round.IssuerId && n.Round.State != RoundState.Open))
            && n.Nominees.Any(m => !m.IsStruck && !m.IsPostponed && m.DecisionId == null && m.AwardedAt == null));
    }
}
