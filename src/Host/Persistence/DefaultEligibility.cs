using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// The groups and criteria of the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" under Thông tư 20/2025/TT-BCA, written once for
/// an award type that has none; from then on administrators edit them. The official text of the circular could not be
/// read here: the figures come from published summaries of it (named in each rule's source note), and the article and
/// clause numbers are left out rather than guessed — an administrator adds them after checking the gazette.
/// </summary>
public static class DefaultEligibility
{
    public const string MedalCode = "KNC-BVANTQ";
    public const string Leaders = "lanh-dao";
    public const string GrassrootsForce = "to-bao-ve-antt";

    private const string Circular = "Thông tư 20/2025/TT-BCA ngày 14/3/2025 của Bộ trưởng Bộ Công an (hiệu lực từ 28/4/2025)";
    private const string Principles = Circular + ", quy định về nguyên tắc xét tặng";
    private const string Subjects = Circular + ", quy định về đối tượng, tiêu chuẩn xét tặng";
    private const string FromLawnet = "Chưa đối chiếu nguyên văn: theo bản tóm tắt \"Nguyên tắc xét tặng Kỷ niệm chương Bảo vệ an ninh Tổ quốc từ ngày 28/4/2025\" (lawnet.vn); số điều, khoản cần bổ sung sau khi đối chiếu Công báo.";
    private const string FromLaodong = "Chưa đối chiếu nguyên văn: theo bài \"Tiêu chuẩn xét tặng Kỷ niệm chương Bảo vệ an ninh Tổ quốc\" (laodong.vn); số điều, khoản cần bổ sung sau khi đối chiếu Công báo.";

    public static async Task SeedAsync(AwardsDbContext db)
    {
        var medal = await db.AwardTypes.SingleOrDefaultAsync(a => a.Code == MedalCode);
        if (medal is null || await db.NomineeGroups.AnyAsync(g => g.AwardTypeId == medal.Id) || await db.EligibilityRules.AnyAsync(r => r.AwardTypeId == medal.Id))
            return;
        var id = medal.Id;
        db.NomineeGroups.AddRange(
            new NomineeGroup(id, Leaders, "Lãnh đạo cấp ủy, chính quyền, Mặt trận, đoàn thể, tổ chức chính trị – xã hội các cấp (từ cấp xã trở lên); " +
                "lãnh đạo đơn vị sự nghiệp giáo dục công lập, doanh nghiệp, tập đoàn, tổng công ty nhà nước (từ cấp phòng, ban trở lên)", Subjects, 1),
            new NomineeGroup(id, GrassrootsForce, "Thành viên Tổ bảo vệ an ninh, trật tự thuộc lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", Subjects, 2));
        var order = 0;
        db.EligibilityRules.AddRange(
            new EligibilityRule(id, RuleKind.ExcludedHonour, null, "Chưa được tặng Huy chương \"Chiến sĩ vẻ vang\"", Principles, ++order,
                honour: "Chiến sĩ vẻ vang", sourceNote: FromLawnet),
            new EligibilityRule(id, RuleKind.ExcludedHonour, null, "Chưa được tặng Huy chương \"Vì an ninh Tổ quốc\"", Principles, ++order,
                honour: "Vì an ninh Tổ quốc", sourceNote: FromLawnet),
            new EligibilityRule(id, RuleKind.ExcludedHonour, null, "Chưa được tặng Huân chương về quá trình cống hiến trong Công an nhân dân", Principles, ++order,
                honour: "Huân chương; cống hiến", sourceNote: FromLawnet),
            new EligibilityRule(id, RuleKind.Manual, null, "Không bị tước danh hiệu Công an nhân dân, khởi tố hình sự, đưa vào cơ sở giáo dục bắt buộc; " +
                "không bị thanh loại khi cộng tác với lực lượng Công an nhân dân", Principles, ++order, sourceNote: FromLawnet),
            new EligibilityRule(id, RuleKind.Postponing, null, "Không đang trong thời gian xem xét kỷ luật", Principles, ++order,
                matter: PendingMatter.Discipline, sourceNote: FromLawnet + " Sau khi chấp hành xong kỷ luật, thời gian tính thành tích được tính lại."),
            new EligibilityRule(id, RuleKind.Postponing, null, "Không đang có đơn thư khiếu nại, tố cáo chưa có kết luận", Principles, ++order,
                matter: PendingMatter.Complaint, sourceNote: FromLawnet),
            new EligibilityRule(id, RuleKind.Postponing, null, "Không đang bị thanh tra, kiểm tra chưa có kết luận", Principles, ++order,
                matter: PendingMatter.Inspection, sourceNote: FromLawnet),
            new EligibilityRule(id, RuleKind.ServiceTime, Leaders, "Giữ chức vụ lãnh đạo từ 10 năm trở lên (tính đến thời điểm đề nghị)", Subjects, ++order,
                minYearsMen: 10, minYearsWomen: 10, sourceNote: FromLaodong),
            new EligibilityRule(id, RuleKind.RequiredHonour, Leaders, "Ít nhất một lần được khen thưởng về thành tích bảo vệ an ninh Tổ quốc", Subjects, ++order,
                sourceNote: FromLaodong),
            new EligibilityRule(id, RuleKind.Manual, Leaders, "Cơ quan, đơn vị, địa phương do cá nhân quản lý không để xảy ra tụ điểm phức tạp về tệ nạn xã hội, " +
                "vụ việc nghiêm trọng về an ninh, trật tự", Subjects, ++order, sourceNote: FromLaodong),
            new EligibilityRule(id, RuleKind.ServiceTime, GrassrootsForce, "Thời gian tham gia từ 15 năm trở lên đối với nam, 10 năm trở lên đối với nữ " +
                "(cộng thời gian trước đó ở Bảo vệ dân phố, Công an xã bán chuyên trách; vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn, biên giới, hải đảo tính hệ số 2)",
                Subjects + "; hệ số 2 theo Luật Thi đua, khen thưởng 06/2022/QH15", ++order, minYearsMen: 15, minYearsWomen: 10, doubleTimeCounts: true,
                sourceNote: FromLaodong),
            new EligibilityRule(id, RuleKind.Manual, GrassrootsForce, "Trong quá trình công tác được nhận xét, đánh giá hoàn thành tốt nhiệm vụ", Subjects, ++order,
                sourceNote: FromLaodong));
        await db.SaveChangesAsync();
    }
}
