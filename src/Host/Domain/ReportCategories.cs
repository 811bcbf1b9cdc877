namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// Who was awarded, as Biểu số 0603.N/BNV-TĐKT of Thông tư 02/2023/TT-BNV breaks the awardees down ("1. Chia theo đối
/// tượng khen thưởng", rows 02–10): a collective is an enterprise (row 03, within the collectives of row 02), a household
/// (row 04, beside them) or another collective; an individual is one of the groups of rows 06–10, or another person
/// (counted only in row 05).
/// </summary>
public enum AwardeeTarget
{
    Enterprise,
    Household,
    OtherCollective,
    ProvincialLeader,
    DepartmentLeader,
    Businessperson,
    OtherLeader,
    DirectWorker,
    OtherIndividual,
}

/// <summary>
/// How an award is given, as Biểu số 0603.N/BNV-TĐKT lists the ways ("2. Chia theo phương thức khen thưởng", rows 11–17).
/// </summary>
public enum AwardMethod
{
    Regular,
    Thematic,
    AdHoc,
    Foreign,
    Dedication,
    Seniority,
    Resistance,
}

/// <summary>
/// The Vietnamese names of the target groups and award methods, as the form's rows name them, and how the API spells
/// them (the enum's name, first letter lower case: <c>directWorker</c>, <c>adHoc</c>). Source of the rows: see
/// <c>Features/Statistics/ReportForms/ReportForm.cs</c>.
/// </summary>
public static class ReportCategories
{
    public static readonly IReadOnlyList<(AwardeeTarget Target, NomineeKind Kind, string Name)> Targets =
    [
        (AwardeeTarget.Enterprise, NomineeKind.Collective, "Doanh nghiệp"),
        (AwardeeTarget.Household, NomineeKind.Collective, "Hộ gia đình"),
        (AwardeeTarget.OtherCollective, NomineeKind.Collective, "Tập thể khác (cơ quan, đơn vị, tổ chức, tổ, đội…)"),
        (AwardeeTarget.ProvincialLeader, NomineeKind.Individual, "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên"),
        (AwardeeTarget.DepartmentLeader, NomineeKind.Individual, "Lãnh đạo cấp vụ, sở, ngành và tương đương"),
        (AwardeeTarget.Businessperson, NomineeKind.Individual, "Doanh nhân"),
        (AwardeeTarget.OtherLeader, NomineeKind.Individual, "Các cấp lãnh đạo khác từ phó phòng trở lên"),
        (AwardeeTarget.DirectWorker, NomineeKind.Individual, "Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân…)"),
        (AwardeeTarget.OtherIndividual, NomineeKind.Individual, "Cá nhân khác"),
    ];

    public static readonly IReadOnlyList<(AwardMethod Method, string Name)> Methods =
    [
        (AwardMethod.Regular, "Thường xuyên"),
        (AwardMethod.Thematic, "Chuyên đề"),
        (AwardMethod.AdHoc, "Đột xuất"),
        (AwardMethod.Foreign, "Đối ngoại"),
        (AwardMethod.Dedication, "Cống hiến"),
        (AwardMethod.Seniority, "Niên hạn"),
        (AwardMethod.Resistance, "Kháng chiến"),
    ];

    public static string Code<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string NameOf(AwardeeTarget target) => Targets.Single(t => t.Target == target).Name;

    public static string NameOf(AwardMethod method) => Methods.Single(m => m.Method == method).Name;

    /// <summary>
    /// The target group a person typed by its Vietnamese name (case, diacritics and spacing aside; the part in brackets
    /// may be left out, "Tập thể khác"); null when no name matches.
    /// </summary>
    public static AwardeeTarget? TargetNamed(string? name)
    {
        var key = VietnameseText.Key(name);
        if (key.Length == 0) return null;
        foreach (var (target, _, label) in Targets)
            if (key == VietnameseText.Key(label) || key == VietnameseText.Key(label.Split(" (")[0])) return target;
        return null;
    }

    public static NomineeKind KindOf(AwardeeTarget target) => Targets.Single(t => t.Target == target).Kind;

