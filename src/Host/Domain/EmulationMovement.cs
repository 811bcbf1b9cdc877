namespace ToanDan.Awards.Host.Domain;

/// <summary>Who chaired the launch of a movement: the columns 2–4 of Biểu số 0601.N/BNV-TĐKT.</summary>
public enum MovementLevel
{
    /// <summary>Cấp Trung ương (Hội đồng Thi đua – Khen thưởng Trung ương).</summary>
    Central,
    /// <summary>Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương.</summary>
    MinistryOrProvince,
    /// <summary>Cơ quan, tổ chức, đơn vị.</summary>
    Agency,
}

/// <summary>Whom a movement reaches: rows 02–05 of Biểu số 0601.N/BNV-TĐKT.</summary>
public enum MovementScope
{
    Nationwide,
    MinistryOrLocality,
    Cluster,
    Agency,
}

/// <summary>How a movement is organised: rows 11–12 of Biểu số 0601.N/BNV-TĐKT.</summary>
public enum MovementMethod
{
    Thematic,
    RegularYearly,
}

/// <summary>
/// A phong trào thi đua an issuer organised or took part in, as Biểu số 0601.N/BNV-TĐKT (Số phong trào thi đua, Thông tư
/// 02/2023/TT-BNV) counts it: by the level that launched it, its scope, its length (from its dates) and how it is organised.
/// The form asks no more; the number of participating units is kept for the office's own use.
/// </summary>
public sealed class EmulationMovement
{
    private EmulationMovement() { }

    public EmulationMovement(int issuerId, string name, string launchedBy, MovementLevel level, MovementScope scope, MovementMethod method,
        DateOnly startsOn, DateOnly endsOn, int? participatingUnits, string createdBy, DateTimeOffset createdAt)
    {
        IssuerId = issuerId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Change(name, launchedBy, level, scope, method, startsOn, endsOn, participatingUnits);
    }

    public int Id { get; private set; }

    /// <summary>The issuer whose report counts the movement (the province or ministry that organised it or carried it out).</summary>
    public int IssuerId { get; private set; }
    public Issuer? Issuer { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>Who launched it, as written in the launching document ("Hội đồng Thi đua – Khen thưởng Trung ương", "UBND tỉnh Thanh Hóa").</summary>
    public string LaunchedBy { get; private set; } = "";
    public MovementLevel Level { get; private set; }
    public MovementScope Scope { get; private set; }
    public MovementMethod Method { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public int? ParticipatingUnits { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public const string EndBeforeStart = "Ngày kết thúc phong trào phải sau ngày bắt đầu.";

    public void Change(string name, string launchedBy, MovementLevel level, MovementScope scope, MovementMethod method,
        DateOnly startsOn, DateOnly endsOn, int? participatingUnits)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Hãy nhập tên phong trào thi đua.", "name");
        if (string.IsNullOrWhiteSpace(launchedBy)) throw new DomainException("Hãy ghi cơ quan phát động phong trào.", "launchedBy");
        if (endsOn < startsOn) throw new DomainException(EndBeforeStart, "endsOn");
        if (participatingUnits is < 0) throw new DomainException("Số đơn vị tham gia không được âm.", "participatingUnits");
        (Name, LaunchedBy, Level, Scope, Method, StartsOn, EndsOn, ParticipatingUnits) =
            (name.Trim(), launchedBy.Trim(), level, scope, method, startsOn, endsOn, participatingUnits);
    }

    /// <summary>Under way on some day of <paramref name="year"/>: the year's form counts it.</summary>
    public static bool IsUnderWayIn(DateOnly startsOn, DateOnly endsOn, int year) => startsOn.Year <= year && endsOn.Year >= year;

    /// <summary>
    /// Its length in whole months, the last day included (01/01–31/12 is 12): what rows 06–10 of the form sort by
    /// (dưới 1 năm; 1 năm; từ 1 đến dưới 3 năm; từ 3 đến dưới 5 năm; từ 5 năm trở lên).
    /// </summary>
    public static int Months(DateOnly startsOn, DateOnly endsOn)
    {
        var after = endsOn.AddDays(1);
        var months = ((after.Year - startsOn.Year) * 12) + after.Month - startsOn.Month;
        return after.Day < startsOn.Day ? months - 1 : months;
    }
}

/// <summary>The Vietnamese names of a movement's level, scope and method, as the rows and columns of form 0601 name them.</summary>
public static class MovementNames
{
    public static readonly IReadOnlyList<(MovementLevel Level, string Name)> Levels =
    [
        (MovementLevel.Central, "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)"),
        (MovementLevel.MinistryOrProvince, "Cấp bộ, ban ngành đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương"),
        (MovementLevel.Agency, "Cơ quan, tổ chức, đơn vị"),
    ];

    public static readonly IReadOnlyList<(MovementScope Scope, string Name)> Scopes =
    [
        (MovementScope.Nationwide, "Toàn quốc"),
        (MovementScope.MinistryOrLocality, "Bộ, ban, ngành đoàn thể, địa phương"),
        (MovementScope.Cluster, "Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức"),
        (MovementScope.Agency, "Cơ quan, tổ chức, đơn vị"),
    ];

    public static readonly IReadOnlyList<(MovementMethod Method, string Name)> Methods =
    [
        (MovementMethod.Thematic, "Thi đua theo chuyên đề"),
        (MovementMethod.RegularYearly, "Thi đua thường xuyên hàng năm"),
    ];

    public static string Of(MovementLevel level) => Levels.Single(l => l.Level == level).Name;

    public static string Of(MovementScope scope) => Scopes.Single(s => s.Scope == scope).Name;

    public static string Of(MovementMethod method) => Methods.Single(m => m.Method == method).Name;
}
