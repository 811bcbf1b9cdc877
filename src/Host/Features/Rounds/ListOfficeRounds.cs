using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Rounds;

/// <summary>The rounds an office works on (its province's and the ministry's), newest first, with what waits in each.</summary>
public static class ListOfficeRounds
{
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, string Name, string Issuer, DateOnly OpensOn, DateOnly ClosesOn, RoundState State, string StateName,
        int Dossiers, int Waiting, int Drafts);

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            var office = await RoundAccess.OfficeOfAsync(db, access, cancellationToken);
            var path = office.Path;
            var waiting = await RoundAccess.WaitingPerRoundAsync(db, office, cancellationToken);
            var rows = await RoundAccess.OfficeRounds(db, access, office).AsNoTracking()
                .OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id)
                .Select(r => new
                {
                    r.Id, r.Name, Issuer = r.Issuer!.Name, r.OpensOn, r.ClosesOn, r.State,
                    Dossiers = db.Nominations.Count(n => n.RoundId == r.Id && n.Unit!.Path.StartsWith(path)),
                    Drafts = db.Decisions.Count(d => d.RoundId == r.Id && d.Status == DecisionStatus.Draft && d.OfficeUnitId == office.Id),
                })
                .ToListAsync(cancellationToken);
            var today = VietnamTime.Today(clock);
            return [.. rows.Select(r => new Item(r.Id, r.Name, r.Issuer, r.OpensOn, r.ClosesOn, r.State, Round.StateName(r.State, r.ClosesOn, today), r.Dossiers,
                waiting.GetValueOrDefault(r.Id), r.Drafts))];
        }
    }
}
