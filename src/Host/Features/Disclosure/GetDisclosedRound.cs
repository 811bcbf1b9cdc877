using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Disclosure;

/// <summary>
/// The public list of a round under disclosure: per award, per nominating unit, collectives then individuals, with only
/// what <see cref="PublicList"/> allows. A round outside its disclosure period is not found, whatever its id.
/// </summary>
public static class GetDisclosedRound
{
    public sealed record Query(int RoundId) : IRequest<Result>;

    public sealed record Result(int Id, string Name, string Issuer, DateOnly DisclosureFrom, DateOnly DisclosureTo, IReadOnlyList<AwardGroup> Awards)
    {
        public IEnumerable<Nominee> AllNominees() => Awards.SelectMany(a => a.Units).SelectMany(u => u.Collectives.Concat(u.Individuals));
    }

    public sealed record AwardGroup(string AwardType, int Collectives, int Individuals, IReadOnlyList<UnitGroup> Units);

    public sealed record UnitGroup(string Unit, IReadOnlyList<Nominee> Collectives, IReadOnlyList<Nominee> Individuals);

    /// <summary>A collective (with the organisation it belongs to) or an individual (with position and workplace).</summary>
    public sealed record Nominee(int Id, NomineeKind Kind, string Name, string? Position, string? Workplace, string? PartOf, string Unit);

    internal sealed class Handler(AwardsDbContext db, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var round = await PublicList.PublicRounds(db, VietnamTime.Today(clock)).AsNoTracking().Where(r => r.Id == request.RoundId)
                .Select(r => new { r.Id, r.Name, Issuer = r.Issuer!.Name, r.DisclosureFrom, r.DisclosureTo })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(PublicList.NotDisclosed);
            var entries = await PublicList.ProposedNominees(db, round.Id).ToListAsync(cancellationToken);
            var awards = entries
                .GroupBy(e => (e.AwardTypeId, e.AwardType)).OrderBy(g => g.Key.AwardTypeId)
                .Select(award => new AwardGroup(award.Key.AwardType,
                    award.Count(e => e.Kind == NomineeKind.Collective), award.Count(e => e.Kind == NomineeKind.Individual),
                    [.. award.GroupBy(e => e.UnitName).OrderBy(u => u.Key, StringComparer.Create(VietnamTime.Culture, false))
                        .Select(unit => new UnitGroup(unit.Key,
                            [.. unit.Where(e => e.Kind == NomineeKind.Collective).OrderBy(e => e.NomineeId).Select(Public)],
                            [.. unit.Where(e => e.Kind == NomineeKind.Individual).OrderBy(e => e.NomineeId).Select(Public)]))]))
                .ToList();
            return new Result(round.Id, round.Name, round.Issuer, round.DisclosureFrom!.Value, round.DisclosureTo!.Value, awards);
        }

        private static Nominee Public(PublicList.Entry e) =>
            e.Kind == NomineeKind.Collective
                ? new Nominee(e.NomineeId, e.Kind, e.Name, null, null, e.PartOf, e.UnitName)
                : new Nominee(e.NomineeId, e.Kind, e.Name, e.Position, e.Workplace, null, e.UnitName);
    }
}