    public static bool TryParse<T>(string? code, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(code)) return true;
        if (!Enum.TryParse<T>(code.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(code, out _)) return false;
        value = parsed;
        return true;
    }

    public static string UnknownTarget(string? code, NomineeKind kind) =>
        $"Đối tượng khen thưởng '{code}' không hợp lệ cho {(kind == NomineeKind.Collective ? "tập thể" : "cá nhân")}; hãy chọn một trong: " +
        string.Join(", ", Targets.Where(t => t.Kind == kind).Select(t => $"{Code(t.Target)} ({t.Name})")) + ".";

    public static string UnknownMethod(string? code) =>
        $"Phương thức khen thưởng '{code}' không hợp lệ; hãy chọn một trong: {string.Join(", ", Methods.Select(m => $"{Code(m.Method)} ({m.Name})"))}.";

    public static string AdHocButMethod(AwardMethod method) =>
        $"Khen thưởng ghi là đột xuất nhưng phương thức là '{NameOf(method)}'; hãy bỏ dấu đột xuất hoặc ghi phương thức 'Đột xuất'.";

    private static string KindWord(NomineeKind kind) => kind == NomineeKind.Collective ? "tập thể" : "cá nhân";

    private static string KindColumnValue(NomineeKind kind) => kind == NomineeKind.Collective ? "Tập thể" : "Cá nhân";

    private static string NamesFor(NomineeKind kind) => string.Join("; ", Targets.Where(t => t.Kind == kind).Select(t => $"'{t.Name}'"));

    /// <summary>
    /// The target group a clerk typed in a spreadsheet's "Đối tượng" column, for a row of <paramref name="kind"/>: by its
    /// Vietnamese name (<see cref="TargetNamed"/>) or its API code; or why not, quoting what was typed and saying what to
    /// write instead (the API's <see cref="UnknownTarget"/> quotes codes, which a clerk never typed).
    /// </summary>
    public static (AwardeeTarget? Target, string? Error) ReadTarget(string? typed, NomineeKind kind)
    {
        if (string.IsNullOrWhiteSpace(typed)) return (null, null);
        var text = typed.Trim();
        var target = TargetNamed(text) ?? (TryParse<AwardeeTarget>(text, out var coded) ? coded : null);
        if (target is null)
            return (null, $"Không có đối tượng '{text}'. Hãy ghi đúng một trong các tên dành cho {KindWord(kind)}: {NamesFor(kind)}; hoặc để trống.");
        var other = KindOf(target.Value);
        if (other != kind)
            return (null, $"'{text}' là đối tượng dành cho {KindWord(other)}, mà dòng này là {KindWord(kind)}. Hãy ghi một trong các tên dành cho " +
                $"{KindWord(kind)}: {NamesFor(kind)}; hoặc, nếu đây là {KindWord(other)}, sửa cột Loại thành '{KindColumnValue(other)}'.");
        return (target, null);
    }

    /// <summary>The award method typed in a spreadsheet, by its Vietnamese name (case and diacritics aside) or API code; or why not.</summary>
    public static (AwardMethod? Method, string? Error) ReadMethod(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return (null, null);
        var text = typed.Trim();
        var key = VietnameseText.Key(text);
        AwardMethod? method = Methods.Where(m => VietnameseText.Key(m.Name) == key).Select(m => (AwardMethod?)m.Method).FirstOrDefault()
            ?? (TryParse<AwardMethod>(text, out var coded) ? coded : null);
        return method is null
            ? (null, $"Không có phương thức khen thưởng '{text}'. Hãy ghi đúng một trong: {string.Join("; ", Methods.Select(m => $"'{m.Name}'"))}; hoặc để trống.")
            : (method, null);
    }

    /// <summary>The target group typed for a nominee of <paramref name="kind"/>; null when none was typed.</summary>
    public static AwardeeTarget? ParseTarget(string? code, NomineeKind kind) =>
        TryParse<AwardeeTarget>(code, out var target) && (target is null || KindOf(target.Value) == kind)
            ? target
            : throw new DomainException(UnknownTarget(code, kind), "target");

    public static AwardMethod? ParseMethod(string? code) =>
        TryParse<AwardMethod>(code, out var method) ? method : throw new DomainException(UnknownMethod(code), "method");
}
