using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Calendar;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// What the statistics by submission date count of one submitted dossier, as <c>GetStatistics</c> counts it from the
/// dossier, its nominees and the awardees of its signed decisions not revoked: read instead of joining a million nominees.
/// <see cref="StepDays"/> and <see cref="Ancestors"/> record what the dossier added to <see cref="StepTimeTally"/>, so that
/// it can be taken back exactly when the dossier changes (whatever the calendar or the tree are by then).
/// </summary>
public sealed class DossierTally
{
    public int NominationId { get; set; }
    public int UnitId { get; set; }
    public int AwardTypeId { get; set; }
    public int RoundId { get; set; }
    /// <summary>The <see cref="DateOnly.DayNumber"/> of the Vietnam date it was sent on (the report's periods are Vietnam dates).</summary>
    public int SubmittedDay { get; set; }
    public int NominatedCollectives { get; set; }
    public int NominatedIndividuals { get; set; }
    public int ApprovedCollectives { get; set; }
    public int ApprovedIndividuals { get; set; }
    public int RefusedCollectives { get; set; }
    public int RefusedIndividuals { get; set; }
    public int PostponedCollectives { get; set; }
    public int PostponedIndividuals { get; set; }
    /// <summary>The keys of <see cref="StepTimeTally.UnitId"/> its steps were added under, comma-separated.</summary>
    public string Ancestors { get; set; } = "";
    /// <summary>Its closed steps as added: JSON [[step, working days], …].</summary>
    public string StepDays { get; set; } = "[]";
}

