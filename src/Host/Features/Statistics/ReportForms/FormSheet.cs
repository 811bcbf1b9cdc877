using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ToanDan.Awards.Host.Features.Statistics.ReportForms;

/// <summary>How a cell of a report form looks: Times New Roman 12, as the forms are printed.</summary>
public enum FormStyle : uint
{
    Plain = 0,
    Bold = 1,
    Italic = 2,
    /// <summary>A column heading: bold, centred, wrapped, boxed.</summary>
    Heading = 3,
    /// <summary>A row of the table: boxed, wrapped.</summary>
    Cell = 4,
    /// <summary>A bold row of the table (the totals, a section's title): boxed, wrapped.</summary>
    BoldCell = 5,
    /// <summary>A centred cell of the table (codes, units, counts): boxed.</summary>
    CentredCell = 6,
    /// <summary>The form's title: bold, centred.</summary>
    Title = 7,
    /// <summary>Centred italic (the period, "(Ký, họ tên)").</summary>
    CentredItalic = 8,
    /// <summary>Centred bold (the signers' titles).</summary>
    CentredBold = 9,
}

/// <summary>
/// One sheet of a statistical report form, written cell by cell at its address ("A1") with merged ranges: the layout of
/// a paper form kept in Excel. Text is inline, numbers are numbers; nothing is computed by Excel.
/// </summary>
public sealed class FormSheet(string name)
{
    private readonly SortedDictionary<(uint Row, int Column), (object Value, FormStyle Style)> _cells = [];
    private readonly List<string> _merges = [];
    private readonly Dictionary<int, double> _widths = [];

    public string Name { get; } = name;

    /// <summary>Puts <paramref name="value"/> (text, or an int: a count) at <paramref name="address"/>; null leaves the cell empty but styled.</summary>
    public FormSheet Put(string address, object? value, FormStyle style = FormStyle.Plain)
    {
        var (row, column) = Parse(address);
        _cells[(row, column)] = (value ?? "", style);
        return this;
    }

    /// <summary>Merges a range ("A5:H5"); the value and style go in its first cell, the others are boxed alike.</summary>
    public FormSheet Merge(string range, object? value, FormStyle style)
    {
        var parts = range.Split(':');
        var (r1, c1) = Parse(parts[0]);
        var (r2, c2) = Parse(parts[1]);
        for (var r = r1; r <= r2; r++)
            for (var c = c1; c <= c2; c++)
                _cells[(r, c)] = (r == r1 && c == c1 ? value ?? "" : "", style);
        _merges.Add(range);
        return this;
    }

    public FormSheet Width(string column, double width)
    {
        _widths[Column(column)] = width;
        return this;
    }

    /// <summary>The workbook of the given sheets.</summary>
    public static byte[] Workbook(params FormSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var part = document.AddWorkbookPart();
            part.Workbook = new Workbook(new Sheets());
            AddStyles(part);
            foreach (var sheet in sheets) sheet.AddTo(part);
            part.Workbook.Save();
        }
        return stream.ToArray();
    }

    private void AddTo(WorkbookPart part)
    {
        var sheetPart = part.AddNewPart<WorksheetPart>();
        // Printed as the paper form: A4 landscape, one page wide.
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (_widths.Count > 0)
            worksheet.Append(new Columns(_widths.OrderBy(w => w.Key).Select(w =>
                new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })));
        var data = new SheetData();
        foreach (var row in _cells.GroupBy(c => c.Key.Row))
            data.Append(new Row(row.Select(c => Cell(c.Key.Row, c.Key.Column, c.Value.Value, c.Value.Style))) { RowIndex = row.Key });
        worksheet.Append(data);
        if (_merges.Count > 0) worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })));
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        sheetPart.Worksheet = worksheet;
        sheetPart.Worksheet.Save();
        var sheets = part.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = part.GetIdOfPart(sheetPart), SheetId = (uint)sheets.Count() + 1, Name = Name });
    }

    private static Cell Cell(uint row, int column, object value, FormStyle style)
    {
        var reference = $"{Letters(column)}{row}";
        return value is int n
            ? new Cell(new CellValue(n.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.Number, StyleIndex = (uint)style }
            : new Cell(new InlineString(new Text((string)value) { Space = SpaceProcessingModeValues.Preserve }))
            { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = (uint)style };
    }

    private static void AddStyles(WorkbookPart part)
    {
        static Font Font(bool bold = false, bool italic = false, int size = 12)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            if (italic) font.Append(new Italic());
            font.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" });
            return font;
        }
        static BorderPropertiesType Thin<T>() where T : BorderPropertiesType, new() => new T { Style = BorderStyleValues.Thin };
        static CellFormat Format(uint font, uint border, HorizontalAlignmentValues? horizontal = null, bool wrap = false) => new(
            new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
        { FontId = font, BorderId = border, ApplyFont = true, ApplyBorder = border > 0, ApplyAlignment = true };

        var styles = part.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(Font(), Font(bold: true), Font(italic: true), Font(bold: true, size: 14)) { Count = 4 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(),
                new Border((LeftBorder)Thin<LeftBorder>(), (RightBorder)Thin<RightBorder>(), (TopBorder)Thin<TopBorder>(), (BottomBorder)Thin<BottomBorder>(), new DiagonalBorder()))
            { Count = 2 },
            // In the order of FormStyle.
            new CellFormats(
                Format(0, 0), Format(1, 0), Format(2, 0),
                Format(1, 1, HorizontalAlignmentValues.Center, wrap: true), Format(0, 1, wrap: true), Format(1, 1, wrap: true),
                Format(0, 1, HorizontalAlignmentValues.Center, wrap: true), Format(3, 0, HorizontalAlignmentValues.Center, wrap: true),
                Format(2, 0, HorizontalAlignmentValues.Center), Format(1, 0, HorizontalAlignmentValues.Center))
            { Count = 10 });
        styles.Stylesheet.Save();
    }

    private static (uint Row, int Column) Parse(string address)
    {
        var letters = new string([.. address.TakeWhile(char.IsLetter)]);
        return (uint.Parse(address[letters.Length..], CultureInfo.InvariantCulture), Column(letters));
    }

    private static int Column(string letters) => letters.Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1));

    public static string Letters(int column)
    {
        var s = "";
        for (; column > 0; column = (column - 1) / 26) s = (char)('A' + ((column - 1) % 26)) + s;
        return s;
    }
}
