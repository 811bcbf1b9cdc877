using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>The units marked as especially difficult, border or island areas, with their dates; administrators only.</summary>
public static class ListAreaDesignations
{
    public sealed record Query(int? UnitId) : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, int UnitId, string UnitName, string Kind, DateOnly From, DateOnly? To, string LegalBasis);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            return await db.AreaDesignations.AsNoTracking().Where(a => request.UnitId == null || a.UnitId == request.UnitId)
                .OrderBy(a => a.Unit!.Name).ThenBy(a => a.From)
                .Select(a => new Item(a.Id, a.UnitId, a.Unit!.Name, a.Kind, a.From, a.To, a.LegalBasis)).ToListAsync(cancellationToken);
        }
    }
}