/// <summary>
/// How many closed steps of a name took so many working days, over the dossiers sent in one month (yyyymm) of one award type
/// and round (0: none) whose unit lies strictly under <see cref="UnitId"/> (0: the whole country). A unit's own dossiers are
/// not in its rows (a commune would repeat the history step by step): the report adds them from the steps themselves.
/// Distributions add, so a sum of rows gives the exact median.
/// </summary>
public sealed class StepTimeTally
{
    public int UnitId { get; set; }
    public int Month { get; set; }
    public int AwardTypeId { get; set; }
    public int RoundId { get; set; }
    public string Step { get; set; } = "";
    public int Days { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// The counts of <see cref="DossierTally"/> summed per unit (its own dossiers), award type, round (0: none) and year of
/// sending, and over all years (year 0): a national report reads ten thousand rows, not half a million dossiers.
/// </summary>
public sealed class UnitTally
{
    public int UnitId { get; set; }
    public int AwardTypeId { get; set; }
    public int RoundId { get; set; }
    public int Year { get; set; }
    public int Dossiers { get; set; }
    public int NominatedCollectives { get; set; }
    public int NominatedIndividuals { get; set; }
    public int ApprovedCollectives { get; set; }
    public int ApprovedIndividuals { get; set; }
    public int RefusedCollectives { get; set; }
    public int RefusedIndividuals { get; set; }
    public int PostponedCollectives { get; set; }
    public int PostponedIndividuals { get; set; }
}

/// <summary>
/// A dossier whose counted facts changed since the store last counted it: marked by the save that changed them, counted
/// by <see cref="StatisticsWorker"/> in batches outside the step's transaction, and before any report reads the store.
/// <see cref="Version"/> grows at each mark, so that a count takes away only the marks it has seen.
/// </summary>
public sealed class UncountedDossier
{
    public int NominationId { get; set; }
    public long Version { get; set; }
}

internal sealed class UncountedDossierConfiguration : IEntityTypeConfiguration<UncountedDossier>
{
    public void Configure(EntityTypeBuilder<UncountedDossier> b) => b.HasKey(t => t.NominationId);
}

internal sealed class UnitTallyConfiguration : IEntityTypeConfiguration<UnitTally>
{
    public void Configure(EntityTypeBuilder<UnitTally> b) => b.HasKey(t => new { t.UnitId, t.AwardTypeId, t.RoundId, t.Year });
}

internal sealed class DossierTallyConfiguration : IEntityTypeConfiguration<DossierTally>
{
    public void Configure(EntityTypeBuilder<DossierTally> b)
    {
        b.HasKey(t => t.NominationId);
        // Covering: the days at a period's edges are summed from the index alone, never from the rows and their steps' JSON.
        b.HasIndex(t => new
        {
            t.SubmittedDay, t.UnitId, t.AwardTypeId, t.RoundId, t.NominatedCollectives, t.NominatedIndividuals, t.ApprovedCollectives, t.ApprovedIndividuals,
            t.RefusedCollectives, t.RefusedIndividuals, t.PostponedCollectives, t.PostponedIndividuals,
        }, "IX_DossierTallies_SubmittedDay_Counts");
        b.HasIndex(t => new
        {
            t.UnitId, t.SubmittedDay, t.AwardTypeId, t.RoundId, t.NominatedCollectives, t.NominatedIndividuals, t.ApprovedCollectives, t.ApprovedIndividuals,
            t.RefusedCollectives, t.RefusedIndividuals, t.PostponedCollectives, t.PostponedIndividuals,
        }, "IX_DossierTallies_UnitId_Counts");
        b.Property(t => t.Ancestors).HasMaxLength(256);
    }
}

internal sealed class StepTimeTallyConfiguration : IEntityTypeConfiguration<StepTimeTally>
{
    public void Configure(EntityTypeBuilder<StepTimeTally> b)
    {
        b.HasKey(t => new { t.UnitId, t.Month, t.AwardTypeId, t.RoundId, t.Step, t.Days });
        b.Property(t => t.Step).HasMaxLength(256);
    }
}

/// <summary>
/// Keeps <see cref="DossierTally"/> and <see cref="StepTimeTally"/> equal to what the statistics would count from the
/// dossiers. Every save that moves a counted fact marks its dossiers in its own transaction (<see cref="AwardsDbContext"/>
/// calls <see cref="MarkAsync"/> after each save): a dossier's status, date, unit, award type or round; its nominees' kind,
/// strike-out or postponement; the awardees and the signature or revocation of a decision; a closed step; a holiday
/// (working days); a unit moved in the tree. The marked dossiers are counted again in batches (<see cref="CountMarkedAsync"/>),
/// by the worker and before every report, so that a report reads what the dossiers say.
/// </summary>
public static class StatisticsStore
{
    /// <summary>What one save touched, read from the change tracker before it (keys of new rows are read after).</summary>
    public sealed class Touched
    {
        internal readonly HashSet<int> Nominations = [];
        internal readonly List<object> Added = [];
        internal readonly HashSet<int> Decisions = [];
        internal readonly HashSet<DateOnly> Days = [];
        internal readonly List<Unit> MovedUnits = [];

        public bool Any => Nominations.Count + Added.Count + Decisions.Count + Days.Count + MovedUnits.Count > 0;
    }

    private static readonly string[] NominationFacts =
        [nameof(Nomination.Status), nameof(Nomination.SubmittedAt), nameof(Nomination.UnitId), nameof(Nomination.AwardTypeId), nameof(Nomination.RoundId)];
    private static readonly string[] NomineeFacts = [nameof(Nominee.Kind), nameof(Nominee.IsStruck), nameof(Nominee.IsPostponed), nameof(Nominee.NominationId)];
    private static readonly string[] StepFacts = [nameof(WorkItem.ClosedAt), nameof(WorkItem.OpenedAt), nameof(WorkItem.Name), nameof(WorkItem.NominationId)];
    private static readonly string[] DecisionFacts = [nameof(Decision.Status), nameof(Decision.RevokedAt)];
    private static readonly string[] AwardeeFacts = [nameof(DecisionAwardee.Kind), nameof(DecisionAwardee.NominationId), nameof(DecisionAwardee.DecisionId)];

    public static Touched Collect(ChangeTracker tracker)
    {
        var touched = new Touched();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case Nomination n when Moves(entry, NominationFacts):
                    if (entry.State == EntityState.Added) touched.Added.Add(n);
                    else touched.Nominations.Add(n.Id);
                    break;
                case Nominee x when Moves(entry, NomineeFacts):
                    Remember(touched, entry, x, nameof(Nominee.NominationId));
                    break;
                case WorkItem w when Moves(entry, StepFacts) && (w.ClosedAt is not null || Original<DateTimeOffset?>(entry, nameof(WorkItem.ClosedAt)) is not null):
                    Remember(touched, entry, w, nameof(WorkItem.NominationId));
                    break;
                case Decision d when entry.State != EntityState.Added && Moves(entry, DecisionFacts):
                    touched.Decisions.Add(d.Id);
                    break;
                case DecisionAwardee a when Moves(entry, AwardeeFacts):
                    Remember(touched, entry, a, nameof(DecisionAwardee.NominationId));
                    break;
                case Holiday h when Moves(entry, [nameof(Holiday.Date), nameof(Holiday.IsMakeUpWorkingDay)]):
                    touched.Days.Add(h.Date);
                    if (entry.State == EntityState.Modified) touched.Days.Add(Original<DateOnly>(entry, nameof(Holiday.Date)));
                    break;
                case Unit u when entry.State == EntityState.Modified && entry.Property(nameof(Unit.Path)).IsModified:
                    touched.MovedUnits.Add(u);
                    break;
            }
        }
        return touched;
    }

