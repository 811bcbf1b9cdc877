using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Statistics;

/// <summary>
/// The one resolver of the names a unit bore at the time of a report: the names its decisions wrote (by decision date),
/// else the name the unit's history gives for the days of the period (by submission date). The latest name leads; the
/// earlier ones in the period follow as "trước đây: …".
/// </summary>
internal sealed class UnitNameHistory
{
    private readonly Dictionary<int, (string Current, List<UnitName> Former)> _units;

    private UnitNameHistory(Dictionary<int, (string Current, List<UnitName> Former)> units) => _units = units;

    public static async Task<UnitNameHistory> LoadAsync(AwardsDbContext db, IEnumerable<int> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0) return new([]);
        // A national report names thousands of units: the whole tree read once costs less than thousands of parameters
        // (SQLite finds each one by walking the list).
        var many = ids.Count > 500;
        var wanted = ids.ToHashSet();
        var units = (await (many ? db.Units.AsNoTracking() : db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
            .Where(u => wanted.Contains(u.Id)).ToList();
        var former = (await (many ? db.UnitNames.AsNoTracking() : db.UnitNames.AsNoTracking().Where(n => ids.Contains(n.UnitId))).ToListAsync(ct))
            .Where(n => wanted.Contains(n.UnitId)).ToLookup(n => n.UnitId);
        return new(units.ToDictionary(u => u.Id, u => (u.Name, former[u.Id].OrderBy(n => n.Until).ToList())));
    }

    /// <summary>The name a unit of the tree had on a day (today's for a unit not loaded).</summary>
    public string? NameOn(int unitId, DateOnly day) =>
        _units.TryGetValue(unitId, out var u) ? Domain.Unit.NameOn(u.Current, u.Former, day) : null;

    /// <summary>
    /// The label of a unit over the days <paramref name="from"/>–<paramref name="to"/> (either open): the names written on
    /// its records of those days when there are any, else every name its history gives within them, latest first.
    /// </summary>
    public string Label(int? unitId, string fallback, DateOnly? from, DateOnly? to, IReadOnlyCollection<(string Name, DateOnly On)>? written = null)
    {
        var names = new List<(string Name, DateOnly On)>();
        if (written is { Count: > 0 }) names.AddRange(written);
        else if (unitId is int id && _units.TryGetValue(id, out var u))
        {
            var start = from ?? DateOnly.MinValue;
            var end = to ?? DateOnly.MaxValue;
            foreach (var n in u.Former.Where(n => n.Until > start && n.From <= end))
                names.Add((n.Name, n.Until.AddDays(-1) < end ? n.Until.AddDays(-1) : end));
            var since = u.Former.Count == 0 ? DateOnly.MinValue : u.Former[^1].Until;
            if (since <= end) names.Add((u.Current, end));
        }
        if (names.Count == 0) return unitId is int known && NameOn(known, to ?? DateOnly.MaxValue) is { } name ? name : fallback;
        var ordered = names.OrderByDescending(n => n.On).Select(n => n.Name).Distinct().ToList();
        return ordered.Count == 1 ? ordered[0] : $"{ordered[0]} (trước đây: {string.Join("; ", ordered.Skip(1))})";
    }
}
