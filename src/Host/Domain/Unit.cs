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

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Tên đơn vị không được để trống.");
        Name = name.Trim();
    }

    public void Retire(DateOnly on)
    {
        if (on < EffectiveFrom) throw new DomainException("Ngày thôi hiệu lực phải sau ngày bắt đầu hiệu lực.");
        EffectiveTo = on;
    }
}
