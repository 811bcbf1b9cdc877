using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Demo;

/// <summary>
/// The demo province (Thanh Hóa after the 2025 reform): the ministry, the province, four communes and three
/// organisations, one account per role and unit, and a few nominations in different states. Demo mode only.
/// </summary>
public static class DemoData
{
    public const string Password = "Demo@2026";

    /// <summary>A unit renamed from a day on: the statistics show its name "(trước đây: …)".</summary>
    private static readonly (string Code, string? OldName, DateOnly From)[] Renamed =
        [("TH-HACTHANH-PN", "Hội Phụ nữ phường Hạc Thành", new DateOnly(2026, 9, 1))];

    /// <summary>Unit code, name, level, parent code.</summary>
    public static readonly (string Code, string Name, string Level, string? Parent)[] Units =
    [
        ("BCA", "Bộ Công an", "ministry", null),
        ("TH", "Tỉnh Thanh Hóa", "province", "BCA"),
        ("TH-DONGTIEN", "Xã Đông Tiến", "commune", "TH"),
        ("TH-HACTHANH", "Phường Hạc Thành", "commune", "TH"),
        ("TH-HOANGHOA", "Xã Hoằng Hóa", "commune", "TH"),
        ("TH-SAMSON", "Phường Sầm Sơn", "commune", "TH"),
        ("TH-DONGTIEN-THCS", "Trường THCS Đông Tiến", "unit", "TH-DONGTIEN"),
        ("TH-DONGTIEN-CCB", "Hội Cựu chiến binh xã Đông Tiến", "unit", "TH-DONGTIEN"),
        ("TH-HACTHANH-PN", "Hội Liên hiệp Phụ nữ phường Hạc Thành", "unit", "TH-HACTHANH"),
    ];

    /// <summary>User name, full name, role, unit code: one account per role and unit.</summary>
    public static readonly (string UserName, string FullName, string Role, string Unit)[] Accounts =
    [
        ("admin", "Quản trị hệ thống", Roles.Admin, "TH"),
        ("v05.bca", "Trung tá Phạm Quốc Khánh (Cục V05)", Roles.V05Reviewer, "BCA"),
        ("vanphong.bca", "Đại tá Nguyễn Minh Đức (Văn phòng Bộ)", Roles.MinisterOffice, "BCA"),
        ("pv05.thanhhoa", "Thiếu tá Lê Thị Thu Hà (Phòng PV05)", Roles.Pv05Reviewer, "TH"),
        ("hoidong.thanhhoa", "Thượng tá Trịnh Văn Sơn (Hội đồng TĐKT)", Roles.Council, "TH"),
        ("giamdoc.thanhhoa", "Đại tá Hoàng Văn Nam (Giám đốc Công an tỉnh)", Roles.Director, "TH"),
        ("noivu.thanhhoa", "Bà Đỗ Thị Hạnh (Ban TĐKT, Sở Nội vụ)", Roles.HomeAffairs, "TH"),
        ("ubnd.thanhhoa", "Ông Mai Xuân Bình (Văn phòng UBND tỉnh)", Roles.ChairmanOffice, "TH"),
        ("congan.dongtien", "Thiếu tá Lê Văn Tuấn (Công an xã Đông Tiến)", Roles.CommunePolice, "TH-DONGTIEN"),
        ("thidua.dongtien", "Nguyễn Thị Mai (cán bộ thi đua xã Đông Tiến)", Roles.UnitClerk, "TH-DONGTIEN"),
        ("congan.hacthanh", "Trung tá Vũ Đình Long (Công an phường Hạc Thành)", Roles.CommunePolice, "TH-HACTHANH"),
        ("thidua.hacthanh", "Trần Thị Lan (cán bộ thi đua phường Hạc Thành)", Roles.UnitClerk, "TH-HACTHANH"),
        ("congan.hoanghoa", "Thiếu tá Cao Văn Thắng (Công an xã Hoằng Hóa)", Roles.CommunePolice, "TH-HOANGHOA"),
        ("thidua.hoanghoa", "Lê Thị Hương (cán bộ thi đua xã Hoằng Hóa)", Roles.UnitClerk, "TH-HOANGHOA"),
        ("congan.samson", "Đại úy Nguyễn Văn Hùng (Công an phường Sầm Sơn)", Roles.CommunePolice, "TH-SAMSON"),
        ("thidua.samson", "Phạm Thị Nga (cán bộ thi đua phường Sầm Sơn)", Roles.UnitClerk, "TH-SAMSON"),
        ("thidua.thcs-dongtien", "Lê Văn Bình (Trường THCS Đông Tiến)", Roles.UnitClerk, "TH-DONGTIEN-THCS"),
        ("thidua.ccb-dongtien", "Hoàng Văn Thái (Hội CCB xã Đông Tiến)", Roles.UnitClerk, "TH-DONGTIEN-CCB"),
        ("thidua.pn-hacthanh", "Nguyễn Thị Thanh (Hội LHPN phường Hạc Thành)", Roles.UnitClerk, "TH-HACTHANH-PN"),
    ];

