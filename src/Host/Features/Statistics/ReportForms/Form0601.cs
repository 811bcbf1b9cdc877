using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Features.Statistics.ReportForms;

/// <summary>
/// Biểu số 0601.N/BNV-TĐKT, "Số phong trào thi đua", yearly: the movements an issuer recorded that were under way in the
/// year, by the level that launched them (columns 2–4, column 1 their total), by scope (rows 02–05), length (06–10) and
/// how they are organised (11–12). Layout as in <see cref="ReportFormCatalogue"/>'s source (<c>Mau0601.blade.php</c>).
/// </summary>
public sealed class Form0601 : IReportForm
{
    public string Key => "0601";
    public string Code => "0601.N/BNV-TĐKT";
    public string Title => "SỐ PHONG TRÀO THI ĐUA";

    private sealed record Line(string Label, string Code, Func<MovementCount, bool>? Counts, bool Bold = false, bool Heading = false);

    private static Func<MovementCount, bool> Months(int from, int? below) => m => m.Months >= from && (below is null || m.Months < below);

    // Lengths in whole months (EmulationMovement.Months): "1 năm" is exactly 12 months; "từ 1 năm đến dưới 3 năm" what is longer.
    private static readonly Line[] Lines =
    [
        new("Tổng số", "01", _ => true, Bold: true),
        new("1. Chia theo phạm vi tổ chức thi đua", "", null, Heading: true),
        .. MovementNames.Scopes.Select((s, i) => new Line($"- {s.Name}", $"{i + 2:00}", m => m.Scope == s.Scope)),
        new("2. Chia theo thời hạn thi đua", "", null, Heading: true),
        new("- Dưới 1 năm", "06", Months(0, 12)),
        new("- 1 năm", "07", Months(12, 13)),
        new("- Từ 1 năm đến dưới 3 năm", "08", Months(13, 36)),
        new("- Từ 3 năm đến dưới 5 năm", "09", Months(36, 60)),
        new("- Từ 5 năm trở lên", "10", Months(60, null)),
        new("3. Chia theo phương thức tổ chức phong trào thi đua", "", null, Heading: true),
        new($"- {MovementNames.Of(MovementMethod.Thematic)}", "11", m => m.Method == MovementMethod.Thematic),
        new($"- {MovementNames.Of(MovementMethod.RegularYearly)}", "12", m => m.Method == MovementMethod.RegularYearly),
    ];

    /// <summary>The sheet's first table row; the test reads the cells from here.</summary>
    public const uint FirstRow = 11;

    public byte[] Build(FormData data)
    {
        var sheet = new FormSheet("0601.N").Width("A", 56).Width("B", 8).Width("C", 12).Width("D", 24).Width("E", 28).Width("F", 20);
        ReportFormCatalogue.Header(sheet, this, data, "F", "D");
        sheet.Put("F7", "Đơn vị tính: Phong trào", FormStyle.Italic)
            .Merge("A8:A9", "", FormStyle.Heading).Merge("B8:B9", "Mã số", FormStyle.Heading).Merge("C8:C9", "Tổng số", FormStyle.Heading)
            .Merge("D8:F8", "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua", FormStyle.Heading);
        for (var i = 0; i < MovementNames.Levels.Count; i++) sheet.Put($"{FormSheet.Letters(4 + i)}9", MovementNames.Levels[i].Name, FormStyle.Heading);
        string[] numbers = ["A", "B", "1=(2+3+4)", "2", "3", "4"];
        for (var i = 0; i < numbers.Length; i++) sheet.Put($"{FormSheet.Letters(1 + i)}10", numbers[i], FormStyle.Heading);

        var row = FirstRow;
        foreach (var line in Lines)
        {
            sheet.Put($"A{row}", line.Label, line.Bold || line.Heading ? FormStyle.BoldCell : FormStyle.Cell).Put($"B{row}", line.Code, FormStyle.CentredCell);
            var byLevel = new int?[MovementNames.Levels.Count];
            if (line.Counts is { } counts)
                for (var i = 0; i < byLevel.Length; i++)
                    byLevel[i] = data.Movements.Count(m => m.Level == MovementNames.Levels[i].Level && counts(m));
            sheet.Put($"C{row}", line.Counts is null ? null : byLevel.Sum(), FormStyle.CentredCell);
            for (var i = 0; i < byLevel.Length; i++) sheet.Put($"{FormSheet.Letters(4 + i)}{row}", byLevel[i], FormStyle.CentredCell);
            row++;
        }
        ReportFormCatalogue.Footer(sheet, data, row + 1, "F", "D", Notes(data));
        return FormSheet.Workbook(sheet);
    }

    private static IEnumerable<string> Notes(FormData data)
    {
        yield return $"Ghi chú: số liệu tính từ các phong trào thi đua đã ghi cho {data.Issuer.Name} diễn ra trong năm {data.Year} " +
            "(bắt đầu trước hoặc trong năm và kết thúc trong năm hoặc sau đó); cột theo cấp chủ trì phát động đã ghi cho từng phong trào.";
        yield return "Thời hạn tính theo tháng tròn từ ngày bắt đầu đến hết ngày kết thúc: đủ 12 tháng là \"1 năm\", dài hơn 12 tháng đến dưới 36 tháng là " +
            "\"từ 1 năm đến dưới 3 năm\".";
        yield return ReportFormCatalogue.SourceNote;
    }
}