    private static bool Moves(EntityEntry entry, string[] facts) =>
        entry.State != EntityState.Modified || facts.Any(f => entry.Property(f).IsModified);

    private static T Original<T>(EntityEntry entry, string property) =>
        entry.State == EntityState.Added ? default! : (T)entry.Property(property).OriginalValue!;

    private static void Remember(Touched touched, EntityEntry entry, object entity, string nominationId)
    {
        // A row added with its dossier knows the dossier's key only after the save; one that changed dossier counts for both.
        if (entry.State == EntityState.Added) touched.Added.Add(entity);
        else
        {
            touched.Nominations.Add((int)entry.Property(nominationId).OriginalValue!);
            touched.Nominations.Add((int)entry.Property(nominationId).CurrentValue!);
        }
    }

    /// <summary>
    /// After the save, in its transaction: the touched dossiers marked to be counted again (<see cref="UncountedDossier"/>).
    /// </summary>
    public static async Task MarkAsync(AwardsDbContext db, Touched touched, CancellationToken ct)
    {
        var ids = new HashSet<int>(touched.Nominations);
        foreach (var entity in touched.Added)
            ids.Add(entity switch
            {
                Nomination n => n.Id,
                Nominee x => x.NominationId,
                WorkItem w => w.NominationId,
                DecisionAwardee a => a.NominationId,
                _ => throw new InvalidOperationException(entity.GetType().Name),
            });
        if (touched.Decisions.Count > 0)
        {
            var decisions = touched.Decisions.ToList();
            ids.UnionWith(await db.DecisionAwardees.AsNoTracking().Where(a => decisions.Contains(a.DecisionId)).Select(a => a.NominationId).ToListAsync(ct));
        }
        foreach (var day in touched.Days)
        {
            // The working days of a step change only if the day lies between its opening and its closing.
            var from = VietnamTime.StartOf(day);
            var until = VietnamTime.StartOf(day.AddDays(1));
            ids.UnionWith(await db.WorkItems.AsNoTracking().Where(w => w.ClosedAt != null && w.OpenedAt < until && w.ClosedAt >= from)
                .Select(w => w.NominationId).Distinct().ToListAsync(ct));
        }
        foreach (var unit in touched.MovedUnits)
        {
            // Its dossiers and those of the units under it now count under other ancestors.
            var path = unit.Path;
            var units = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            ids.UnionWith(await db.Nominations.AsNoTracking().Where(n => units.Contains(n.UnitId)).Select(n => n.Id).ToListAsync(ct));
        }
        if (ids.Count == 0) return;
        // One parameter and one statement text however many dossiers (a text per set of keys would be parsed and planned
        // anew by every save); in key order, so that two writers marking the same dossiers take their rows in one order.
        var keys = ids.Order().ToArray();
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "UncountedDossiers" ("NominationId", "Version")
                SELECT k, 1 FROM unnest({keys}) WITH ORDINALITY AS m(k, o) ORDER BY o
                ON CONFLICT ("NominationId") DO UPDATE SET "Version" = "UncountedDossiers"."Version" + 1
                """, ct);
        else
            // "WHERE true": SQLite reads ON CONFLICT after a SELECT as a join's constraint otherwise.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "UncountedDossiers" ("NominationId", "Version")
                SELECT value, 1 FROM json_each({System.Text.Json.JsonSerializer.Serialize(keys)}) WHERE true
                ON CONFLICT ("NominationId") DO UPDATE SET "Version" = "UncountedDossiers"."Version" + 1
                """, ct);
    }

    /// <summary>
    /// Counts up to <paramref name="batch"/> marked dossiers again, in one transaction of its own, and takes away the marks it
    /// counted; returns how many marks it read (fewer than the batch: none left). On PostgreSQL a dossier that a writer holds
    /// right now is left marked for the next round, after that writer's commit, and so is a mark set again meanwhile.
    /// </summary>
    /// <returns>The marks read, and those counted and taken away.</returns>
    public static async Task<(int Read, int Counted)> CountMarkedAsync(AwardsDbContext db, int batch, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var marks = await db.UncountedDossiers.AsNoTracking().OrderBy(m => m.NominationId).Take(batch).ToListAsync(ct);
        if (marks.Count == 0) return (0, 0);
        var ids = marks.Select(m => m.NominationId).ToList();
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            // Two transactions counting one dossier would both take back what it had added: one at a time, and never waiting
            // (the writer holding it may be waiting for a mark this one holds). A dossier gone is counted too: it takes back its rows.
            var sql = $"SELECT \"Id\" AS \"Value\" FROM \"Nominations\" WHERE \"Id\" IN ({string.Join(',', ids)}) ORDER BY \"Id\" FOR UPDATE SKIP LOCKED";
            var locked = await db.Database.SqlQueryRaw<int>(sql).ToListAsync(ct);
            var existing = await db.Nominations.Where(n => ids.Contains(n.Id)).Select(n => n.Id).ToListAsync(ct);
            ids = [.. locked.Concat(ids.Except(existing)).Order()];
        }
        var deltas = new Deltas();
        foreach (var chunk in ids.Chunk(500))
            await CountAsync(db, chunk[0], chunk[^1], chunk, deltas, ct);
        await ApplyAsync(db, deltas, ct);
        var counted = ids.ToHashSet();
        var seen = string.Join(',', marks.Where(m => counted.Contains(m.NominationId)).Select(m => $"({m.NominationId},{m.Version})"));
        var taken = 0;
        if (seen.Length > 0)
        {
            // Only the marks as read: one set again since (a newer version) stays for the next round.
            var which = $"(\"NominationId\", \"Version\") IN (VALUES {seen})";
            var delete = postgres
                ? $"DELETE FROM \"UncountedDossiers\" WHERE ctid IN (SELECT ctid FROM \"UncountedDossiers\" WHERE {which} FOR UPDATE SKIP LOCKED)"
                : $"DELETE FROM \"UncountedDossiers\" WHERE {which}";
            taken = await db.Database.ExecuteSqlRawAsync(delete, ct);
        }
        await transaction.CommitAsync(ct);
        return (marks.Count, taken);
    }

    /// <summary>True when some dossier waits to be counted again.</summary>
    public static Task<bool> AnyMarkedAsync(AwardsDbContext db, CancellationToken ct) => db.UncountedDossiers.AnyAsync(ct);

    /// <summary>Everything counted again from the dossiers: after a migration, a bulk import, or on an administrator's demand.</summary>
    public static async Task RebuildAsync(AwardsDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"DossierTallies\"", ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"StepTimeTallies\"", ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"UnitTallies\"", ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"UncountedDossiers\"", ct);
        var deltas = new Deltas();
        var last = await db.Nominations.MaxAsync(n => (int?)n.Id, ct) ?? 0;
        const int Range = 5_000;
        for (var from = 1; from <= last; from += Range)
            await CountAsync(db, from, from + Range - 1, null, deltas, ct, fresh: true);
        await ApplyAsync(db, deltas, ct);
    }

    /// <summary>True when dossiers were sent but nothing is counted: a database from before the store, or filled in bulk.</summary>
    public static async Task<bool> IsMissingAsync(AwardsDbContext db, CancellationToken ct) =>
        (!await db.DossierTallies.AnyAsync(ct) || !await db.UnitTallies.AnyAsync(t => t.Year == AllYears, ct))
        && await db.Nominations.AnyAsync(n => n.SubmittedAt != null, ct);

    private readonly record struct Key(int UnitId, int Month, int AwardTypeId, int RoundId, string Step, int Days);

    /// <summary>The <see cref="UnitTally.Year"/> of the sums over every year.</summary>
    public const int AllYears = 0;

    private readonly record struct UnitKey(int UnitId, int AwardTypeId, int RoundId, int Year);

    /// <summary>What a count adds to the rolled-up rows, gathered before it is written.</summary>
    private sealed class Deltas
    {
        public readonly Dictionary<Key, int> Steps = [];
        public readonly Dictionary<UnitKey, int[]> Units = [];
    }

    /// <summary>
    /// The dossiers with ids in [from, to] (and in <paramref name="ids"/> if given) counted again: their rows rewritten,
    /// and what their steps add to the step times (minus what they added before) gathered in <paramref name="deltas"/>.
    /// </summary>
    private static async Task CountAsync(AwardsDbContext db, int from, int to, IReadOnlyCollection<int>? ids, Deltas deltas,
        CancellationToken ct, bool fresh = false)
    {
        var nominations = db.Nominations.AsNoTracking().Where(n => n.Id >= from && n.Id <= to);
        if (ids is not null) nominations = nominations.Where(n => ids.Contains(n.Id));
        var dossiers = await nominations.Where(n => n.SubmittedAt != null)
            .Select(n => new { n.Id, n.UnitId, n.AwardTypeId, n.RoundId, Day = VietnamDays.DayNumber(n.SubmittedAt!.Value), n.Status, n.Unit!.Path })
            .ToListAsync(ct);
        // A range is read whole (a rebuild); a few dossiers by their ids. Rows of dossiers not sent are looked up by no one.
        var kept = ids is null ? null : dossiers.Select(d => d.Id).ToList();
        var nomineeRows = db.Nominees.AsNoTracking().Where(x => x.NominationId >= from && x.NominationId <= to);
        if (kept is not null) nomineeRows = nomineeRows.Where(x => kept.Contains(x.NominationId));
        var nominees = (await nomineeRows.Select(x => new { x.NominationId, x.Kind, x.IsStruck, x.IsPostponed }).ToListAsync(ct))
            .ToLookup(x => x.NominationId);
        var awardeeRows = db.Decisions.AsNoTracking().Where(d => d.Status == DecisionStatus.Signed && d.RevokedAt == null)
            .SelectMany(d => d.Awardees, (d, a) => a)
            .Where(a => a.NominationId >= from && a.NominationId <= to);
        if (kept is not null) awardeeRows = awardeeRows.Where(a => kept.Contains(a.NominationId));
        var awardees = (await awardeeRows.Select(a => new { a.NominationId, a.Kind }).ToListAsync(ct)).ToLookup(a => a.NominationId);
        var stepRows = db.WorkItems.AsNoTracking().Where(w => w.NominationId >= from && w.NominationId <= to && w.ClosedAt != null);
        if (kept is not null) stepRows = stepRows.Where(w => kept.Contains(w.NominationId));
        var steps = (await stepRows
                .Select(w => new { w.NominationId, w.Name, Opened = VietnamDays.DayNumber(w.OpenedAt), Closed = VietnamDays.DayNumber(w.ClosedAt!.Value) })
                .ToListAsync(ct))
            .ToLookup(w => w.NominationId);
        List<DossierTally> old = [];
        if (!fresh)
        {
            var olds = db.DossierTallies.AsNoTracking().Where(t => t.NominationId >= from && t.NominationId <= to);
            if (ids is not null) olds = olds.Where(t => ids.Contains(t.NominationId));
            old = await olds.ToListAsync(ct);
        }

        var ancestors = await AncestorsAsync(db, dossiers.Select(d => (d.UnitId, d.Path)), ct);
        WorkingDayNumbers? numbers = null;
        var allSteps = dossiers.SelectMany(d => steps[d.Id]).ToList();
        if (allSteps.Count > 0)
            numbers = (await CalendarAsync(db, ct)).Number(DateOnly.FromDayNumber(allSteps.Min(s => Math.Min(s.Opened, s.Closed))),
                DateOnly.FromDayNumber(allSteps.Max(s => Math.Max(s.Opened, s.Closed))));

        var now = new List<DossierTally>(dossiers.Count);
        foreach (var d in dossiers)
        {
            var t = new DossierTally
            {
                NominationId = d.Id, UnitId = d.UnitId, AwardTypeId = d.AwardTypeId, RoundId = d.RoundId ?? 0, SubmittedDay = d.Day,
                Ancestors = string.Join(',', ancestors[d.UnitId]),
            };
            foreach (var x in nominees[d.Id])
            {
                // As Nominee.Standing reads it: struck out first, then postponed, whatever the dossier's status.
                var postponed = x.IsPostponed && !x.IsStruck;
                var refused = (d.Status == NominationStatus.Refused && (x.IsStruck || !x.IsPostponed)) || (d.Status == NominationStatus.Approved && x.IsStruck);
                if (x.Kind == NomineeKind.Collective)
                {
                    t.NominatedCollectives++;
                    if (refused) t.RefusedCollectives++;
                    if (postponed) t.PostponedCollectives++;
                }
                else
                {
                    t.NominatedIndividuals++;
                    if (refused) t.RefusedIndividuals++;
                    if (postponed) t.PostponedIndividuals++;
                }
            }
            foreach (var a in awardees[d.Id])
                if (a.Kind == NomineeKind.Collective) t.ApprovedCollectives++;
                else t.ApprovedIndividuals++;
            var days = steps[d.Id].Select(s => (s.Name, numbers!.Between(s.Opened, s.Closed))).OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Item2).ToList();
            t.StepDays = JsonSerializer.Serialize(days.Select(s => new object[] { s.Name, s.Item2 }));
            now.Add(t);
        }

        var before = old.ToDictionary(t => t.NominationId);
        var changed = new List<DossierTally>();
        foreach (var t in now)
        {
            if (before.Remove(t.NominationId, out var was) && Same(was, t)) continue;
            if (was is not null) Add(deltas, was, -1);
            Add(deltas, t, +1);
            changed.Add(t);
        }
        // Dossiers no longer sent (or gone): what they added is taken back.
        foreach (var was in before.Values) Add(deltas, was, -1);
        var gone = before.Keys.Concat(changed.Select(t => t.NominationId)).ToList();
        if (!fresh && gone.Count > 0)
        {
            var sql = $"DELETE FROM \"DossierTallies\" WHERE \"NominationId\" IN ({string.Join(',', gone)})";
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
        await InsertAsync(db, changed, ct);
    }

    private static bool Same(DossierTally a, DossierTally b) =>
        a.UnitId == b.UnitId && a.AwardTypeId == b.AwardTypeId && a.RoundId == b.RoundId && a.SubmittedDay == b.SubmittedDay
        && a.NominatedCollectives == b.NominatedCollectives && a.NominatedIndividuals == b.NominatedIndividuals
        && a.ApprovedCollectives == b.ApprovedCollectives && a.ApprovedIndividuals == b.ApprovedIndividuals
        && a.RefusedCollectives == b.RefusedCollectives && a.RefusedIndividuals == b.RefusedIndividuals
        && a.PostponedCollectives == b.PostponedCollectives && a.PostponedIndividuals == b.PostponedIndividuals
        && a.Ancestors == b.Ancestors && a.StepDays == b.StepDays;

    /// <summary>The month key (yyyymm) of a Vietnam date's day number.</summary>
    public static int MonthOf(int dayNumber)
    {
        var date = DateOnly.FromDayNumber(dayNumber);
        return (date.Year * 100) + date.Month;
    }

    private static void Add(Deltas deltas, DossierTally t, int sign)
    {
        int[] counts = [1, t.NominatedCollectives, t.NominatedIndividuals, t.ApprovedCollectives, t.ApprovedIndividuals, t.RefusedCollectives,
            t.RefusedIndividuals, t.PostponedCollectives, t.PostponedIndividuals];
        // Its year, and year 0: all years at once, what a report without a period reads.
        foreach (var year in (int[])[DateOnly.FromDayNumber(t.SubmittedDay).Year, AllYears])
        {
            var unitKey = new UnitKey(t.UnitId, t.AwardTypeId, t.RoundId, year);
            if (!deltas.Units.TryGetValue(unitKey, out var sums)) deltas.Units[unitKey] = sums = new int[9];
            for (var i = 0; i < counts.Length; i++) sums[i] += sign * counts[i];
        }
        if (t.Ancestors.Length == 0) return;
        var month = MonthOf(t.SubmittedDay);
        var steps = JsonSerializer.Deserialize<JsonElement[][]>(t.StepDays)!;
        foreach (var unit in t.Ancestors.Split(',').Select(a => int.Parse(a, CultureInfo.InvariantCulture)))
            foreach (var step in steps)
            {
                var key = new Key(unit, month, t.AwardTypeId, t.RoundId, step[0].GetString()!, step[1].GetInt32());
                deltas.Steps[key] = deltas.Steps.GetValueOrDefault(key) + sign;
            }
    }

    /// <summary>0 (the whole country) and every unit strictly above each unit, by the prefixes of its path.</summary>
    private static async Task<Dictionary<int, List<int>>> AncestorsAsync(AwardsDbContext db, IEnumerable<(int UnitId, string Path)> units, CancellationToken ct)
    {
        var distinct = units.DistinctBy(u => u.UnitId).ToList();
        var prefixes = distinct.SelectMany(u => Prefixes(u.Path)).Distinct().ToList();
        var byPath = new Dictionary<string, List<int>>();
        foreach (var chunk in prefixes.Chunk(500))
        {
            var list = chunk.ToList();
            foreach (var u in await db.Units.AsNoTracking().Where(u => list.Contains(u.Path)).Select(u => new { u.Id, u.Path }).ToListAsync(ct))
            {
                if (!byPath.TryGetValue(u.Path, out var ids)) byPath[u.Path] = ids = [];
                ids.Add(u.Id);
            }
        }
        return distinct.ToDictionary(u => u.UnitId,
            u => (List<int>)[0, .. Prefixes(u.Path).SelectMany(p => byPath.GetValueOrDefault(p) ?? []).Where(id => id != u.UnitId).Distinct().Order()]);
    }

    private static IEnumerable<string> Prefixes(string path)
    {
        for (var i = path.IndexOf('/', 1); i > 0; i = path.IndexOf('/', i + 1))
            yield return path[..(i + 1)];
    }

    /// <summary>The calendar as this transaction sees it (a holiday edited in it included), not the cached one.</summary>
    internal static async Task<WorkingCalendar> CalendarAsync(AwardsDbContext db, CancellationToken ct)
    {
        var days = await db.Holidays.AsNoTracking().Select(h => new { h.Date, h.IsMakeUpWorkingDay }).ToListAsync(ct);
        return new WorkingCalendar(days.Where(d => !d.IsMakeUpWorkingDay).Select(d => d.Date), days.Where(d => d.IsMakeUpWorkingDay).Select(d => d.Date));
    }

    private static async Task InsertAsync(AwardsDbContext db, List<DossierTally> rows, CancellationToken ct)
    {
        // Few rows a statement: SQLite finds each named parameter by walking the list, so a long list costs its square.
        const int Columns = 15;
        foreach (var chunk in rows.Chunk(40))
        {
            var values = new List<object>(chunk.Length * Columns);
            var tuples = new List<string>(chunk.Length);
            foreach (var t in chunk)
            {
                var at = values.Count;
                tuples.Add("(" + string.Join(',', Enumerable.Range(at, Columns).Select(i => $"{{{i}}}")) + ")");
                values.AddRange([t.NominationId, t.UnitId, t.AwardTypeId, t.RoundId, t.SubmittedDay, t.NominatedCollectives, t.NominatedIndividuals,
                    t.ApprovedCollectives, t.ApprovedIndividuals, t.RefusedCollectives, t.RefusedIndividuals, t.PostponedCollectives, t.PostponedIndividuals,
                    t.Ancestors, t.StepDays]);
            }
            // Every value is a parameter: the text holds placeholders only.
            var sql =
                "INSERT INTO \"DossierTallies\" (\"NominationId\", \"UnitId\", \"AwardTypeId\", \"RoundId\", \"SubmittedDay\", \"NominatedCollectives\", " +
                "\"NominatedIndividuals\", \"ApprovedCollectives\", \"ApprovedIndividuals\", \"RefusedCollectives\", \"RefusedIndividuals\", " +
                "\"PostponedCollectives\", \"PostponedIndividuals\", \"Ancestors\", \"StepDays\") VALUES " + string.Join(',', tuples);
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
    }

    private static readonly string[] UnitSums =
        ["Dossiers", "NominatedCollectives", "NominatedIndividuals", "ApprovedCollectives", "ApprovedIndividuals", "RefusedCollectives",
            "RefusedIndividuals", "PostponedCollectives", "PostponedIndividuals"];

    /// <summary>The gathered differences added to the counts per unit and year; emptied rows removed.</summary>
    private static async Task ApplyUnitsAsync(AwardsDbContext db, Deltas deltas, CancellationToken ct)
    {
        var changes = deltas.Units.Where(d => d.Value.Any(v => v != 0)).ToList();
        const int Columns = 13;
        foreach (var chunk in changes.Chunk(40))
        {
            var values = new List<object>(chunk.Length * Columns);
            var tuples = new List<string>(chunk.Length);
            foreach (var (key, sums) in chunk)
            {
                var at = values.Count;
                tuples.Add("(" + string.Join(',', Enumerable.Range(at, Columns).Select(i => $"{{{i}}}")) + ")");
                values.AddRange([key.UnitId, key.AwardTypeId, key.RoundId, key.Year]);
                values.AddRange(sums.Cast<object>());
            }
            // Every value is a parameter: the text holds placeholders and column names only.
            var sql = "INSERT INTO \"UnitTallies\" (\"UnitId\", \"AwardTypeId\", \"RoundId\", \"Year\", " + string.Join(", ", UnitSums.Select(c => $"\"{c}\"")) +
                ") VALUES " + string.Join(',', tuples) + " ON CONFLICT (\"UnitId\", \"AwardTypeId\", \"RoundId\", \"Year\") DO UPDATE SET " +
                string.Join(", ", UnitSums.Select(c => $"\"{c}\" = \"UnitTallies\".\"{c}\" + excluded.\"{c}\""));
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
        foreach (var chunk in changes.Where(c => c.Value[0] < 0).Chunk(80))
        {
            var values = new List<object>(chunk.Length * 4);
            var tuples = new List<string>(chunk.Length);
            foreach (var (key, _) in chunk)
            {
                var at = values.Count;
                tuples.Add("(" + string.Join(',', Enumerable.Range(at, 4).Select(i => $"{{{i}}}")) + ")");
                values.AddRange([key.UnitId, key.AwardTypeId, key.RoundId, key.Year]);
            }
            var sql = "DELETE FROM \"UnitTallies\" WHERE \"Dossiers\" <= 0 AND (\"UnitId\", \"AwardTypeId\", \"RoundId\", \"Year\") IN (VALUES " +
                string.Join(',', tuples) + ")";
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
    }

    /// <summary>The gathered differences added to the step times (concurrent writers add, never overwrite); emptied rows removed.</summary>
    private static async Task ApplyAsync(AwardsDbContext db, Deltas deltas, CancellationToken ct)
    {
        await ApplyUnitsAsync(db, deltas, ct);
        var changes = deltas.Steps.Where(d => d.Value != 0).ToList();
        foreach (var chunk in changes.Chunk(80))
        {
            var values = new List<object>(chunk.Length * 7);
            var tuples = new List<string>(chunk.Length);
            foreach (var (key, count) in chunk)
            {
                var at = values.Count;
                tuples.Add("(" + string.Join(',', Enumerable.Range(at, 7).Select(i => $"{{{i}}}")) + ")");
                values.AddRange([key.UnitId, key.Month, key.AwardTypeId, key.RoundId, key.Step, key.Days, count]);
            }
            var sql =
                "INSERT INTO \"StepTimeTallies\" (\"UnitId\", \"Month\", \"AwardTypeId\", \"RoundId\", \"Step\", \"Days\", \"Count\") VALUES " +
                string.Join(',', tuples) +
                " ON CONFLICT (\"UnitId\", \"Month\", \"AwardTypeId\", \"RoundId\", \"Step\", \"Days\") DO UPDATE SET \"Count\" = \"StepTimeTallies\".\"Count\" + excluded.\"Count\"";
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
        foreach (var chunk in changes.Where(c => c.Value < 0).Chunk(80))
        {
            var values = new List<object>(chunk.Length * 6);
            var tuples = new List<string>(chunk.Length);
            foreach (var (key, _) in chunk)
            {
                var at = values.Count;
                tuples.Add("(" + string.Join(',', Enumerable.Range(at, 6).Select(i => $"{{{i}}}")) + ")");
                values.AddRange([key.UnitId, key.Month, key.AwardTypeId, key.RoundId, key.Step, key.Days]);
            }
            var sql =
                "DELETE FROM \"StepTimeTallies\" WHERE \"Count\" <= 0 AND (\"UnitId\", \"Month\", \"AwardTypeId\", \"RoundId\", \"Step\", \"Days\") IN (VALUES " +
                string.Join(',', tuples) + ")";
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
    }
}
