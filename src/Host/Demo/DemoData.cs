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

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AwardsDbContext>();
        if (await db.Units.AnyAsync()) return;

        var byCode = new Dictionary<string, Unit>();
        foreach (var (code, name, level, parent) in Units)
        {
            var unit = new Unit(code, name, level, parent is null ? null : byCode[parent], new DateOnly(2025, 7, 1));
            db.Units.Add(unit);
            await db.SaveChangesAsync();
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

        db.Rounds.Add(new Round("Sơ kết phong trào toàn dân bảo vệ ANTQ năm 2026", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)));
        db.Rounds.Add(new Round("Ngày hội toàn dân bảo vệ ANTQ 19/8/2026", new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 10)));
        await db.SaveChangesAsync();
        await DemoNominations.SeedAsync(services);
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
