namespace ToanDan.Awards.Host.Domain;

/// <summary>The role codes accounts hold; workflows name them in <c>award:candidateRole</c>.</summary>
public static class Roles
{
    public const string UnitClerk = "unit-clerk";
    public const string CommunePolice = "commune-police";
    public const string Pv05Reviewer = "pv05-reviewer";
    public const string Council = "council";
    public const string Director = "director";
    public const string HomeAffairs = "home-affairs";
    public const string ChairmanOffice = "chairman-office";
    public const string V05Reviewer = "v05-reviewer";
    public const string MinisterOffice = "minister-office";
    public const string Admin = "admin";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [UnitClerk] = "Cán bộ thi đua của đơn vị",
        [CommunePolice] = "Công an xã, phường",
        [Pv05Reviewer] = "Cán bộ Phòng PV05",
        [Council] = "Hội đồng Thi đua – Khen thưởng",
        [Director] = "Lãnh đạo Công an tỉnh",
        [HomeAffairs] = "Ban Thi đua – Khen thưởng, Sở Nội vụ",
        [ChairmanOffice] = "Văn phòng UBND tỉnh",
        [V05Reviewer] = "Cán bộ Cục V05",
        [MinisterOffice] = "Văn phòng Bộ Công an",
        [Admin] = "Quản trị hệ thống",
    };

    /// <summary>Roles that work on a round as a whole: the emulation office and the deciders' side.</summary>
    public static readonly IReadOnlyList<string> RoundWorkers = [Pv05Reviewer, Director, ChairmanOffice, MinisterOffice, V05Reviewer];

    /// <summary>Roles that review dossiers routed to them (and see the units below them).</summary>
    public static readonly IReadOnlySet<string> Reviewers = new HashSet<string>
    {
        CommunePolice, Pv05Reviewer, Council, Director, HomeAffairs, ChairmanOffice, V05Reviewer, MinisterOffice,
    };
}
