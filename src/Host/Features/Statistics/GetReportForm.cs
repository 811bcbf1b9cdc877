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

            var counts = form is Form0602
                ? await StateLevelAsync(issuer, from, to, cancellationToken)
                : await AwardedAsync(issuer, from, to, cancellationToken);
            // The movements recorded for the issuer and under way in the year (form 0601).
            var movements = (await db.EmulationMovements.AsNoTracking().Where(m => m.IssuerId == issuerId && m.StartsOn <= to && m.EndsOn >= from)
                    .Select(m => new { m.Level, m.Scope, m.Method, m.StartsOn, m.EndsOn }).ToListAsync(cancellationToken))
                .Select(m => new MovementCount(m.Level, m.Scope, m.Method, EmulationMovement.Months(m.StartsOn, m.EndsOn))).ToList();
            // The award types placed in the form's columns, each of which form 0602 may give a column of its own.
            var placements = (await db.ReportColumns.AsNoTracking().Where(c => c.FormKey == form.Key && c.Column != null)
                    .Select(c => new { c.AwardTypeId, c.AwardType!.Name, Column = c.Column!.Value, c.AwardType.AllowsCollectives, c.AwardType.AllowsIndividuals })
                    .ToListAsync(cancellationToken))
                .Select(p => new PlacedAwardType(p.AwardTypeId, p.Name, p.Column,
                    [.. new[] { (p.AllowsCollectives, NomineeKind.Collective), (p.AllowsIndividuals, NomineeKind.Individual) }.Where(k => k.Item1).Select(k => k.Item2)]))
                .ToList();
            var content = form.Build(new FormData(issuer, year, [.. counts.OrderBy(c => c.AwardType, StringComparer.Ordinal)], movements, placements));
            return new File($"bieu-{form.Key}-{issuer.Code}-{year}.xlsx", content);
        }

        private sealed record Group(int AwardTypeId, string AwardType, NomineeKind Kind, bool? AdHoc, AwardeeTarget? Target, AwardMethod? Method, int Count);

        /// <summary>The issuer's signed decisions not revoked dated in the period, over what the caller may count, grouped.</summary>
        private Task<List<Group>> DecidedAsync(int issuerId, DateOnly from, DateOnly to, IReadOnlyCollection<int>? awardTypes, CancellationToken cancellationToken)
        {
            var decisions = db.Decisions.AsNoTracking()
                .Where(d => d.IssuerId == issuerId && d.Status == DecisionStatus.Signed && d.RevokedAt == null && d.IssuedOn >= from && d.IssuedOn <= to);
            if (awardTypes is not null) decisions = decisions.Where(d => awardTypes.Contains(d.AwardTypeId));
            // As the statistics by decision date count them; who each awardee is and how their dossier proposed the award:
            // on the nominee and the dossier.
            return decisions.Join(access.CountableAwardees(), d => d.Id, a => a.DecisionId, (d, a) => new { d, a })
                .Join(db.Nominees, x => x.a.NomineeId, m => m.Id, (x, m) => new { x.d, x.a, m.Target })
                .Join(db.Nominations, x => x.a.NominationId, n => n.Id, (x, n) => new { x.d, x.a, x.Target, n.Method })
                .GroupBy(x => new { x.d.AwardTypeId, AwardType = x.d.AwardType!.Name, x.a.Kind, AdHoc = x.d.RoundId == null, x.Target, x.Method })
                .Select(g => new Group(g.Key.AwardTypeId, g.Key.AwardType, g.Key.Kind, g.Key.AdHoc, g.Key.Target, g.Key.Method, g.Count()))
                .ToListAsync(cancellationToken);
        }

        /// <summary>Imported awards the caller may read, dated in the period, grouped; an ad-hoc one says so, another says nothing of its procedure (null).</summary>
        private static Task<List<Group>> GroupImportedAsync(IQueryable<PastAward> imported, CancellationToken cancellationToken) =>
            imported.GroupBy(a => new { a.AwardTypeId, AwardType = a.AwardType!.Name, a.Kind, a.AdHoc, a.Target, a.Method })
                .Select(g => new Group(g.Key.AwardTypeId, g.Key.AwardType, g.Key.Kind, g.Key.AdHoc ? true : null, g.Key.Target, g.Key.Method, g.Count()))
                .ToListAsync(cancellationToken);

        /// <summary>The groups with the column of form <paramref name="formKey"/> each award type counts in, as the administrators placed them (not by their names).</summary>
        private async Task<List<AwardCount>> PlaceAsync(string formKey, IEnumerable<Group> groups, CancellationToken cancellationToken)
        {
            var columns = await db.ReportColumns.AsNoTracking().Where(c => c.FormKey == formKey)
                .ToDictionaryAsync(c => c.AwardTypeId, c => c.Column, cancellationToken);
            return [.. groups.Select(x => new AwardCount(x.AwardType, x.Kind, x.AdHoc, x.Count, x.Target, x.Method,
                columns.GetValueOrDefault(x.AwardTypeId), columns.ContainsKey(x.AwardTypeId), x.AwardTypeId))];
        }

        /// <summary>What the issuer awarded (form 0603): its decisions, and imported awards written with its name as issuer.</summary>
        private async Task<List<AwardCount>> AwardedAsync(Issuer issuer, DateOnly from, DateOnly to, CancellationToken cancellationToken)
        {
            var decided = await DecidedAsync(issuer.Id, from, to, null, cancellationToken);
            var imported = await GroupImportedAsync(access.VisiblePastAwards().AsNoTracking()
                .Where(a => a.IssuerName == issuer.Name && a.IssuedOn >= from && a.IssuedOn <= to), cancellationToken);
            return await PlaceAsync(Form0603.FormKey, decided.Concat(imported), cancellationToken);
        }

        /// <summary>
        /// The state-level awards the issuer proposed (form 0602): decided by the President or the Prime Minister, so by
        /// another authority than the issuer, they are imported; the issuer proposed those of the award types of its kind
        /// (an award type names the kind of issuer that handles it) given to the units it decides for, as it would route
        /// their dossiers. Its own signed decisions count only for an award type an administrator placed in a column of 0602.
        /// </summary>
        private async Task<List<AwardCount>> StateLevelAsync(Issuer issuer, DateOnly from, DateOnly to, CancellationToken cancellationToken)
        {
            var placed = await db.ReportColumns.AsNoTracking().Where(c => c.FormKey == Form0602.FormKey && c.Column != null)
                .Select(c => c.AwardTypeId).ToListAsync(cancellationToken);
            var decided = await DecidedAsync(issuer.Id, from, to, placed, cancellationToken);
            var path = await db.Units.AsNoTracking().Where(u => u.Id == issuer.UnitId).Select(u => u.Path).SingleAsync(cancellationToken);
            var imported = await GroupImportedAsync(access.VisiblePastAwards().AsNoTracking()
                .Where(a => a.IssuerName != issuer.Name && a.AwardType!.IssuerKind == issuer.Kind && a.Unit!.Path.StartsWith(path)
                    && a.IssuedOn >= from && a.IssuedOn <= to), cancellationToken);
            return await PlaceAsync(Form0602.FormKey, decided.Concat(imported), cancellationToken);
        }
    }
}
