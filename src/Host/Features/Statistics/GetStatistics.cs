using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Statistics;

/// <summary>
/// How many collectives and individuals were nominated, awarded, postponed and refused, per award type and unit, and how
/// long each step takes: over the submitted dossiers the caller may see (administrators: all), by the day they were sent.
/// By decision date (<c>ByDecisionDate</c>), what was awarded in the period instead: the awardees of the signed decisions
/// not revoked dated in it, and the awards imported from before the system (<see cref="PastAward"/>), each unit under
/// the name the decision gave it. Units and award types are told apart by identity, never by name: two units (or award
/// types) of the same name are two rows, each named with its code.
/// </summary>
public static class GetStatistics
{
    public sealed record Query(int? AwardTypeId = null, int? UnitId = null, int? RoundId = null, DateOnly? From = null, DateOnly? To = null,
        bool ByDecisionDate = false)
        : IRequest<Report>;

    public sealed record Report(Tally Total, IReadOnlyList<Row> ByAwardType, IReadOnlyList<Row> ByUnit, IReadOnlyList<StepTime> Steps,
        IReadOnlyList<string> Sentences);

    /// <summary>Counts of one group; "approved" are the awardees of decisions not revoked; "postponed" (tạm hoãn) nominees wait
    /// for discipline, a complaint or an inspection to end and are never counted as refused.</summary>
    public sealed record Tally(int Dossiers, int NominatedCollectives, int NominatedIndividuals, int ApprovedCollectives, int ApprovedIndividuals,
        int RefusedCollectives, int RefusedIndividuals, int PostponedCollectives, int PostponedIndividuals);

    /// <summary>A group: an award type (<c>AwardTypeId</c>), or a unit (<c>UnitId</c>; null for a unit of an imported award the tree never had).</summary>
    public sealed record Row(string Name, Tally Tally, int? UnitId = null, int? AwardTypeId = null);

    /// <summary>"03 (ba) tập thể, 09 (chín) cá nhân được tặng …", one per award type that was awarded.</summary>
    private static List<string> Sentences(IEnumerable<Row> byAwardType) =>
        [.. byAwardType.Where(r => r.Tally.ApprovedCollectives + r.Tally.ApprovedIndividuals > 0)
            .Select(r => $"{VietnameseWording.Tally(r.Tally.ApprovedCollectives, r.Tally.ApprovedIndividuals)} được tặng {r.Name}")];

