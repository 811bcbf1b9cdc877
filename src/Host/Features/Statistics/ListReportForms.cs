using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Features.Statistics.ReportForms;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Statistics;

/// <summary>The report forms the system fills and the issuers the caller files them for (<see cref="Access.MayReportFor"/>); none for anyone else.</summary>
public static class ListReportForms
{
    public sealed record Query : IRequest<Result>;

    public sealed record Form(string Key, string Code, string Title);

    /// <summary>A form of the circular the system does not fill, and why.</summary>
    public sealed record Missing(string Code, string Title, string Why);

    public sealed record Result(IReadOnlyList<Form> Forms, IReadOnlyList<ListStatisticsFilters.Option> Issuers, IReadOnlyList<Missing> NotProduced);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var issuers = (await db.Issuers.AsNoTracking().OrderBy(i => i.Name).ToListAsync(cancellationToken)).Where(access.MayReportFor)
                .Select(i => new ListStatisticsFilters.Option(i.Id, i.Name)).ToList();
            return new([.. ReportFormCatalogue.Forms.Select(f => new Form(f.Key, f.Code, f.Title))], issuers,
                [.. ReportFormCatalogue.NotProduced.Select(f => new Missing(f.Code, f.Title, f.Why))]);
        }
    }
}
