using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Features.Statistics.ReportForms;

/// <summary>
/// Biểu số 0603.N/BNV-TĐKT, "Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh, thành phố trực thuộc
/// Trung ương", yearly: the awards an issuer gave in the year, by form of award (columns 2–5), by who was awarded and how
/// (rows 01–17). Layout as in <see cref="ReportFormCatalogue"/>'s source (<c>Mau0603.blade.php</c>): rows 03–10 by the
/// nominee's target group (<see cref="AwardeeTarget"/>), rows 11–17 by the dossier's award method (<see cref="AwardMethod"/>).
/// </summary>
public sealed class Form0603 : IColumnedForm
{
    public string Key => "0603";
    public string Code => "0603.N/BNV-TĐKT";
    public string Title => "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG";

    public const string FormKey = "0603";

    /// <summary>The number of the first column "Chia ra" (Bằng khen); <see cref="Columns"/>[i] is column i + 2.</summary>
    public const int FirstCountedColumn = 2;

    /// <summary>The numbered columns an administrator places award types in (<see cref="ReportColumn"/>).</summary>
    public static IEnumerable<(int Column, string Heading)> Choices => Columns.Select((c, i) => (i + FirstCountedColumn, c.Heading));

    public IEnumerable<(int Column, string Heading)> ColumnChoices => Choices;

    public static string? HeadingOf(int column) => Choices.Where(c => c.Column == column).Select(c => c.Heading).FirstOrDefault();

    /// <summary>
    /// Columns 2–5 ("Chia ra") and the beginning of the award type names the circular's wording puts in each: the default
    /// an award type is placed with (<c>Persistence/DefaultReportColumns</c>); the form counts as the administrators placed them.
    /// </summary>
    public static readonly IReadOnlyList<(string Heading, string[] NamesStartWith)> Columns =
    [
        ("Bằng khen", ["Bằng khen"]),
        ("Chiến sĩ thi đua cấp bộ, cấp tỉnh", ["Chiến sĩ thi đua"]),
        ("Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương", ["Cờ thi đua"]),
        ("Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương", ["Huy hiệu", "Kỷ niệm chương"]),
    ];

    /// <summary>Words that make a name of the forms above state-level (0602.N/BNV-TĐKT columns 6–8), never a ministry's or a province's.</summary>
    private static readonly string[] StateLevelMarks = ["Thủ tướng", "Chính phủ", "toàn quốc", "Nhà nước"];

