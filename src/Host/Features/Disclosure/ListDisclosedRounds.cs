using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Disclosure;

/// <summary>The rounds whose list of proposed nominees is public today (no login), the one closing soonest first.</summary>
public static class ListDisclosedRounds
{
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, string Name, string Issuer, IReadOnlyList<string> AwardTypes, DateOnly DisclosureFrom, DateOnly DisclosureTo,
        int Collectives, int Individuals);

    internal sealed class Handler(AwardsDbContext db, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            var rounds = await PublicList.PublicRounds(db, VietnamTime.Today(clock)).AsNoTracking()
                .OrderBy(r => r.DisclosureTo).ThenBy(r => r.Id)
                .Select(r => new { r.Id, r.Name, Issuer = r.Issuer!.Name, AwardTypes = r.AwardTypes.Select(a => a.Name).ToList(), r.DisclosureFrom, r.DisclosureTo })
                .ToListAsync(cancellationToken);
            var items = new List<Item>();
            foreach (var r in rounds)
            {
                var kinds = await PublicList.ProposedNominees(db, r.Id).GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() })
                    .ToListAsync(cancellationToken);
                items.Add(new Item(r.Id, r.Name, r.Issuer, r.AwardTypes, r.DisclosureFrom!.Value, r.DisclosureTo!.Value,
                    kinds.Where(k => k.Key == NomineeKind.Collective).Sum(k => k.Count), kinds.Where(k => k.Key == NomineeKind.Individual).Sum(k => k.Count)));
            }
            return items;
        }
    }
}
