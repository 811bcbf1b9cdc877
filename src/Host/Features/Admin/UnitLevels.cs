namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>The levels a unit may have (what <c>award:unitLevel</c> names in the workflows) and how people call them.</summary>
public static class UnitLevels
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["ministry"] = "Bộ",
        ["province"] = "Tỉnh, thành phố",
        ["commune"] = "Xã, phường, đặc khu",
        ["unit"] = "Cơ quan, tổ chức, trường học",
    };

    public static string Name(string level) => Names.TryGetValue(level, out var name) ? name : level;
}
