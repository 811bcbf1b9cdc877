using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ToanDan.Awards.Host.Features.Statistics;

/// <summary>The statistics as an Excel workbook: one sheet per table, Vietnamese headers.</summary>
public static class StatisticsWorkbook
{
    public static readonly string[] TallyHeaders =
    [
        "Số hồ sơ", "Tập thể được đề nghị", "Cá nhân được đề nghị", "Tập thể được khen thưởng", "Cá nhân được khen thưởng",
        "Tập thể không được khen thưởng", "Cá nhân không được khen thưởng", "Tập thể tạm hoãn", "Cá nhân tạm hoãn",
    ];

    public static byte[] Build(GetStatistics.Report report)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var part = workbook.AddWorkbookPart();
            part.Workbook = new Workbook(new Sheets());
            AddStyles(part);
            AddSheet(part, "Theo loại khen thưởng", ["Loại khen thưởng", .. TallyHeaders],
                [.. report.ByAwardType.Select(r => Line(r.Name, r.Tally)), Line("Tổng cộng", report.Total)]);
            AddSheet(part, "Theo đơn vị", ["Đơn vị đề nghị", .. TallyHeaders],
                [.. report.ByUnit.Select(r => Line(r.Name, r.Tally)), Line("Tổng cộng", report.Total)]);
            AddSheet(part, "Thời gian xử lý", ["Bước xử lý", "Số lượt", "Trung vị (ngày làm việc)", "Lâu nhất (ngày làm việc)"],
                [.. report.Steps.Select(s => new object[] { s.Step, s.Count, s.MedianDays, s.SlowestDays })]);
            AddSheet(part, "Tổng hợp", ["Kết quả khen thưởng"], [.. report.Sentences.Select(s => new object[] { s })]);
            part.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static object[] Line(string name, GetStatistics.Tally t) =>
        [name, t.Dossiers, t.NominatedCollectives, t.NominatedIndividuals, t.ApprovedCollectives, t.ApprovedIndividuals, t.RefusedCollectives, t.RefusedIndividuals,
            t.PostponedCollectives, t.PostponedIndividuals];

    private static void AddStyles(WorkbookPart part)
    {
        var styles = part.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }))
            { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
        styles.Stylesheet.Save();
    }

    private static void AddSheet(WorkbookPart part, string name, string[] headers, IReadOnlyList<object[]> rows)
    {
        var sheetPart = part.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var columns = new Columns(new Column { Min = 1, Max = 1, Width = 45, CustomWidth = true },
            new Column { Min = 2, Max = (uint)Math.Max(2, headers.Length), Width = 16, CustomWidth = true });
        data.Append(new Row(headers.Select(h => TextCell(h, bold: true))) { RowIndex = 1 });
        uint index = 1;
        foreach (var row in rows)
            data.Append(new Row(row.Select(v => v is string s ? TextCell(s, bold: false) : NumberCell(Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture))))
            { RowIndex = ++index });
        sheetPart.Worksheet = new Worksheet(columns, data);
        sheetPart.Worksheet.Save();
        var sheets = part.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = part.GetIdOfPart(sheetPart), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    private static Cell TextCell(string text, bool bold) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = bold ? 1U : 0U };

    private static Cell NumberCell(double value) =>
        new(new CellValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture))) { DataType = CellValues.Number };
}
