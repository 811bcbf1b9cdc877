using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Statistics.ReportForms;

/// <summary>Every award type with the column of a form (0603.N/BNV-TĐKT unless another is named: 0602) it counts in (null: none) and its basis; the columns to choose from. Administrators only.</summary>
public static class ListReportColumns
{
    public sealed record Query(string? Form = null) : IRequest<Result>;

    public sealed record Choice(int Column, string Heading);

    public sealed record Row(int AwardTypeId, string AwardTypeCode, string AwardType, bool Placed, int? Column, string? Heading, string? Basis);

    public sealed record Result(string Form, IReadOnlyList<Choice> Columns, IReadOnlyList<Row> AwardTypes, string Key = Form0603.FormKey, string Title = "");

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var form = ReportFormCatalogue.Columned(request.Form) ?? throw new NotFoundException(SaveReportColumn.NoColumns(request.Form));
            var columns = await db.ReportColumns.AsNoTracking().Where(c => c.FormKey == form.Key).ToListAsync(cancellationToken);
            var awardTypes = await db.AwardTypes.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(cancellationToken);
            var choices = form.ColumnChoices.ToList();
            return new Result(form.Code, [.. choices.Select(c => new Choice(c.Column, c.Heading))],
                [.. awardTypes.Select(a =>
                {
                    var c = columns.FirstOrDefault(x => x.AwardTypeId == a.Id);
                    return new Row(a.Id, a.Code, a.Name, c is not null, c?.Column, c?.Column is int n ? choices.Where(x => x.Column == n).Select(x => x.Heading).FirstOrDefault() : null, c?.Basis);
                })], form.Key, form.Title);
        }
    }
}
