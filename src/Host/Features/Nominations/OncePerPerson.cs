using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>
/// The rule of awards given once per person (the medal): nobody who already holds it, under a decision not revoked or
/// imported from the registers of before (<see cref="PastAward"/>), nor anyone in another open dossier for it. A person
/// is the same by any shared number, CCCD or old CMND, else by the name with its diacritics and the date of birth
/// (<see cref="PersonKey.Compare"/>); a name equal only without diacritics is a warning for the reviewer ("có thể
/// trùng"), never a refusal. The refusal must not become an oracle: a clerk learns that the person was already awarded
/// or proposed, and the earlier decision or dossier only if they may read it (<see cref="Access"/>); every such refusal
/// is audited.
/// </summary>
internal static class OncePerPerson
{
    private static readonly NominationStatus[] Open =
        [NominationStatus.Draft, NominationStatus.InReview, NominationStatus.Returned, NominationStatus.AwaitingDecision, NominationStatus.Postponed];

    public const string PossibleTwin = "Có thể trùng";

    public static async Task EnsureAsync(AwardsDbContext db, Access access, Nomination nomination, CancellationToken ct)
    {
        var awardType = nomination.AwardType ?? await db.AwardTypes.SingleAsync(a => a.Id == nomination.AwardTypeId, ct);
        if (!awardType.OncePerLifetime) return;
        var people = nomination.KeptNominees.Where(n => n.Kind == NomineeKind.Individual).ToList();
        if (people.Count == 0) return;
        await SerialiseAsync(db, awardType, ct);

        var seen = new List<Nominee>();
        foreach (var person in people)
        {
            if (seen.FirstOrDefault(other => person.PersonKey.Compare(other.PersonKey) == Likeness.Same) is { } twin)
                throw new DomainException($"'{person.Name}' có hai lần trong danh sách đề nghị (trùng với '{twin.Name}'); mỗi người chỉ được đề nghị một lần.", "nominees");
            seen.Add(person);
        }

        var earlier = await EarlierAsync(db, awardType, nomination, people, ct);
        foreach (var person in people)
        {
            var award = earlier.Awards.FirstOrDefault(a => person.PersonKey.Compare(a.Key) == Likeness.Same);
            if (award is null) continue;
            var which = award.DecisionId is int decisionId
                ? await access.VisibleDecisions().AnyAsync(d => d.Id == decisionId, ct)
                : await access.VisiblePastAwards().AnyAsync(a => a.Id == award.PastAwardId, ct);
            throw new AuditedRefusalException(
                $"'{person.Name}' đã được tặng {awardType.Name}{(which ? award.Which : "")}; mỗi người chỉ được tặng một lần.", "nominees");
        }
        foreach (var person in people)
        {
            var other = earlier.Pending.FirstOrDefault(p => person.PersonKey.Compare(p.Key) == Likeness.Same);
            if (other is null) continue;
            var which = await access.VisibleNominations().AnyAsync(n => n.Id == other.NominationId, ct)
                ? $"hồ sơ số {other.NominationId} của {other.UnitName} ({StatusNames.Of(other.Status)})"
                : "một hồ sơ khác đang xét";
            throw new AuditedRefusalException($"'{person.Name}' đã có trong {which} đề nghị {awardType.Name}; mỗi người chỉ được đề nghị một lần.", "nominees");
        }
    }

