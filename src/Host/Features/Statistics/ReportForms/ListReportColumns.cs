using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Statistics.ReportForms;

/// <summary>Every award type with the column of form 0603.N/BNV-TĐKT it counts in (null: none) and its basis; the columns to choose from. Administrators only.</summary>
public static class ListReportColumns
{
    public sealed record Query : IRequest<Result>;

    public sealed record Choice(int Column, string Heading);

    public sealed record Row(int AwardTypeId, string AwardTypeCode, string AwardType, bool Placed, int? Column, string? Heading, string? Basis);

    public sealed record Result(string Form, IReadOnlyList<Choice> Columns, IReadOnlyList<Row> AwardTypes);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var columns = await db.ReportColumns.AsNoTracking().Where(c => c.FormKey == Form0603.FormKey).ToListAsync(cancellationToken);
            var awardTypes = await db.AwardTypes.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(cancellationToken);
            return new Result(new Form0603().Code, [.. Form0603.Choices.Select(c => new Choice(c.Column, c.Heading))],
                [.. awardTypes.Select(a =>
                {
                    var c = columns.FirstOrDefault(x => x.AwardTypeId == a.Id);
                    return new Row(a.Id, a.Code, a.Name, c is not null, c?.Column, c?.Column is int n ? Form0603.HeadingOf(n) : null, c?.Basis);
                })]);
        }
    }
}
