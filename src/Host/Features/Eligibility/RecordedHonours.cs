using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>
/// The honours a person already holds on record, beside those the unit declared: the awards of signed decisions of the
/// system not revoked (ad hoc when outside a round) and the imported ones (ad hoc as the file said), matched by
/// <see cref="PersonKey.Compare"/>. They feed the exclusions and the prerequisites of <see cref="EligibilityCheck"/>.
/// </summary>
internal static class RecordedHonours
{
    public static async Task<Dictionary<Nominee, List<HeldHonour>>> ForAsync(AwardsDbContext db, Nomination nomination, IReadOnlyList<Nominee> people,
        CancellationToken ct)
    {
        var ids = people.SelectMany(p => p.PersonKey.Numbers).Distinct().ToList();
        var keys = people.Where(p => p.DateOfBirth is not null && p.NameKey.Length > 0).Select(p => p.NameKey).Distinct().ToList();
        var result = people.ToDictionary(p => p, _ => new List<HeldHonour>());
        if (ids.Count == 0 && keys.Count == 0) return result;

        var signed = await db.DecisionAwardees.AsNoTracking()
            .Where(a => a.Kind == NomineeKind.Individual && a.NominationId != nomination.Id && ((a.CitizenId != null && ids.Contains(a.CitizenId))
                || (a.FormerCitizenId != null && ids.Contains(a.FormerCitizenId)) || keys.Contains(a.NameKey)))
            .Join(db.Decisions.Where(d => d.Status == DecisionStatus.Signed && d.RevokedAt == null), a => a.DecisionId, d => d.Id,
                (a, d) => new { AwardType = d.AwardType!.Name, Number = d.Number!.Value, d.Symbol, IssuedOn = d.IssuedOn!.Value, AdHoc = d.RoundId == null,
                    a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth })
            .ToListAsync(ct);
        var past = await db.PastAwards.AsNoTracking()
            .Where(a => a.Kind == NomineeKind.Individual && ((a.CitizenId != null && ids.Contains(a.CitizenId))
                || (a.FormerCitizenId != null && ids.Contains(a.FormerCitizenId)) || keys.Contains(a.NameKey)))
            .Select(a => new { AwardType = a.AwardType!.Name, a.DecisionNumber, a.IssuedOn, a.AdHoc, a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth })
            .ToListAsync(ct);
        var records = signed.Select(a => (Key: new PersonKey(a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth),
                Honour: new HeldHonour($"{a.AwardType} (Quyết định số {Decision.Format(a.Number, a.Symbol)} ngày {VietnamTime.Date(a.IssuedOn)})", a.IssuedOn.Year, a.AdHoc)))
            .Concat(past.Select(a => (Key: new PersonKey(a.CitizenId, a.FormerCitizenId, a.Name, a.DateOfBirth),
                Honour: new HeldHonour($"{a.AwardType} (Quyết định số {a.DecisionNumber} ngày {VietnamTime.Date(a.IssuedOn)}, đã nhập vào hệ thống)", a.IssuedOn.Year, a.AdHoc))))
            .ToList();
        foreach (var person in people)
            result[person].AddRange(records.Where(r => person.PersonKey.Compare(r.Key) == Likeness.Same).Select(r => r.Honour));
        return result;
    }
}
