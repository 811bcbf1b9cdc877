using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>
/// The rule of awards given once per person (the medal): nobody who already holds it, under a decision not revoked,
/// nor anyone in another open dossier for it. A person is the same by citizen ID, else by name and date of birth.
/// The refusal must not become an oracle: a clerk learns that the person was already awarded or proposed, and the
/// earlier decision or dossier only if they may read it (<see cref="Access"/>); every such refusal is audited.
/// </summary>
internal static class OncePerPerson
{
    private static readonly NominationStatus[] Open =
        [NominationStatus.Draft, NominationStatus.InReview, NominationStatus.Returned, NominationStatus.AwaitingDecision, NominationStatus.Postponed];

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
            if (seen.FirstOrDefault(other => SamePerson(person.CitizenId, person.NameKey, person.DateOfBirth, other.CitizenId, other.NameKey, other.DateOfBirth)) is { } twin)
                throw new DomainException($"'{person.Name}' có hai lần trong danh sách đề nghị (trùng với '{twin.Name}'); mỗi người chỉ được đề nghị một lần.", "nominees");
            seen.Add(person);
        }

        var ids = people.Where(p => p.CitizenId is not null).Select(p => p.CitizenId!).ToList();
        var keys = people.Where(p => p.DateOfBirth is not null).Select(p => p.NameKey).ToList();

        var awarded = await db.DecisionAwardees.AsNoTracking()
            .Where(a => (a.CitizenId != null && ids.Contains(a.CitizenId)) || keys.Contains(a.NameKey))
            .Join(db.Decisions.Where(d => d.AwardTypeId == awardType.Id && d.Status == DecisionStatus.Signed && d.RevokedAt == null), a => a.DecisionId, d => d.Id,
                (a, d) => new { d.Id, Number = d.Number!.Value, d.Symbol, IssuedOn = d.IssuedOn!.Value, a.CitizenId, a.NameKey, a.DateOfBirth })
            .ToListAsync(ct);
        foreach (var person in people)
        {
            var earlier = awarded.FirstOrDefault(a => SamePerson(person.CitizenId, person.NameKey, person.DateOfBirth, a.CitizenId, a.NameKey, a.DateOfBirth));
            if (earlier is null) continue;
            var which = await access.VisibleDecisions().AnyAsync(d => d.Id == earlier.Id, ct)
                ? $" theo Quyết định số {Decision.Format(earlier.Number, earlier.Symbol)} ngày {VietnamTime.Date(earlier.IssuedOn)}"
                : "";
            throw new AuditedRefusalException($"'{person.Name}' đã được tặng {awardType.Name}{which}; mỗi người chỉ được tặng một lần.", "nominees");
        }

        var pending = await db.Nominees.AsNoTracking()
            .Where(m => !m.IsStruck && m.Kind == NomineeKind.Individual
                && ((m.CitizenId != null && ids.Contains(m.CitizenId)) || keys.Contains(m.NameKey)))
            .Join(db.Nominations.Where(n => n.AwardTypeId == awardType.Id && n.Id != nomination.Id && Open.Contains(n.Status)),
                m => m.NominationId, n => n.Id,
                (m, n) => new { NominationId = n.Id, UnitName = n.Unit!.Name, n.Status, m.CitizenId, m.NameKey, m.DateOfBirth })
            .ToListAsync(ct);
        foreach (var person in people)
        {
            var other = pending.FirstOrDefault(p => SamePerson(person.CitizenId, person.NameKey, person.DateOfBirth, p.CitizenId, p.NameKey, p.DateOfBirth));
            if (other is null) continue;
            var which = await access.VisibleNominations().AnyAsync(n => n.Id == other.NominationId, ct)
                ? $"hồ sơ số {other.NominationId} của {other.UnitName} ({StatusNames.Of(other.Status)})"
                : "một hồ sơ khác đang xét";
            throw new AuditedRefusalException($"'{person.Name}' đã có trong {which} đề nghị {awardType.Name}; mỗi người chỉ được đề nghị một lần.", "nominees");
        }
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

    /// <summary>Two citizen IDs decide; without one of them, the same name and the same date of birth.</summary>
    private static bool SamePerson(string? id, string nameKey, DateOnly? born, string? otherId, string otherNameKey, DateOnly? otherBorn) =>
        id is not null && otherId is not null
            ? id == otherId
            : born is not null && born == otherBorn && nameKey.Length > 0 && nameKey == otherNameKey;
}
