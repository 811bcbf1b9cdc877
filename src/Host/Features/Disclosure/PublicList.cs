using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Disclosure;

/// <summary>
/// What the public page of a round shows while the round is under disclosure (công khai): the rule, written once.
/// <list type="bullet">
/// <item>Public rounds: those whose disclosure period (Vietnam dates, both days included) contains today; no other round
/// is ever named to an anonymous caller.</item>
/// <item>Proposed nominees: of the round's own dossiers that are in review, returned to their unit for supplements (still
/// proposed: leaving them out would let a dossier skip the disclosure by being mended during it), or waiting for the
/// decision (in a draft decision included); never drafts not yet sent, refused, withdrawn or postponed dossiers, never a
/// nominee struck out, postponed or already awarded.</item>
/// <item>What is shown of a nominee: name, position and workplace (individuals), the organisation a collective belongs
/// to, the nominating unit and the award. Never the citizen ID, birth date, sex, member counts, and not the achievement
/// report either: it is free text written for the reviewers and often names third parties (victims, suspects, people
/// who reported a crime), which a public page must not spread; commenters recognise nominees by name and unit.</item>
/// </list>
/// </summary>
internal static class PublicList
{
    public static readonly NominationStatus[] ProposedStatuses =
        [NominationStatus.InReview, NominationStatus.Returned, NominationStatus.AwaitingDecision];

    public const string NotDisclosed =
        "Đợt khen thưởng này hiện không công khai danh sách đề nghị (chưa đến hoặc đã hết thời gian công khai), hoặc không tồn tại.";

    public static IQueryable<Round> PublicRounds(AwardsDbContext db, DateOnly today) =>
        db.Rounds.Where(r => r.DisclosureFrom != null && r.DisclosureTo != null && r.DisclosureFrom <= today && today <= r.DisclosureTo);

    /// <summary>The nominees proposed in the round, as the public may see them (projected: nothing else is read).</summary>
    public static IQueryable<Entry> ProposedNominees(AwardsDbContext db, int roundId) =>
        from n in db.Nominations
        where n.RoundId == roundId && ProposedStatuses.Contains(n.Status)
        from m in n.Nominees
        where !m.IsStruck && !m.IsPostponed && m.AwardedAt == null
        select new Entry
        {
            NomineeId = m.Id, Kind = m.Kind, Name = m.Name, Position = m.Position, Workplace = m.Workplace, PartOf = m.ParentUnitName,
            NominationId = n.Id, UnitId = n.UnitId, UnitName = n.Unit!.Name, UnitPath = n.Unit.Path, AwardTypeId = n.AwardTypeId,
            AwardType = n.AwardType!.Name,
        };

    /// <summary>One proposed nominee with their dossier's unit and award (the unit's path and the dossier stay on the server).
    /// Initialised by members, not a constructor, so that queries can go on filtering and grouping on it in SQL.</summary>
    public sealed record Entry
    {
        public int NomineeId { get; init; }
        public NomineeKind Kind { get; init; }
        public string Name { get; init; } = "";
        public string? Position { get; init; }
        public string? Workplace { get; init; }
        public string? PartOf { get; init; }
        public int NominationId { get; init; }
        public int UnitId { get; init; }
        public string UnitName { get; init; } = "";
        public string UnitPath { get; init; } = "";
        public int AwardTypeId { get; init; }
        public string AwardType { get; init; } = "";
    }
}
