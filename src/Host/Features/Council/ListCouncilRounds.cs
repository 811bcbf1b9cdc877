using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Features.Rounds;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Council;

/// <summary>The rounds the council of the caller's province weighs, newest first, with how many of its nominees each holds.</summary>
public static class ListCouncilRounds
{
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, string Name, string Issuer, string StateName, int Nominees, int WithVotes);

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            var office = await RoundAccess.CouncilOfAsync(db, access, cancellationToken);
            var rounds = await RoundAccess.VisibleRounds(db, office).AsNoTracking().Include(r => r.Issuer)
                .OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
            var today = VietnamTime.Today(clock);
            var items = new List<Item>();
            foreach (var round in rounds)
            {
                var nominees = RoundAccess.CouncilNominees(db, round, office);
                items.Add(new Item(round.Id, round.Name, round.Issuer!.Name, Domain.Round.StateName(round.State, round.ClosesOn, today),
                    await nominees.CountAsync(cancellationToken), await nominees.CountAsync(m => m.CouncilVotes != null, cancellationToken)));
            }
            return items;
        }
    }
}