    /// <summary>Who signs the province's and the ministry's decisions, and what their documents print.</summary>
    public static readonly (string Code, string Kind, string Unit, IssuerText Text)[] Issuers =
    [
        ("CAT-TH", IssuerKinds.ProvincePolice, "TH", new IssuerText("Công an tỉnh Thanh Hóa", "Bộ Công an", "Thanh Hóa", "QĐ-CAT", "Giám đốc",
            "Đại tá Hoàng Văn Nam", "Phó Giám đốc", "Đại tá Lê Quang Minh\nThượng tá Nguyễn Thị Hồng Vân", Roles.Director,
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;\nCăn cứ Thông tư của Bộ trưởng Bộ Công an quy định về công tác thi đua, khen thưởng trong Công an nhân dân;",
            "- Như Điều 3;\n- Đồng chí Giám đốc (để báo cáo);\n- Lưu: VT, PV05.")),
        ("UBND-TH", IssuerKinds.ProvinceCommittee, "TH", new IssuerText("Ủy ban nhân dân tỉnh Thanh Hóa", "", "Thanh Hóa", "QĐ-UBND", "Chủ tịch",
            "Ông Lê Văn Thành", "Phó Chủ tịch", "Ông Trần Đức Hải", Roles.ChairmanOffice,
            "Căn cứ Luật Tổ chức chính quyền địa phương;\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
            "- Như Điều 3;\n- Công an tỉnh;\n- Sở Nội vụ (Ban Thi đua – Khen thưởng);\n- Lưu: VT, NC.")),
        ("BCA", IssuerKinds.Ministry, "BCA", new IssuerText("Bộ Công an", "", "Hà Nội", "QĐ-BCA", "Bộ trưởng",
            "Đại tướng Trần Quốc Hưng", "Thứ trưởng", "Thượng tướng Phạm Minh Tâm", Roles.MinisterOffice,
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;\nCăn cứ Thông tư số 20/2025/TT-BCA của Bộ trưởng Bộ Công an quy định về Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”;",
            "- Như Điều 3;\n- Công an tỉnh Thanh Hóa;\n- Lưu: VT, V05.")),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AwardsDbContext>();
        if (await db.Units.AnyAsync()) return;

        var byCode = new Dictionary<string, Unit>();
        foreach (var (code, name, level, parent) in Units)
        {
            var former = Array.Find(Renamed, r => r.Code == code);
            var unit = new Unit(code, former.OldName ?? name, level, parent is null ? null : byCode[parent], new DateOnly(2025, 7, 1));
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            if (former.OldName is not null)
            {
                unit.Rename(name, former.From);
                await db.SaveChangesAsync();
            }
            byCode[code] = unit;
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        foreach (var (userName, fullName, role, unit) in Accounts)
        {
            var user = new AppUser
            {
                UserName = userName, FullName = fullName, UnitId = byCode[unit].Id, IsDemo = true,
                Email = $"{userName}@toandan.local", EmailConfirmed = true,
            };
            Check(await users.CreateAsync(user, Password), userName);
            Check(await users.AddToRoleAsync(user, role), userName);
        }

        var issuers = Issuers.Select(i => new Issuer(i.Code, i.Kind, byCode[i.Unit], i.Text)).ToList();
        db.Issuers.AddRange(issuers);
        await db.SaveChangesAsync();
        var awardTypes = await db.AwardTypes.ToDictionaryAsync(a => a.Code);
        var police = issuers.Single(i => i.Kind == IssuerKinds.ProvincePolice);
        // Its real dates are set once its dossiers are in (DemoNominations): June to 10 August, then closed and decided.
        db.Rounds.Add(new Round("Ngày hội toàn dân bảo vệ ANTQ 19/8/2026", police, [awardTypes["GK-GDCAT"]],
            new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 31)));
        db.Rounds.Add(new Round("Sơ kết phong trào toàn dân bảo vệ ANTQ năm 2026", police, [awardTypes["GK-GDCAT"]],
            new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15)));
        db.Rounds.Add(new Round("Tổng kết phong trào toàn dân bảo vệ ANTQ năm 2026 (Bằng khen)", issuers.Single(i => i.Kind == IssuerKinds.ProvinceCommittee),
            [awardTypes["BK-CTUBND"]], new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)));
        db.Rounds.Add(new Round("Xét tặng Kỷ niệm chương “Bảo vệ an ninh Tổ quốc” năm 2026", issuers.Single(i => i.Kind == IssuerKinds.Ministry),
            [awardTypes["KNC-BVANTQ"]], new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)));
        // The movements the province's reports count (form 0601.N/BNV-TĐKT): the police's yearly and summer ones, the province's five-year one.
        var committee = issuers.Single(i => i.Kind == IssuerKinds.ProvinceCommittee);
        var at = services.GetRequiredService<TimeProvider>().GetUtcNow();
        db.EmulationMovements.AddRange(
            new EmulationMovement(police.Id, "Phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2026", "Công an tỉnh Thanh Hóa", MovementLevel.Agency,
                MovementScope.MinistryOrLocality, MovementMethod.RegularYearly, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 27, "admin", at),
            new EmulationMovement(police.Id, "Cao điểm bảo đảm an ninh, trật tự mùa du lịch biển Sầm Sơn năm 2026", "Công an tỉnh Thanh Hóa", MovementLevel.Agency,
                MovementScope.Agency, MovementMethod.Thematic, new DateOnly(2026, 5, 1), new DateOnly(2026, 8, 31), 4, "admin", at),
            new EmulationMovement(committee.Id, "Thi đua thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa nhiệm kỳ 2025–2030", "Ủy ban nhân dân tỉnh Thanh Hóa",
                MovementLevel.MinistryOrProvince, MovementScope.MinistryOrLocality, MovementMethod.Thematic, new DateOnly(2025, 10, 1), new DateOnly(2030, 9, 30), null, "admin", at));
        await db.SaveChangesAsync();
        await DemoHistory.SeedAsync(services);
        await DemoNominations.SeedAsync(services);
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
