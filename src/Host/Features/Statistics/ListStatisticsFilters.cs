using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Statistics;

/// <summary>What the statistics can be narrowed to: award types by name, units in tree order, rounds newest first.</summary>
public static class ListStatisticsFilters
{
    public sealed record Query : IRequest<Result>;

    public sealed record Option(int Id, string Name);

    public sealed record Result(IReadOnlyList<Option> AwardTypes, IReadOnlyList<Option> Units, IReadOnlyList<Option> Rounds);

    internal sealed class Handler(AwardsDbContext db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken) => new(
            await db.AwardTypes.AsNoTracking().OrderBy(a => a.Name).Select(a => new Option(a.Id, a.Name)).ToListAsync(cancellationToken),
            await db.Units.AsNoTracking().OrderBy(u => u.Path).Select(u => new Option(u.Id, u.Name)).ToListAsync(cancellationToken),
            await db.Rounds.AsNoTracking().OrderByDescending(r => r.OpensOn).Select(r => new Option(r.Id, r.Name)).ToListAsync(cancellationToken));
    }
}
