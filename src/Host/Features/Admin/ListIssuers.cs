using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>The issuers of decisions with what their documents print, for administrators to check and edit.</summary>
public static class ListIssuers
{
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, string Code, string Kind, string KindName, int UnitId, string UnitName, IssuerText Text, int LastNumberThisYear);

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var year = Workflow.VietnamTime.Today(clock).Year;
            var issuers = await db.Issuers.AsNoTracking().Include(i => i.Unit).OrderBy(i => i.Unit!.Path).ThenBy(i => i.Code).ToListAsync(cancellationToken);
            var counters = await db.DecisionCounters.AsNoTracking().Where(c => c.Year == year).ToDictionaryAsync(c => c.IssuerId, c => c.LastNumber, cancellationToken);
            return [.. issuers.Select(i => new Item(i.Id, i.Code, i.Kind, IssuerKinds.Names.GetValueOrDefault(i.Kind, i.Kind), i.UnitId, i.Unit!.Name,
                i.Text, counters.GetValueOrDefault(i.Id)))];
        }
    }
}
