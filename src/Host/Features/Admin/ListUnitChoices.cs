using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>The units an account may belong to (those in force), in tree order, indented by depth, for a drop-down.</summary>
public static class ListUnitChoices
{
    public sealed record Query : IRequest<IReadOnlyList<Choice>>;

    public sealed record Choice(int Id, string Label);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, IReadOnlyList<Choice>>
    {
        public async Task<IReadOnlyList<Choice>> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var units = await db.Units.AsNoTracking().Where(u => u.EffectiveTo == null).Select(u => new { u.Id, u.Name, u.Path })
                .ToListAsync(cancellationToken);
            return [.. units.OrderBy(u => u.Path, StringComparer.Ordinal)
                .Select(u => new Choice(u.Id, new string('\u00A0', 3 * (u.Path.Count(c => c == '/') - 2)) + u.Name))];
        }
    }
}
