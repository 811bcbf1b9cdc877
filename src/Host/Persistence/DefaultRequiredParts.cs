using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// The dossier parts each of the three award types asks for, as the law lists them (tờ trình, danh sách, báo cáo thành
/// tích, biên bản họp Hội đồng Thi đua – Khen thưởng); the simplified procedure of ad-hoc commendations needs no council
/// minutes. Written once for an award type that never had parts; from then on administrators edit them.
/// </summary>
public static class DefaultRequiredParts
{
    public sealed record Part(string Code, string Name, bool PerNominee, string? Note = null);

    public const string CoverSubmission = "to-trinh";
    public const string NomineeList = "danh-sach";
    public const string AchievementReport = "bao-cao-thanh-tich";
    public const string CouncilMinutes = "bien-ban-hoi-dong";
    public const string BriefList = "danh-sach-trich-ngang";
    public const string ServiceProof = "thoi-gian-cong-tac";
    public const string AchievementSummary = "bao-cao-tom-tat-thanh-tich";

    private static readonly Part Cover = new(CoverSubmission, "Tờ trình đề nghị khen thưởng", false, "Có số, ngày và chữ ký của thủ trưởng đơn vị đề nghị.");
    private static readonly Part Report = new(AchievementReport, "Báo cáo thành tích", true, "Có xác nhận của cấp trình khen thưởng.");
    private static readonly Part Minutes = new(CouncilMinutes, "Biên bản họp Hội đồng Thi đua – Khen thưởng", false, "Biên bản họp Hội đồng Thi đua – Khen thưởng của cấp trình.");
    private static readonly Part Service = new(ServiceProof, "Giấy tờ chứng minh thời gian công tác, tham gia phong trào", true,
        "Theo tiêu chuẩn thời gian của Thông tư 20/2025/TT-BCA.");
    private static readonly Part Summary = new(AchievementSummary, "Báo cáo tóm tắt thành tích", true, "Tóm tắt việc làm, thành tích đột xuất.");

    /// <summary>The parts of an award type (by code) under a procedure; an award type not known here starts with none.</summary>
    public static IReadOnlyList<Part> For(string awardTypeCode, Procedure procedure) => (awardTypeCode, procedure) switch
    {
        ("KNC-BVANTQ", Procedure.Standard) => [Cover, new(BriefList, "Danh sách trích ngang", false), Report, Minutes, Service],
        ("KNC-BVANTQ", Procedure.Simplified) => [Cover, Summary, Service],
        ("GK-GDCAT" or "BK-CTUBND", Procedure.Standard) => [Cover, new(NomineeList, "Danh sách tập thể, cá nhân đề nghị khen thưởng", false), Report, Minutes],
        ("GK-GDCAT" or "BK-CTUBND", Procedure.Simplified) => [Cover, Summary],
        _ => [],
    };

    public static async Task SeedAsync(AwardsDbContext db)
    {
        var withParts = await db.RequiredParts.Select(p => p.AwardTypeId).Distinct().ToListAsync();
        foreach (var awardType in await db.AwardTypes.Where(a => !withParts.Contains(a.Id)).ToListAsync())
            foreach (var procedure in Enum.GetValues<Procedure>())
            {
                var order = 0;
                foreach (var part in For(awardType.Code, procedure))
                    db.RequiredParts.Add(new RequiredPart(awardType.Id, procedure, part.Code, part.Name, part.PerNominee, ++order, part.Note));
            }
        await db.SaveChangesAsync();
    }
}
