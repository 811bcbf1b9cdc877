using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Movements;

/// <summary>
/// The phong trào thi đua of the issuers the caller files reports for, under way in a year (null: every year), newest
/// first; with the issuers and the choices of level, scope and method, as the API spells them.
/// </summary>
public static class ListMovements
{
    public sealed record Query(int? Year = null, int? IssuerId = null) : IRequest<Result>;

    public sealed record Movement(int Id, int IssuerId, string Issuer, string Name, string LaunchedBy, string Level, string LevelName,
        string Scope, string ScopeName, string Method, string MethodName, DateOnly StartsOn, DateOnly EndsOn, int Months, int? ParticipatingUnits);

    public sealed record Choice(string Code, string Name);

    public sealed record Result(IReadOnlyList<Movement> Movements, IReadOnlyList<Statistics.ListStatisticsFilters.Option> Issuers,
        IReadOnlyList<Choice> Levels, IReadOnlyList<Choice> Scopes, IReadOnlyList<Choice> Methods);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            if (request.Year is < 1 or > 9998) throw new DomainException($"Năm '{request.Year}' không hợp lệ.", "year");
            var issuers = (await db.Issuers.AsNoTracking().OrderBy(i => i.Name).ToListAsync(cancellationToken)).Where(access.MayReportFor).ToList();
            var ids = issuers.Select(i => i.Id).Where(id => request.IssuerId is null || id == request.IssuerId).ToList();
            var query = db.EmulationMovements.AsNoTracking().Include(m => m.Issuer).Where(m => ids.Contains(m.IssuerId));
            if (request.Year is int year)
                query = query.Where(m => m.StartsOn <= new DateOnly(year, 12, 31) && m.EndsOn >= new DateOnly(year, 1, 1));
            var movements = await query.OrderByDescending(m => m.StartsOn).ThenBy(m => m.Id).ToListAsync(cancellationToken);
            return new Result(
                [.. movements.Select(m => new Movement(m.Id, m.IssuerId, m.Issuer!.Name, m.Name, m.LaunchedBy,
                    ReportCategories.Code(m.Level), MovementNames.Of(m.Level), ReportCategories.Code(m.Scope), MovementNames.Of(m.Scope),
                    ReportCategories.Code(m.Method), MovementNames.Of(m.Method), m.StartsOn, m.EndsOn, EmulationMovement.Months(m.StartsOn, m.EndsOn),
                    m.ParticipatingUnits))],
                [.. issuers.Select(i => new Statistics.ListStatisticsFilters.Option(i.Id, i.Name))],
                [.. MovementNames.Levels.Select(l => new Choice(ReportCategories.Code(l.Level), l.Name))],
                [.. MovementNames.Scopes.Select(s => new Choice(ReportCategories.Code(s.Scope), s.Name))],
                [.. MovementNames.Methods.Select(m => new Choice(ReportCategories.Code(m.Method), m.Name))]);
        }
    }
}