    /// <summary>The column (0–3 of <see cref="Columns"/>) an award type's name suggests, or null: not an award of a ministry or province (a Giấy khen).</summary>
    public static int? ColumnOf(string awardType)
    {
        // A Bằng khen of the Prime Minister, a Cờ thi đua of the Government, a national Chiến sĩ thi đua are state-level (form 0602).
        if (StateLevelMarks.Any(m => awardType.Contains(m, StringComparison.OrdinalIgnoreCase))) return null;
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].NamesStartWith.Any(p => awardType.StartsWith(p, StringComparison.OrdinalIgnoreCase))) return i;
        return null;
    }

    // Row 02 counts the collectives but households, which row 04 counts beside them (01 = 02 + 04 + 05); row 03 is within 02.
    private static readonly AwardLine[] Lines = [AwardLine.Total(), .. AwardLine.ByAwardeeAndMethod(section: 1, first: 2)];

    /// <summary>The sheet's first table row; the test reads the cells from here.</summary>
    public const uint FirstRow = 11;

    public byte[] Build(FormData data)
    {
        var sheet = new FormSheet("0603.N").Width("A", 52).Width("B", 8).Width("C", 12).Width("D", 10)
            .Width("E", 16).Width("F", 16).Width("G", 22).Width("H", 22);
        ReportFormCatalogue.Header(sheet, this, data, "H", "E");
        sheet.Merge("A8:A9", "", FormStyle.Heading).Merge("B8:B9", "Mã số", FormStyle.Heading).Merge("C8:C9", "Đơn vị tính", FormStyle.Heading)
            .Merge("D8:D9", "Tổng số", FormStyle.Heading).Merge("E8:H8", "Chia ra", FormStyle.Heading);
        for (var i = 0; i < Columns.Count; i++) sheet.Put($"{FormSheet.Letters(5 + i)}9", Columns[i].Heading, FormStyle.Heading);
        string[] numbers = ["A", "B", "C", "1", "2", "3", "4", "5"];
        for (var i = 0; i < numbers.Length; i++) sheet.Put($"{FormSheet.Letters(1 + i)}10", numbers[i], FormStyle.Heading);

        var counted = data.Awards.Where(a => a.Column is not null).ToList();
        var row = FirstRow;
        foreach (var line in Lines)
        {
            sheet.Put($"A{row}", line.Label, line.Bold || line.Heading ? FormStyle.BoldCell : FormStyle.Cell)
                .Put($"B{row}", line.Code, FormStyle.CentredCell).Put($"C{row}", line.Unit, FormStyle.CentredCell);
            var byColumn = new int?[Columns.Count];
            if (line.Counts is { } counts)
                for (var i = 0; i < Columns.Count; i++)
                    byColumn[i] = counted.Where(a => a.Column == i + FirstCountedColumn && counts(a)).Sum(a => a.Count);
            sheet.Put($"D{row}", line.Counts is null ? null : byColumn.Sum(), FormStyle.CentredCell);
            for (var i = 0; i < Columns.Count; i++) sheet.Put($"{FormSheet.Letters(5 + i)}{row}", byColumn[i], FormStyle.CentredCell);
            row++;
        }
        ReportFormCatalogue.Footer(sheet, data, row + 1, "H", "E", Notes(data));
        return FormSheet.Workbook(sheet);
    }

    private static IEnumerable<string> Notes(FormData data)
    {
        yield return $"Ghi chú: số liệu tính từ các quyết định khen thưởng của {data.Issuer.Name} đã ký trong năm {data.Year}, chưa bị thu hồi, " +
            "và các khen thưởng đã có được nhập vào hệ thống với cơ quan ban hành này; chỉ gồm những gì người xuất biểu được xem.";
        var mapped = data.Awards.Where(a => a.Column is not null).Select(a => $"{a.AwardType} → cột {a.Column}").Distinct().ToList();
        if (mapped.Count > 0) yield return $"Loại khen thưởng xếp vào cột theo bảng do quản trị viên quy định (Quản trị › Cột biểu mẫu thống kê): {string.Join("; ", mapped)}.";
        var unplaced = data.Awards.Where(a => !a.Placed).Select(a => a.AwardType).Distinct().ToList();
        if (unplaced.Count > 0)
            yield return ReportFormCatalogue.Unplaced("", unplaced);
        var left = data.Awards.Where(a => a.Column is null && a.Placed).GroupBy(a => a.AwardType)
            .Select(g => $"{g.Key} ({VietnameseWording.Tally(g.Where(a => a.Kind == NomineeKind.Collective).Sum(a => a.Count), g.Where(a => a.Kind == NomineeKind.Individual).Sum(a => a.Count))})")
            .ToList();
        if (left.Count > 0) yield return $"Không tính vào biểu này (không phải hình thức khen thưởng cấp bộ, cấp tỉnh): {string.Join("; ", left)}.";
        var counted = data.Awards.Where(a => a.Column is not null).ToList();
        yield return "Dòng 02 gồm các tập thể trừ hộ gia đình (dòng 04); dòng 03 nằm trong dòng 02. Đối tượng và phương thức khen thưởng lấy theo " +
            "hồ sơ đề nghị, hoặc theo các cột Đối tượng và Phương thức của khen thưởng đã có được nhập vào hệ thống; hồ sơ không chọn phương thức mà " +
            "không thuộc đợt xét khen thưởng nào, và khen thưởng đã có ghi là đột xuất, được tính là đột xuất (dòng 13).";
        var noTarget = counted.Where(a => a.Target is null || a.Target is AwardeeTarget.OtherCollective or AwardeeTarget.OtherIndividual).ToList();
        if (noTarget.Count > 0)
            yield return $"Không thuộc dòng 03, 04, 06 đến 10 (tập thể, cá nhân khác, hoặc hồ sơ hay khen thưởng đã có chưa ghi đối tượng): " +
                $"{VietnameseWording.Tally(noTarget.Where(a => a.Kind == NomineeKind.Collective).Sum(a => a.Count), noTarget.Where(a => a.Kind == NomineeKind.Individual).Sum(a => a.Count))}.";
        var noMethod = counted.Where(a => a.CountedMethod is null).ToList();
        if (noMethod.Count > 0)
            yield return $"Không thuộc dòng 11 đến 17 (hồ sơ hoặc khen thưởng đã có chưa ghi phương thức khen thưởng): " +
                $"{VietnameseWording.Tally(noMethod.Where(a => a.Kind == NomineeKind.Collective).Sum(a => a.Count), noMethod.Where(a => a.Kind == NomineeKind.Individual).Sum(a => a.Count))}.";
        yield return ReportFormCatalogue.SourceNote;
    }
}
