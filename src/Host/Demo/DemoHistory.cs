using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Demo;

/// <summary>
/// Awards of before the system, as the office would import them from its registers (names of units as they were
/// before the 2025 reform): a medal holder known by his old CMND only, whom a new dossier naming his CCCD and CMND
/// cannot propose again; a Giấy khen of 2018 under the CMND of a person whose current dossier gives both numbers (the
/// look-up by his CCCD finds it); a medal to "Nguyễn Thị Thành", born the same day as the "Nguyễn Thị Thanh" of the
/// medal dossier at Cục V05: only "có thể trùng" for the reviewer. The medal holder's and the collective's registers give
/// the target group and method form 0603 counts them by; the others do not (rows 01, 02, 05 only).
/// </summary>
internal static class DemoHistory
{
    public const string MedalHolder = "Nguyễn Văn Bình";
    public const string MedalHolderFormerId = "172345678";
    public const string PairedFormerId = "172068123";

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AwardsDbContext>();
        var at = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var awardTypes = await db.AwardTypes.ToDictionaryAsync(a => a.Code);
        var units = await db.Units.ToDictionaryAsync(u => u.Code);
        var batch = Guid.NewGuid();
        var medal = awardTypes["KNC-BVANTQ"];
        var giayKhen = awardTypes["GK-GDCAT"];
        PastAward Person(AwardType award, string number, DateOnly on, string issuer, string name, DateOnly born, Sex sex, string? citizenId, string? formerId,
            string unitCode, string unitName, AwardeeTarget? target = null, AwardMethod? method = null) =>
            new(batch, award, number, on, issuer, NomineeKind.Individual, name, born, sex, citizenId, formerId, units[unitCode], unitName, "admin", at,
                target: target, method: method);

        db.PastAwards.AddRange(
            Person(medal, "125/QĐ-BCA", new DateOnly(2019, 8, 15), "Bộ Công an", MedalHolder, new DateOnly(1962, 5, 20), Sex.Male, null, MedalHolderFormerId,
                "TH-DONGTIEN", "Xã Đông Tiến, huyện Đông Sơn", AwardeeTarget.DirectWorker, AwardMethod.Seniority),
            Person(medal, "87/QĐ-BCA", new DateOnly(2021, 8, 10), "Bộ Công an", "Nguyễn Thị Thành", new DateOnly(1966, 3, 15), Sex.Female, null, null,
                "TH-HACTHANH", "Phường Đông Thọ, thành phố Thanh Hóa"),
            Person(giayKhen, "356/QĐ-CAT-PV05", new DateOnly(2018, 12, 20), "Công an tỉnh Thanh Hóa", "Trịnh Văn Quang", new DateOnly(1968, 3, 15), Sex.Male,
                null, PairedFormerId, "TH-DONGTIEN", "Xã Đông Tiến, huyện Đông Sơn"),
            new PastAward(batch, giayKhen, "412/QĐ-CAT-PV05", new DateOnly(2020, 12, 18), "Công an tỉnh Thanh Hóa", NomineeKind.Collective,
                "Công an xã Đông Tiến", null, null, null, null, units["TH-DONGTIEN"], "Xã Đông Tiến, huyện Đông Sơn", "admin", at,
                target: AwardeeTarget.OtherCollective, method: AwardMethod.Regular));
        await db.SaveChangesAsync();
    }
}
