namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// An organisation in the tree (ministry → province → commune → agency, school, association…). Never deleted once
/// referenced: a reorganised unit is retired (<see cref="EffectiveTo"/>) so that old records keep the name they had.
/// </summary>
public sealed class Unit
{
    private Unit() { }

    public Unit(string code, string name, string level, Unit? parent, DateOnly effectiveFrom)
    {
        Code = code;
        Name = name;
        Level = level;
        Parent = parent;
        ParentId = parent?.Id;
        EffectiveFrom = effectiveFrom;
        Path = parent is null ? $"/{code}/" : $"{parent.Path}{code}/";
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>
    /// Name and code folded (<see cref="VietnameseText.Key"/>), stored so the admin search runs in the database.
    /// Always derived from the current values; the setter exists only for EF, which writes what the getter returns.
    /// </summary>
    public string SearchKey
    {
        get => VietnameseText.Key($"{Name} | {Code}");
        private set { }
    }

    /// <summary>The level code: <c>ministry</c>, <c>province</c>, <c>commune</c>, <c>unit</c>… (what <c>award:unitLevel</c> names).</summary>
    public string Level { get; private set; } = "";

    public int? ParentId { get; private set; }
    public Unit? Parent { get; private set; }

    /// <summary>The codes from the root down to this unit, <c>/BCA/CAT-TH/X-DONGTIEN/</c>: "is under" is a prefix test.</summary>
    public string Path { get; private set; } = "";

    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }

    public bool IsActiveOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date < EffectiveTo);

    public bool IsWithin(Unit ancestor) => Path.StartsWith(ancestor.Path, StringComparison.Ordinal);

    private readonly List<UnitName> _formerNames = [];

    /// <summary>The names the unit had before a rename, each with the day it stopped being used.</summary>
    public IReadOnlyList<UnitName> FormerNames => _formerNames;

    /// <summary>
    /// Corrects the name (a typo: no history), or, with <paramref name="from"/>, gives the unit a new name from that day on:
    /// the old name is kept with the days it was used, so records of before show it (<see cref="NameOn"/>).
    /// </summary>
    public void Rename(string name, DateOnly? from = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Tên đơn vị không được để trống.");
        var newName = name.Trim();
        if (from is { } day && newName != Name)
        {
            var since = _formerNames.Count == 0 ? EffectiveFrom : _formerNames.Max(n => n.Until);
            if (day <= since)
                throw new DomainException($"Ngày dùng tên mới phải sau ngày {since:dd/MM/yyyy} (ngày tên hiện tại bắt đầu được dùng).", "from");
            _formerNames.Add(new UnitName(Id, Name, since, day));
        }
        Name = newName;
    }

    /// <summary>The name the unit had on <paramref name="day"/>: a former name if that day fell in its time, else today's.</summary>
    public string NameOn(DateOnly day) => NameOn(Name, _formerNames, day);

    /// <summary>The one resolver of a unit's name on a day, for a unit read with its former names or for rows read apart.</summary>
    public static string NameOn(string current, IEnumerable<UnitName> former, DateOnly day) =>
        former.Where(n => day < n.Until).OrderBy(n => n.Until).Select(n => n.Name).FirstOrDefault() ?? current;

    public void Retire(DateOnly on)
    {
        if (on < EffectiveFrom) throw new DomainException("Ngày thôi hiệu lực phải sau ngày bắt đầu hiệu lực.");
        EffectiveTo = on;
    }
}

/// <summary>A name a unit used before it was renamed, from one day until (not including) another.</summary>
public sealed class UnitName
{
    private UnitName() { }

    public UnitName(int unitId, string name, DateOnly from, DateOnly until) => (UnitId, Name, From, Until) = (unitId, name, from, until);

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly From { get; private set; }

    /// <summary>The day the next name took over.</summary>
    public DateOnly Until { get; private set; }
}
