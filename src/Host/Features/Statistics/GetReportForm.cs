using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Statistics.ReportForms;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Statistics;

/// <summary>
/// A statistical report form of Thông tư 02/2023/TT-BNV (<see cref="ReportFormCatalogue"/>) as Excel, for one issuer and
/// year: what the issuer awarded in the year, counted as the statistics by decision date count it (signed decisions not
/// revoked, dated in the year, and imported awards of that issuer), over what the caller may see. Only those who file the
/// issuer's reports (<see cref="Access.MayReportFor"/>) get it; to anyone else the issuer does not exist.
/// </summary>
public static class GetReportForm
{
    public sealed record Query(string? Form, int? Year, int? IssuerId) : IRequest<File>;

    public sealed record File(string FileName, byte[] Content);

    /// <summary>The first year a form can be asked for: the awards the system holds, imported ones included, are later.</summary>
    public const int FirstYear = 2000;

    public static string YearOutOfRange(int lastYear) => $"Năm báo cáo phải từ {FirstYear} đến {lastYear}.";

    public const string IssuerRequired = "Hãy chọn cơ quan báo cáo (cơ quan ban hành quyết định khen thưởng).";

    public static string IssuerNotFound(int id) => $"Không tìm thấy cơ quan ban hành số {id}, hoặc anh/chị không phải người lập báo cáo thống kê của cơ quan này.";

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator(TimeProvider clock)
        {
            var lastYear = VietnamTime.Today(clock).Year;
            RuleFor(q => q.Year).NotNull().WithMessage(YearOutOfRange(lastYear))
                .InclusiveBetween(FirstYear, lastYear).WithMessage(YearOutOfRange(lastYear));
            RuleFor(q => q.IssuerId).NotNull().WithMessage(IssuerRequired);
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, File>
    {
        public async Task<File> Handle(Query request, CancellationToken cancellationToken)
        {
            var form = ReportFormCatalogue.Find(request.Form) ?? throw new NotFoundException(ReportFormCatalogue.UnknownForm(request.Form));
            var issuerId = request.IssuerId!.Value;
            var issuer = await db.Issuers.AsNoTracking().SingleOrDefaultAsync(i => i.Id == issuerId, cancellationToken);
            if (issuer is null || !access.MayReportFor(issuer)) throw new NotFoundException(IssuerNotFound(issuerId));
            var year = request.Year!.Value;
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

            var awardees = db.Decisions.AsNoTracking()
                .Where(d => d.IssuerId == issuerId && d.Status == DecisionStatus.Signed && d.RevokedAt == null && d.IssuedOn >= from && d.IssuedOn <= to)
                // As the statistics by decision date count them.
                .Join(access.CountableAwardees(), d => d.Id, a => a.DecisionId, (d, a) => new { d, a });
            // Who each awardee is and how their dossier proposed the award: on the nominee and the dossier.
            var decided = await awardees
                .Join(db.Nominees, x => x.a.NomineeId, m => m.Id, (x, m) => new { x.d, x.a, m.Target })
                .Join(db.Nominations, x => x.a.NominationId, n => n.Id, (x, n) => new { x.d, x.a, x.Target, n.Method })
                .GroupBy(x => new { x.d.AwardTypeId, AwardType = x.d.AwardType!.Name, x.a.Kind, AdHoc = x.d.RoundId == null, x.Target, x.Method })
                .Select(g => new { g.Key.AwardTypeId, g.Key.AwardType, g.Key.Kind, g.Key.AdHoc, g.Key.Target, g.Key.Method, Count = g.Count() })
                .ToListAsync(cancellationToken);
            // An imported award names its issuer as the register wrote it.
            var imported = await access.VisiblePastAwards().AsNoTracking()
                .Where(a => a.IssuerName == issuer.Name && a.IssuedOn >= from && a.IssuedOn <= to)
                .GroupBy(a => new { a.AwardTypeId, AwardType = a.AwardType!.Name, a.Kind, a.AdHoc, a.Target, a.Method })
                .Select(g => new { g.Key.AwardTypeId, g.Key.AwardType, g.Key.Kind, g.Key.AdHoc, g.Key.Target, g.Key.Method, Count = g.Count() })
                .ToListAsync(cancellationToken);

            // The columns as the administrators placed the award types (ReportColumn), not by their names.
            var columns = await db.ReportColumns.AsNoTracking().Where(c => c.FormKey == Form0603.FormKey)
                .ToDictionaryAsync(c => c.AwardTypeId, c => c.Column, cancellationToken);
            List<AwardCount> counts =
            [
                .. decided.Select(x => new AwardCount(x.AwardType, x.Kind, x.AdHoc, x.Count, x.Target, x.Method,
                    columns.GetValueOrDefault(x.AwardTypeId), columns.ContainsKey(x.AwardTypeId))),
                // An imported award's register says whether it was ad hoc (đột xuất, row 13), not whether it was in a round: null otherwise.
                .. imported.Select(x => new AwardCount(x.AwardType, x.Kind, x.AdHoc ? true : null, x.Count, x.Target, x.Method,
                    columns.GetValueOrDefault(x.AwardTypeId), columns.ContainsKey(x.AwardTypeId))),
            ];
            // The movements recorded for the issuer and under way in the year (form 0601).
            var movements = (await db.EmulationMovements.AsNoTracking().Where(m => m.IssuerId == issuerId && m.StartsOn <= to && m.EndsOn >= from)
                    .Select(m => new { m.Level, m.Scope, m.Method, m.StartsOn, m.EndsOn }).ToListAsync(cancellationToken))
                .Select(m => new MovementCount(m.Level, m.Scope, m.Method, EmulationMovement.Months(m.StartsOn, m.EndsOn))).ToList();
            var content = form.Build(new FormData(issuer, year, [.. counts.OrderBy(c => c.AwardType, StringComparer.Ordinal)], movements));
            return new File($"bieu-{form.Key}-{issuer.Code}-{year}.xlsx", content);
        }
    }
}