    /// <summary>Working days from a step's opening to its closing.</summary>
    public sealed record StepTime(string Step, int Count, double MedianDays, int SlowestDays);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q.To).Must((q, to) => Periods.InOrder(q.From, to))
                .WithMessage(Periods.EndsBeforeStart);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CalendarProvider calendars, StatisticsWorker statistics) : IRequestHandler<Query, Report>
    {
        public async Task<Report> Handle(Query request, CancellationToken cancellationToken)
        {
            if (request.ByDecisionDate) return await ByDecisionDateAsync(request, cancellationToken);
            // The store counts every dossier, under every unit above it: it answers those who see every dossier. Others
            // see the dossiers that passed through their steps, which no subtree of the store expresses.
            return access.IsAdmin ? await FromStoreAsync(request, cancellationToken) : await DirectAsync(request, cancellationToken);
        }

        /// <summary>
        /// The dossiers sent in [<paramref name="from"/>, <paramref name="to"/>] (Vietnam dates; null: unbounded) that the
        /// caller sees and the filters keep: of the unit's subtree, or of the unit itself only (<paramref name="ownUnit"/>).
        /// </summary>
        private async Task<IQueryable<Nomination>> DossiersAsync(Query request, DateOnly? from, DateOnly? to, bool ownUnit, CancellationToken ct)
        {
            var query = access.VisibleNominations().AsNoTracking().Where(n => n.SubmittedAt != null);
            if (request.AwardTypeId is { } awardTypeId) query = query.Where(n => n.AwardTypeId == awardTypeId);
            if (request.RoundId is { } roundId) query = query.Where(n => n.RoundId == roundId);
            if (request.UnitId is { } unitId && ownUnit) query = query.Where(n => n.UnitId == unitId);
            else if (request.UnitId is { } subtree)
            {
                var path = await db.Units.Where(u => u.Id == subtree).Select(u => u.Path).SingleOrDefaultAsync(ct) ?? "/none/";
                // The units of the subtree, then their dossiers by (UnitId, SubmittedAt): not every dossier of the period tested against the path.
                var units = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
                query = query.Where(n => units.Contains(n.UnitId));
            }
            // The period is read in Vietnam time: a dossier sent at 23:30 on the 31st belongs to the 31st.
            if (from is { } start) query = query.Where(n => n.SubmittedAt >= VietnamTime.StartOf(start));
            if (to is { } end) query = query.Where(n => n.SubmittedAt < VietnamTime.StartOf(end.AddDays(1)));
            return query;
        }

        /// <summary>The report counted from the dossiers, their nominees, awardees and steps (what the store must equal).</summary>
        internal async Task<Report> DirectAsync(Query request, CancellationToken cancellationToken)
        {
            var query = await DossiersAsync(request, request.From, request.To, ownUnit: false, cancellationToken);

            // Counted in the database, one row per award type, unit (and kind of nominee): nothing per dossier is loaded.
            var dossiers = await query.GroupBy(n => new { AwardType = n.AwardTypeId, Unit = n.UnitId, UnitName = n.Unit!.Name })
                .Select(g => new { g.Key.AwardType, g.Key.Unit, g.Key.UnitName, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var nominees = await query
                .SelectMany(n => n.Nominees, (n, x) => new
                {
                    AwardType = n.AwardTypeId, Unit = n.UnitId, x.Kind,
                    // As Nominee.Standing reads it: struck out first, then postponed, whatever the dossier's status.
                    Postponed = x.IsPostponed && !x.IsStruck,
                    Refused = (n.Status == NominationStatus.Refused && (x.IsStruck || !x.IsPostponed)) || (n.Status == NominationStatus.Approved && x.IsStruck),
                })
                .GroupBy(x => new { x.AwardType, x.Unit, x.Kind })
                .Select(g => new
                {
                    g.Key.AwardType, g.Key.Unit, g.Key.Kind, Count = g.Count(), Refused = g.Sum(x => x.Refused ? 1 : 0),
                    Postponed = g.Sum(x => x.Postponed ? 1 : 0),
                })
                .ToListAsync(cancellationToken);
            var awarded = await db.Decisions.AsNoTracking().Where(d => d.Status == DecisionStatus.Signed && d.RevokedAt == null)
                .SelectMany(d => d.Awardees, (d, a) => a)
                .Join(query, a => a.NominationId, n => n.Id, (a, n) => new { AwardType = n.AwardTypeId, Unit = n.UnitId, a.Kind })
                .GroupBy(a => new { a.AwardType, a.Unit, a.Kind })
                .Select(g => new { g.Key.AwardType, g.Key.Unit, g.Key.Kind, Count = g.Count() })
                .ToListAsync(cancellationToken);

            // Looked up by key: a national report has thousands of units.
            var nominatedBy = nominees.ToDictionary(x => (x.AwardType, x.Unit, x.Kind));
            var awardedBy = awarded.ToDictionary(x => (x.AwardType, x.Unit, x.Kind), x => x.Count);
            int Nominated(int awardType, int unit, NomineeKind kind) => nominatedBy.GetValueOrDefault((awardType, unit, kind))?.Count ?? 0;
            int Refused(int awardType, int unit, NomineeKind kind) => nominatedBy.GetValueOrDefault((awardType, unit, kind))?.Refused ?? 0;
            int Postponed(int awardType, int unit, NomineeKind kind) => nominatedBy.GetValueOrDefault((awardType, unit, kind))?.Postponed ?? 0;
            int Awarded(int awardType, int unit, NomineeKind kind) => awardedBy.GetValueOrDefault((awardType, unit, kind));
            var facts = dossiers.Select(d => new Fact(d.AwardType, d.Unit, d.UnitName, d.Count,
                Nominated(d.AwardType, d.Unit, NomineeKind.Collective), Nominated(d.AwardType, d.Unit, NomineeKind.Individual),
                Awarded(d.AwardType, d.Unit, NomineeKind.Collective), Awarded(d.AwardType, d.Unit, NomineeKind.Individual),
                Refused(d.AwardType, d.Unit, NomineeKind.Collective), Refused(d.AwardType, d.Unit, NomineeKind.Individual),
                Postponed(d.AwardType, d.Unit, NomineeKind.Collective), Postponed(d.AwardType, d.Unit, NomineeKind.Individual))).ToList();

            var calendar = await calendars.GetAsync(db, cancellationToken);
            // Working days depend on the two Vietnam dates only: the database counts the steps per step and pair of dates
            // (a national history has millions of steps, but fewer pairs), the calendar numbers the working days once and
            // each pair is one subtraction. Read from the dossiers counted (by the index of their steps), never by testing
            // every step of the history against them.
            var pairs = await query.Join(db.WorkItems.Where(w => w.ClosedAt != null), n => n.Id, w => w.NominationId, (n, w) => w)
                .GroupBy(w => new { w.Name, Opened = VietnamDays.DayNumber(w.OpenedAt), Closed = VietnamDays.DayNumber(w.ClosedAt!.Value) })
                .Select(g => new { g.Key.Name, g.Key.Opened, g.Key.Closed, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var numbers = pairs.Count == 0 ? null : calendar.Number(DateOnly.FromDayNumber(pairs.Min(p => Math.Min(p.Opened, p.Closed))),
                DateOnly.FromDayNumber(pairs.Max(p => Math.Max(p.Opened, p.Closed))));
            var steps = pairs.Select(p => (p.Name, Days: numbers!.Between(p.Opened, p.Closed), p.Count));
            return await ReportAsync(request, facts, steps, cancellationToken);
        }

        /// <summary>The report from the facts per award type and unit and the steps' working days, however they were counted.</summary>
        private async Task<Report> ReportAsync(Query request, List<Fact> facts, IEnumerable<(string Step, int Days, int Count)> stepDays, CancellationToken ct)
        {
            var byAwardType = await AwardTypeRowsAsync(facts.GroupBy(f => f.AwardType).Select(g => (g.Key, Sum(g))), ct);
            // Each unit under the name it bore in the period (its history), not today's.
            var history = await UnitNameHistory.LoadAsync(db, facts.Select(f => f.Unit), ct);
            var byUnit = UnitRows(facts.GroupBy(f => (int?)f.Unit).Select(g => (g.Key, history.Label(g.Key, g.First().UnitName, request.From, request.To), Sum(g))));
            var steps = stepDays.GroupBy(p => p.Step)
                .Select(g =>
                {
                    var days = g.GroupBy(p => p.Days, p => p.Count).Select(d => (Days: d.Key, Count: d.Sum()))
                        .OrderBy(d => d.Days).ToList();
                    var count = days.Sum(d => d.Count);
                    return new StepTime(g.Key, count, Median(days, count), days[^1].Days);
                })
                .OrderByDescending(s => s.MedianDays).ThenBy(s => s.Step, StringComparer.Ordinal).ToList();

            var sentences = Sentences(byAwardType);
            return new Report(Sum(facts), byAwardType, byUnit, steps, sentences);
        }

        /// <summary>
        /// The report read from the statistics store (<see cref="StatisticsStore"/>), equal to <see cref="DirectAsync"/>:
        /// the counts from one row per dossier; the step times of the whole months of the period from the rows of the unit
        /// (or the country), and from the steps themselves for the days at the period's edges and the unit's own dossiers.
        /// </summary>
        internal async Task<Report> FromStoreAsync(Query request, CancellationToken ct)
        {
            // What was saved up to now is in the store before it is read: the dossiers marked since the worker's last round.
            await statistics.CountAsync(db, ct);
            IQueryable<int>? units = null;
            if (request.UnitId is { } unitId)
            {
                var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct) ?? "/none/";
                units = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            }
            // The whole years of the period from the sums per unit and year; the days before and after them from the dossiers' rows.
            int? firstYear = request.From is not { } start ? null : start is { Month: 1, Day: 1 } ? start.Year : start.Year + 1;
            int? lastYear = request.To is not { } end ? null : end is { Month: 12, Day: 31 } ? end.Year : end.Year - 1;
            var groups = new List<Counted>();
            if (firstYear > lastYear) groups.AddRange(await DossierCountsAsync(request, units, request.From, request.To, ct));
            else
            {
                var sums = db.UnitTallies.AsNoTracking();
                if (request.AwardTypeId is { } awardTypeId) sums = sums.Where(t => t.AwardTypeId == awardTypeId);
                // A round of 0 stands for none in the store; no round has that id.
                if (request.RoundId is { } roundId) sums = sums.Where(t => t.RoundId == roundId && roundId != 0);
                if (units is not null) sums = sums.Where(t => units.Contains(t.UnitId));
                if (firstYear is null && lastYear is null) sums = sums.Where(t => t.Year == StatisticsStore.AllYears);
                else sums = sums.Where(t => t.Year != StatisticsStore.AllYears);
                if (firstYear is { } fromYear) sums = sums.Where(t => t.Year >= fromYear);
                if (lastYear is { } toYear) sums = sums.Where(t => t.Year <= toYear);
                groups.AddRange(await sums.GroupBy(t => new { t.AwardTypeId, t.UnitId })
                    .Select(g => new Counted(g.Key.AwardTypeId, g.Key.UnitId, g.Sum(t => t.Dossiers),
                        g.Sum(t => t.NominatedCollectives), g.Sum(t => t.NominatedIndividuals), g.Sum(t => t.ApprovedCollectives), g.Sum(t => t.ApprovedIndividuals),
                        g.Sum(t => t.RefusedCollectives), g.Sum(t => t.RefusedIndividuals), g.Sum(t => t.PostponedCollectives), g.Sum(t => t.PostponedIndividuals)))
                    .ToListAsync(ct));
                if (request.From is { } from && firstYear is { } first && from != new DateOnly(first, 1, 1))
                    groups.AddRange(await DossierCountsAsync(request, units, from, new DateOnly(first, 1, 1).AddDays(-1), ct));
                if (request.To is { } to && lastYear is { } last && to != new DateOnly(last, 12, 31))
                    groups.AddRange(await DossierCountsAsync(request, units, new DateOnly(last + 1, 1, 1), to, ct));
            }
            var unitIds = groups.Select(g => g.UnitId).Distinct().ToList();
            var unitNames = unitIds.Count > 1000
                ? await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct)
                : await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            // As the direct query groups them: by the award type and the unit.
            var facts = groups.GroupBy(g => (AwardType: g.AwardTypeId, g.UnitId))
                .Where(g => g.Sum(x => x.Dossiers) > 0)
                .Select(g => new Fact(g.Key.AwardType, g.Key.UnitId, unitNames[g.Key.UnitId], g.Sum(x => x.Dossiers), g.Sum(x => x.NominatedC), g.Sum(x => x.NominatedI),
                    g.Sum(x => x.ApprovedC), g.Sum(x => x.ApprovedI), g.Sum(x => x.RefusedC), g.Sum(x => x.RefusedI), g.Sum(x => x.PostponedC), g.Sum(x => x.PostponedI)))
                .ToList();

            // The whole months of the period come from the store; a period cut mid-month adds its edge days from the steps.
            var firstMonth = request.From is not { } opens ? (DateOnly?)null : opens.Day == 1 ? opens : new DateOnly(opens.Year, opens.Month, 1).AddMonths(1);
            var lastMonthEnd = request.To is not { } closes ? (DateOnly?)null
                : closes.AddDays(1).Day == 1 ? closes : new DateOnly(closes.Year, closes.Month, 1).AddDays(-1);
            var steps = new List<(string Step, int Days, int Count)>();
            var direct = new List<IQueryable<Nomination>>();
            if (firstMonth is { } a && lastMonthEnd is { } b && a > b)
                direct.Add(await DossiersAsync(request, request.From, request.To, ownUnit: false, ct));
            else
            {
                var rows = db.StepTimeTallies.AsNoTracking().Where(t => t.UnitId == (request.UnitId ?? 0) && t.Count > 0);
                if (firstMonth is { } first)
                {
                    var month = StatisticsStore.MonthOf(first.DayNumber);
                    rows = rows.Where(t => t.Month >= month);
                    if (first != request.From) direct.Add(await DossiersAsync(request, request.From, first.AddDays(-1), ownUnit: false, ct));
                }
                if (lastMonthEnd is { } last)
                {
                    var month = StatisticsStore.MonthOf(last.DayNumber);
                    rows = rows.Where(t => t.Month <= month);
                    if (last != request.To) direct.Add(await DossiersAsync(request, last.AddDays(1), request.To, ownUnit: false, ct));
                }
                if (request.AwardTypeId is { } awardType) rows = rows.Where(t => t.AwardTypeId == awardType);
                if (request.RoundId is { } round) rows = rows.Where(t => t.RoundId == round && round != 0);
                steps.AddRange((await rows.GroupBy(t => new { t.Step, t.Days }).Select(g => new { g.Key.Step, g.Key.Days, Count = g.Sum(t => t.Count) }).ToListAsync(ct))
                    .Select(r => (r.Step, r.Days, r.Count)));
                // A unit's rows hold the units under it; its own dossiers are read from their steps.
                if (request.UnitId is not null) direct.Add(await DossiersAsync(request, firstMonth, lastMonthEnd, ownUnit: true, ct));
            }
            var pairs = new List<(string Name, int Opened, int Closed, int Count)>();
            foreach (var query in direct)
                pairs.AddRange((await query.Join(db.WorkItems.Where(w => w.ClosedAt != null), n => n.Id, w => w.NominationId, (n, w) => w)
                    .GroupBy(w => new { w.Name, Opened = VietnamDays.DayNumber(w.OpenedAt), Closed = VietnamDays.DayNumber(w.ClosedAt!.Value) })
                    .Select(g => new { g.Key.Name, g.Key.Opened, g.Key.Closed, Count = g.Count() })
                    .ToListAsync(ct)).Select(p => (p.Name, p.Opened, p.Closed, p.Count)));
            if (pairs.Count > 0)
            {
                var numbers = (await calendars.GetAsync(db, ct)).Number(DateOnly.FromDayNumber(pairs.Min(p => Math.Min(p.Opened, p.Closed))),
                    DateOnly.FromDayNumber(pairs.Max(p => Math.Max(p.Opened, p.Closed))));
                steps.AddRange(pairs.Select(p => (p.Name, numbers.Between(p.Opened, p.Closed), p.Count)));
            }
            return await ReportAsync(request, facts, steps, ct);
        }

        /// <summary>The median of <paramref name="count"/> values given sorted, each with how many times it occurs.</summary>
        private static double Median(List<(int Days, int Count)> sorted, int count)
        {
            int At(int index)
            {
                foreach (var (days, times) in sorted)
                {
                    if (index < times) return days;
                    index -= times;
                }
                return sorted[^1].Days;
            }
            return count % 2 == 1 ? At(count / 2) : (At((count / 2) - 1) + At(count / 2)) / 2.0;
        }

        private static Tally Sum(IEnumerable<Fact> facts)
        {
            var list = facts.ToList();
            return new Tally(list.Sum(f => f.Dossiers), list.Sum(f => f.NominatedC), list.Sum(f => f.NominatedI), list.Sum(f => f.ApprovedC), list.Sum(f => f.ApprovedI),
                list.Sum(f => f.RefusedC), list.Sum(f => f.RefusedI), list.Sum(f => f.PostponedC), list.Sum(f => f.PostponedI));
        }

        /// <summary>
        /// Per award type, by identity under its name; two award types that share a name are told apart by their code.
        /// </summary>
        private async Task<List<Row>> AwardTypeRowsAsync(IEnumerable<(int AwardTypeId, Tally Tally)> groups, CancellationToken ct)
        {
            var list = groups.ToList();
            var ids = list.Select(g => g.AwardTypeId).ToList();
            var names = await db.AwardTypes.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name, a.Code }).ToDictionaryAsync(a => a.Id, ct);
            var shared = names.Values.GroupBy(a => a.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            return [.. list.Select(g => names[g.AwardTypeId] is var a && shared.Contains(a.Name)
                    ? new Row($"{a.Name} ({a.Code})", g.Tally, AwardTypeId: g.AwardTypeId)
                    : new Row(a.Name, g.Tally, AwardTypeId: g.AwardTypeId))
                .OrderBy(r => r.Name, StringComparer.Ordinal)];
        }

        /// <summary>
        /// Per unit, by name; two units that share a name are told apart by their code, so neither is mistaken for the other.
        /// </summary>
        private List<Row> UnitRows(IEnumerable<(int? UnitId, string Name, Tally Tally)> groups)
        {
            var list = groups.ToList();
            var shared = list.GroupBy(g => g.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            var ids = list.Where(g => shared.Contains(g.Name) && g.UnitId is not null).Select(g => g.UnitId!.Value).ToList();
            var codes = ids.Count == 0 ? [] : db.Units.Where(u => ids.Contains(u.Id)).ToDictionary(u => u.Id, u => u.Code);
            return [.. list.Select(g => new Row(g.UnitId is int id && codes.TryGetValue(id, out var code) ? $"{g.Name} ({code})" : g.Name, g.Tally, g.UnitId))
                .OrderBy(r => r.Name, StringComparer.Ordinal)];
        }

        private async Task<Report> ByDecisionDateAsync(Query request, CancellationToken ct)
        {
            var awardees = db.Decisions.AsNoTracking().Where(d => d.Status == DecisionStatus.Signed && d.RevokedAt == null)
                .Join(access.CountableAwardees(), d => d.Id, a => a.DecisionId, (d, a) => new { d, a });
            var past = access.VisiblePastAwards().AsNoTracking();
            if (request.AwardTypeId is { } awardTypeId)
            {
                awardees = awardees.Where(x => x.d.AwardTypeId == awardTypeId);
                past = past.Where(a => a.AwardTypeId == awardTypeId);
            }
            // An imported award belongs to no round of the system.
            if (request.RoundId is { } roundId)
            {
                awardees = awardees.Where(x => x.d.RoundId == roundId);
                past = past.Where(a => false);
            }
            if (request.UnitId is { } unitId)
            {
                var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct) ?? "/none/";
                awardees = awardees.Where(x => db.Units.Any(u => u.Id == x.a.UnitId && u.Path.StartsWith(path)));
                past = past.Where(a => a.Unit != null && a.Unit.Path.StartsWith(path));
            }
            if (request.From is { } from)
            {
                awardees = awardees.Where(x => x.d.IssuedOn >= from);
                past = past.Where(a => a.IssuedOn >= from);
            }
            if (request.To is { } to)
            {
                awardees = awardees.Where(x => x.d.IssuedOn <= to);
                past = past.Where(a => a.IssuedOn <= to);
            }

            var decided = await awardees.GroupBy(x => new { AwardType = x.d.AwardTypeId, x.a.UnitId, x.a.UnitName, x.a.Kind })
                .Select(g => new { g.Key.AwardType, UnitId = (int?)g.Key.UnitId, g.Key.UnitName, g.Key.Kind, Count = g.Count(), Last = g.Max(x => x.d.IssuedOn!.Value) })
                .ToListAsync(ct);
            var imported = await past.GroupBy(a => new { AwardType = a.AwardTypeId, a.UnitId, a.UnitName, a.Kind })
                .Select(g => new { g.Key.AwardType, g.Key.UnitId, g.Key.UnitName, g.Key.Kind, Count = g.Count(), Last = g.Max(a => a.IssuedOn) })
                .ToListAsync(ct);
            var all = decided.Concat(imported).ToList();

            static Tally Awarded(IEnumerable<int> collectives, IEnumerable<int> individuals) =>
                new(0, 0, 0, collectives.Sum(), individuals.Sum(), 0, 0, 0, 0);
            Tally TallyOf<T>(IEnumerable<T> rows, Func<T, NomineeKind> kind, Func<T, int> count) =>
                Awarded(rows.Where(r => kind(r) == NomineeKind.Collective).Select(count), rows.Where(r => kind(r) == NomineeKind.Individual).Select(count));

            var byAwardType = await AwardTypeRowsAsync(all.GroupBy(x => x.AwardType).Select(g => (g.Key, TallyOf(g, x => x.Kind, x => x.Count))), ct);
            // A unit the tree never had is known by its name alone; a unit of the tree by its identity, under the
            // name of its latest decision in the period, and the earlier names it was decided under beside it.
            var history = await UnitNameHistory.LoadAsync(db, all.Where(x => x.UnitId is not null).Select(x => x.UnitId!.Value), ct);
            var byUnit = UnitRows(all.GroupBy(x => x.UnitId is int id ? $"#{id}" : x.UnitName)
                .Select(g => (g.First().UnitId, history.Label(g.First().UnitId, g.First().UnitName, request.From, request.To,
                    [.. g.Select(x => (x.UnitName, x.Last))]), TallyOf(g, x => x.Kind, x => x.Count))));
            var total = Awarded(all.Where(x => x.Kind == NomineeKind.Collective).Select(x => x.Count), all.Where(x => x.Kind == NomineeKind.Individual).Select(x => x.Count));
            var sentences = Sentences(byAwardType);
            return new Report(total, byAwardType, byUnit, [], sentences);
        }

        /// <summary>The dossiers' rows of the store sent in [from, to], summed per award type and unit (by a covering index).</summary>
        private async Task<List<Counted>> DossierCountsAsync(Query request, IQueryable<int>? units, DateOnly? from, DateOnly? to, CancellationToken ct)
        {
            var tallies = db.DossierTallies.AsNoTracking();
            if (request.AwardTypeId is { } awardTypeId) tallies = tallies.Where(t => t.AwardTypeId == awardTypeId);
            if (request.RoundId is { } roundId) tallies = tallies.Where(t => t.RoundId == roundId && roundId != 0);
            if (units is not null) tallies = tallies.Where(t => units.Contains(t.UnitId));
            if (from is { } start) tallies = tallies.Where(t => t.SubmittedDay >= start.DayNumber);
            if (to is { } end) tallies = tallies.Where(t => t.SubmittedDay <= end.DayNumber);
            return await tallies.GroupBy(t => new { t.AwardTypeId, t.UnitId })
                .Select(g => new Counted(g.Key.AwardTypeId, g.Key.UnitId, g.Count(),
                    g.Sum(t => t.NominatedCollectives), g.Sum(t => t.NominatedIndividuals), g.Sum(t => t.ApprovedCollectives), g.Sum(t => t.ApprovedIndividuals),
                    g.Sum(t => t.RefusedCollectives), g.Sum(t => t.RefusedIndividuals), g.Sum(t => t.PostponedCollectives), g.Sum(t => t.PostponedIndividuals)))
                .ToListAsync(ct);
        }

        private sealed record Counted(int AwardTypeId, int UnitId, int Dossiers, int NominatedC, int NominatedI, int ApprovedC, int ApprovedI, int RefusedC, int RefusedI,
            int PostponedC, int PostponedI);

        private sealed record Fact(int AwardType, int Unit, string UnitName, int Dossiers, int NominatedC, int NominatedI, int ApprovedC, int ApprovedI, int RefusedC, int RefusedI,
            int PostponedC, int PostponedI);
    }
}