    /// <summary>
    /// For the reviewer, per nominee of the dossier: the people of earlier awards, open dossiers or the same list whose
    /// name is the same without diacritics and who were born the same day, but who cannot be told the same by number or
    /// by the name as written ("Nguyễn Văn Hùng" and "Nguyễn Văn Hưng"). Only those who check identity see them.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> PossibleTwinsAsync(AwardsDbContext db, Access access, Nomination nomination,
        CancellationToken ct)
    {
        var awardType = nomination.AwardType ?? await db.AwardTypes.SingleAsync(a => a.Id == nomination.AwardTypeId, ct);
        var people = nomination.KeptNominees.Where(n => n.Kind == NomineeKind.Individual && n.DateOfBirth is not null).ToList();
        if (!awardType.OncePerLifetime || !access.SeesEveryCitizenId || people.Count == 0) return new Dictionary<int, IReadOnlyList<string>>();

        var earlier = await EarlierAsync(db, awardType, nomination, people, ct);
        var warnings = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var person in people)
        {
            string Born(DateOnly? on) => on is { } d ? $" (sinh {VietnamTime.Date(d)})" : "";
            var lines = people.Where(o => o.Id != person.Id && person.PersonKey.Compare(o.PersonKey) == Likeness.Possible)
                    .Select(o => $"{PossibleTwin} với '{o.Name}'{Born(o.DateOfBirth)} trong cùng danh sách.")
                .Concat(earlier.Awards.Where(a => person.PersonKey.Compare(a.Key) == Likeness.Possible)
                    .Select(a => $"{PossibleTwin} với '{a.Key.Name}'{Born(a.Key.DateOfBirth)}, {a.UnitName}, đã được tặng {awardType.Name}{a.Which}."))
                .Concat(earlier.Pending.Where(p => person.PersonKey.Compare(p.Key) == Likeness.Possible)
                    .Select(p => $"{PossibleTwin} với '{p.Key.Name}'{Born(p.Key.DateOfBirth)} trong hồ sơ số {p.NominationId} của {p.UnitName} ({StatusNames.Of(p.Status)})."))
                .ToList();
            if (lines.Count > 0) warnings[person.Id] = lines;
        }
        return warnings;
    }

    private sealed record EarlierAward(PersonKey Key, int? DecisionId, int? PastAwardId, string UnitName, string Which);

    private sealed record PendingNominee(PersonKey Key, int NominationId, string UnitName, NominationStatus Status);

    /// <summary>
    /// The awards (signed and not revoked, or imported) and the open dossiers of this award type that may name one of
    /// <paramref name="people"/>: by either number in either column, or by the folded name (which the exact comparison
    /// then narrows down).
    /// </summary>
    private static async Task<(List<EarlierAward> Awards, List<PendingNominee> Pending)> EarlierAsync(AwardsDbContext db, AwardType awardType,
        Nomination nomination, List<Nominee> people, CancellationToken ct)
    {
        var ids = people.SelectMany(p => p.PersonKey.Numbers).Distinct().ToList();
        var keys = people.Where(p => p.DateOfBirth is not null && p.NameKey.Length > 0).Select(p => p.NameKey).Distinct().ToList();

        var signed = await db.DecisionAwardees.AsNoTracking()
            .Where(a => a.Kind == NomineeKind.Individual && ((a.CitizenId != null && ids.Contains(a.CitizenId))
                || (a.FormerCitizenId != null && ids.Contains(a.FormerCitizenId)) || keys.Contains(a.NameKey)))
            .Join(db.Decisions.Where(d => d.AwardTypeId == awardType.Id && d.Status == DecisionStatus.Signed && d.RevokedAt == null), a => a.DecisionId, d => d.Id,
                (a, d) => new { d.Id, Number = d.Number!.Value, d.Symbol, IssuedOn = d.IssuedOn!.Value, a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth, a.UnitName })
            .ToListAsync(ct);
        var past = await db.PastAwards.AsNoTracking()
            .Where(a => a.AwardTypeId == awardType.Id && a.Kind == NomineeKind.Individual && ((a.CitizenId != null && ids.Contains(a.CitizenId))
                || (a.FormerCitizenId != null && ids.Contains(a.FormerCitizenId)) || keys.Contains(a.NameKey)))
            .Select(a => new { a.Id, a.DecisionNumber, a.IssuedOn, a.IssuerName, a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth, a.UnitName })
            .ToListAsync(ct);
        var awards = signed.Select(a => new EarlierAward(new PersonKey(a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth), a.Id, null, a.UnitName,
                $" theo Quyết định số {Decision.Format(a.Number, a.Symbol)} ngày {VietnamTime.Date(a.IssuedOn)}"))
            .Concat(past.Select(a => new EarlierAward(new PersonKey(a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth), null, a.Id, a.UnitName,
                $" theo Quyết định số {a.DecisionNumber} ngày {VietnamTime.Date(a.IssuedOn)} của {a.IssuerName}")))
            .ToList();

        var pending = await db.Nominees.AsNoTracking()
            .Where(m => !m.IsStruck && m.Kind == NomineeKind.Individual
                && ((m.CitizenId != null && ids.Contains(m.CitizenId)) || (m.FormerCitizenId != null && ids.Contains(m.FormerCitizenId)) || keys.Contains(m.NameKey)))
            .Join(db.Nominations.Where(n => n.AwardTypeId == awardType.Id && n.Id != nomination.Id && Open.Contains(n.Status)),
                m => m.NominationId, n => n.Id,
                (m, n) => new { NominationId = n.Id, UnitName = n.Unit!.Name, n.Status, m.CitizenId, m.FormerCitizenId, m.Name, m.DateOfBirth })
            .ToListAsync(ct);
        return (awards, [.. pending.Select(p => new PendingNominee(new PersonKey(p.CitizenId, p.FormerCitizenId, p.Name, p.DateOfBirth), p.NominationId, p.UnitName, p.Status))]);
    }

    /// <summary>
    /// Two clerks naming the same person at the same instant must not both pass the check: SQLite runs one writer at a
    /// time already; on PostgreSQL a lock per award type, held until the transaction ends, makes the second check wait
    /// for the first dossier to be committed (no constraint can span the nominees of different dossiers).
    /// </summary>
    private static async Task SerialiseAsync(AwardsDbContext db, AwardType awardType, CancellationToken ct)
    {
        if (db.Database.IsNpgsql() && db.Database.CurrentTransaction is not null)
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, {awardType.Id})", ct);
    }

    /// <summary>The first key of the advisory lock: this rule's own number, so other locks cannot collide with it.</summary>
    private const int LockClass = 4_711_001;
}
