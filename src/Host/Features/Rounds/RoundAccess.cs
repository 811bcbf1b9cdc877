using System.Linq.Expressions;
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

    /// <summary>
    /// The province whose emulation council the caller serves: the council itself, PV05 (its standing secretariat) and
    /// administrators, each of their own unit. Nobody else sees the council's view of a round.
    /// </summary>
    public static async Task<Unit> CouncilOfAsync(AwardsDbContext db, Access access, CancellationToken ct)
    {
        if (!access.IsAdmin && !access.HasRole(Roles.Council) && !access.HasRole(Roles.Pv05Reviewer))
            throw new ForbiddenException("Chỉ Hội đồng Thi đua – Khen thưởng, Phòng PV05 và quản trị viên mới xem được kết quả xét của Hội đồng.");
        return await db.Units.SingleAsync(u => u.Id == access.OwnUnitId, ct);
    }

    /// <summary>
    /// The nominees the council of <paramref name="office"/> weighs in a round: those kept and not postponed in the round's
    /// dossiers of the office's subtree that were sent and not refused, withdrawn or returned.
    /// </summary>
    public static IQueryable<Nominee> CouncilNominees(AwardsDbContext db, Round round, Unit office)
    {
        var (roundId, path) = (round.Id, office.Path);
        return db.Nominees.Where(m => !m.IsStruck && !m.IsPostponed
            && db.Nominations.Any(n => n.Id == m.NominationId && n.RoundId == roundId && n.Unit!.Path.StartsWith(path)
                && (n.Status == NominationStatus.InReview || n.Status == NominationStatus.AwaitingDecision || n.Status == NominationStatus.Approved)));
    }

    /// <summary>A round that does not exist or that the caller may not see: the same answer, so its existence is not revealed.</summary>
    public static NotFoundException NotFound(int roundId) =>
        new($"Không tìm thấy đợt khen thưởng số {roundId}, hoặc anh/chị không có quyền xem đợt này.");

    /// <summary>Rounds of issuers at or above the office's unit (its province's police and committee, the ministry).</summary>
    public static IQueryable<Round> VisibleRounds(AwardsDbContext db, Unit office)
    {
        var path = office.Path;
        return db.Rounds.Where(r => path.StartsWith(r.Issuer!.Unit!.Path));
    }

    /// <summary>
    /// A nominee of a dossier awaiting its decision waits while kept, not postponed and in no decision yet (draft or signed):
    /// the database's form of <see cref="NomineeStanding.Waiting"/>.
    /// </summary>
    private static readonly Expression<Func<Nominee, bool>> Undecided =
        m => !m.IsStruck && !m.IsPostponed && m.DecisionId == null && m.AwardedAt == null;

    /// <summary>
    /// How many nominees of the office's subtree wait for a decision in each round: the nominees of <see cref="WaitingFor"/>
    /// over the round's award types, counted by the database.
    /// </summary>
    public static async Task<Dictionary<int, int>> WaitingPerRoundAsync(AwardsDbContext db, Unit office, CancellationToken ct)
    {
        var counts = await Waiting(db, office)
            .Join(db.Nominees.Where(Undecided), w => w.Nomination.Id, m => m.NominationId, (w, m) => w.RoundId)
            .GroupBy(roundId => roundId).Select(g => new { RoundId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return counts.ToDictionary(c => c.RoundId, c => c.Count);
    }

    /// <summary>What the office is told when nothing of its province waits in the round.</summary>
    public static string NothingWaiting(Round round, Unit office) =>
        $"Đợt '{round.Name}' chưa có tập thể, cá nhân nào của {office.Name} chờ quyết định khen thưởng.";

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
        var (roundId, awardTypeId) = (round.Id, awardType.Id);
        return Waiting(db, office).Where(w => w.RoundId == roundId && w.AwardTypeId == awardTypeId).Select(w => w.Nomination);
    }

    // Init-only members, not a positional record: EF binds later operators to members it saw assigned.
    private sealed class Wait
    {
        public int RoundId { get; init; }
        public int AwardTypeId { get; init; }
        public Nomination Nomination { get; init; } = null!;
    }

    /// <summary>The waiting rule, written once: each round and award type with the dossiers whose nominees wait for its decision.</summary>
    private static IQueryable<Wait> Waiting(AwardsDbContext db, Unit office)
    {
        var path = office.Path;
        var awaiting = db.Nominations.Where(n => n.Status == NominationStatus.AwaitingDecision
            && n.Unit!.Path.StartsWith(path)
            && db.Nominees.Where(Undecided).Any(m => m.NominationId == n.Id));
        return VisibleRounds(db, office)
            .SelectMany(r => r.AwardTypes, (r, t) => new { Round = r, AwardTypeId = t.Id })
            // A join on the award type, then the round's condition: SQLite has no APPLY for a correlated SelectMany.
            .Join(awaiting, x => x.AwardTypeId, n => n.AwardTypeId, (x, n) => new { x.Round, x.AwardTypeId, Nomination = n })
            .Where(w => w.Nomination.RoundId == w.Round.Id
                || (w.Nomination.Round!.IssuerId == w.Round.IssuerId && w.Nomination.Round.State != RoundState.Open))
            .Select(w => new Wait { RoundId = w.Round.Id, AwardTypeId = w.AwardTypeId, Nomination = w.Nomination });
    }
}
