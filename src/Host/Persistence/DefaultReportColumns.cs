using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Statistics.ReportForms;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// Writes once, for each award type that has none, the column of Biểu số 0603.N/BNV-TĐKT it counts in, by the form of
/// award its name begins with (<see cref="Form0603.ColumnOf"/>); from then on administrators edit it
/// (<c>/quan-tri/cot-bieu-mau</c>). An award type added later gets its default at the next start, until then the form
/// names it as not yet placed.
/// </summary>
public static class DefaultReportColumns
{
    public const string Basis = "Thông tư 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ, Biểu số 0603.N/BNV-TĐKT: cột 2 Bằng khen; cột 3 Chiến sĩ thi đua " +
        "cấp bộ, cấp tỉnh; cột 4 Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh; cột 5 Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, " +
        "đoàn thể Trung ương, tỉnh (bố cục theo bản triển khai công khai của Thông tư, chưa đối chiếu với văn bản gốc)";

    public const string LeftOutBasis = Basis + "; hình thức không thuộc các cột trên (như Giấy khen) không tính vào biểu";

    public static async Task SeedAsync(AwardsDbContext db)
    {
        var placed = await db.ReportColumns.Where(c => c.FormKey == Form0603.FormKey).Select(c => c.AwardTypeId).ToListAsync();
        var awardTypes = await db.AwardTypes.Where(a => !placed.Contains(a.Id)).ToListAsync();
        foreach (var awardType in awardTypes)
        {
            var column = Form0603.ColumnOf(awardType.Name) is int index ? index + Form0603.FirstCountedColumn : (int?)null;
            db.ReportColumns.Add(new ReportColumn(Form0603.FormKey, awardType.Id, column, column is null ? LeftOutBasis : Basis));
        }
        if (awardTypes.Count > 0) await db.SaveChangesAsync();
    }
}
