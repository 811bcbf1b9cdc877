using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>
/// One achievement, one award (Luật Thi đua, khen thưởng 06/2022/QH15): a person sent in a round's dossier
/// may not be in another sent dossier of the same round, nor proposed again for the same award in another round of the
/// same year (the same achievement period at the same level). Ad-hoc dossiers reward a deed, not a period, and are not
/// compared. Collectives are not compared: many communes have a "Tổ bảo vệ an ninh trật tự thôn 3", and a name is no
/// identity. As with the once-per-person rule, the other dossier is named only to those who may read it, and the refusal is audited.
/// </summary>
internal static class OneAchievementOneAward
{
    private static readonly NominationStatus[] NotProposed = [NominationStatus.Draft, NominationStatus.Refused, NominationStatus.Withdrawn];

    public static async Task EnsureAsync(AwardsDbContext db, Access access, Nomination nomination, CancellationToken ct)
    {
        if (nomination.RoundId is not { } roundId) return;
        var kept = nomination.KeptNominees.Where(n => n.Kind == NomineeKind.Individual).ToList();
        if (kept.Count == 0) return;
        var round = nomination.Round ?? await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var (yearStart, yearEnd) = (new DateOnly(round.OpensOn.Year, 1, 1), new DateOnly(round.OpensOn.Year + 1, 1, 1));
        var ids = kept.Where(k => k.CitizenId is not null).Select(k => k.CitizenId!).ToList();
        var keys = kept.Select(k => k.NameKey).ToList();

        var others = await db.Nominees.AsNoTracking()
            .Where(m => !m.IsStruck && m.Kind == NomineeKind.Individual && ((m.CitizenId != null && ids.Contains(m.CitizenId)) || keys.Contains(m.NameKey)))
            .Join(db.Nominations.Where(n => n.Id != nomination.Id && n.RoundId != null && !NotProposed.Contains(n.Status)
                    && (n.RoundId == roundId || (n.AwardTypeId == nomination.AwardTypeId && n.Round!.OpensOn >= yearStart && n.Round.OpensOn < yearEnd))),
                m => m.NominationId, n => n.Id,
                (m, n) => new { NominationId = n.Id, n.RoundId, RoundName = n.Round!.Name, AwardName = n.AwardType!.Name, UnitName = n.Unit!.Name,
                    m.CitizenId, m.NameKey, m.DateOfBirth })
            .ToListAsync(ct);
        foreach (var nominee in kept)
        {
            var other = others.FirstOrDefault(o => nominee.CitizenId is not null && o.CitizenId is not null
                ? nominee.CitizenId == o.CitizenId
                : nominee.NameKey == o.NameKey && nominee.DateOfBirth is not null && nominee.DateOfBirth == o.DateOfBirth);
            if (other is null) continue;
            var which = await access.VisibleNominations().AnyAsync(n => n.Id == other.NominationId, ct)
                ? $"hồ sơ số {other.NominationId} của {other.UnitName}"
                : "một hồ sơ khác";
            throw new AuditedRefusalException(other.RoundId == roundId
                ? $"'{nominee.Name}' đã có trong {which} của đợt '{other.RoundName}'; mỗi thành tích chỉ được đề nghị một hình thức khen thưởng."
                : $"'{nominee.Name}' đã được đề nghị {other.AwardName} trong {which} (đợt '{other.RoundName}', cùng năm {round.OpensOn.Year}); " +
                  "mỗi thành tích chỉ được đề nghị khen thưởng một lần ở cùng một cấp.", "nominees");
        }
    }
}
