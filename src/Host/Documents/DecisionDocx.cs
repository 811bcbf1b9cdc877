using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ToanDan.Awards.Host.Documents;

/// <summary>The decision as a Word file in the Vietnamese administrative layout (A4, Times New Roman 14).</summary>
public static class DecisionDocx
{
    private const string Font = "Times New Roman";

    public static byte[] Build(DecisionDocument d)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            main.Document = new Document(body);

            body.Append(HeaderTable(d));
            if (d.Revocation is not null) body.Append(Para(d.Revocation, JustificationValues.Center, bold: true, before: 120));
            if (d.IsDraft) body.Append(Para("DỰ THẢO", JustificationValues.Center, bold: true, before: 120));
            body.Append(Para("QUYẾT ĐỊNH", JustificationValues.Center, bold: true, before: 360));
            body.Append(Para(d.Subject, JustificationValues.Center, bold: true));
            body.Append(Para("―――――", JustificationValues.Center, after: 240));
            body.Append(Para(d.DeciderTitle, JustificationValues.Center, bold: true, after: 240));
            foreach (var basis in d.Bases) body.Append(Para(basis, JustificationValues.Both, italic: true, indent: true));
            body.Append(Para("QUYẾT ĐỊNH:", JustificationValues.Center, bold: true, before: 240, after: 240));
            body.Append(Article("Điều 1.", d.Article1));
            body.Append(Article("Điều 2.", d.Article2));
            body.Append(Article("Điều 3.", d.Article3));
            body.Append(SignatureTable(d));

            // The attached list starts on a page of its own.
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            body.Append(Para(d.ListTitle, JustificationValues.Center, bold: true));
            body.Append(Para(d.ListSubtitle, JustificationValues.Center, italic: true, after: 240));
            var section = 0;
            if (d.Collectives.Count > 0)
            {
                body.Append(Para($"{Roman(++section)}. TẬP THỂ ({VietnameseWording.Awardees(d.Collectives.Count, 0)})", JustificationValues.Left, bold: true, before: 120, after: 120));
                body.Append(ListTable(["TT", "Tên tập thể", "Đơn vị"], [2, 12, 8],
                    d.Collectives, a => [a.Name, a.Workplace ?? ""]));
            }
            if (d.Individuals.Count > 0)
            {
                body.Append(Para($"{Roman(++section)}. CÁ NHÂN ({VietnameseWording.Awardees(0, d.Individuals.Count)})", JustificationValues.Left, bold: true, before: 240, after: 120));
                body.Append(ListTable(["TT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị công tác"], [2, 7, 3, 6, 7],
                    d.Individuals, a => [a.Name, a.BirthYear ?? "", a.Position ?? "", a.Workplace ?? ""]));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 850U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "60", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Styles.Save();
    }

    private static Table HeaderTable(DecisionDocument d)
    {
        var left = new List<Paragraph>();
        if (d.ParentIssuer.Length > 0) left.Add(Para(d.ParentIssuer, JustificationValues.Center, size: 26, after: 0));
        left.Add(Para(d.Issuer, JustificationValues.Center, bold: true, size: 26, after: 0));
        left.Add(Para("―――――", JustificationValues.Center, size: 20, after: 120));
        left.Add(Para(d.NumberLine, JustificationValues.Center, size: 26));
        var right = new List<Paragraph>
        {
            Para(DecisionDocument.Nation, JustificationValues.Center, bold: true, size: 26, after: 0),
            Para(DecisionDocument.Motto, JustificationValues.Center, bold: true, underline: true, after: 240),
            Para(d.PlaceDateLine, JustificationValues.Center, italic: true),
        };
        return Borderless(new TableRow(Cell(left, 2000), Cell(right, 3000)));
    }

    private static Table SignatureTable(DecisionDocument d)
    {
        var recipients = new List<Paragraph> { Para("Nơi nhận:", JustificationValues.Left, bold: true, italic: true, size: 24, before: 240, after: 0) };
        recipients.AddRange(d.Recipients.Select(r => Para(r, JustificationValues.Left, size: 22, after: 0)));
        var signature = d.SignatureLines.Select((line, i) => Para(line, JustificationValues.Center, bold: true, before: i == 0 ? 240 : 0, after: 0)).ToList();
        signature.Add(Para(d.IsDraft ? "" : "(đã ký)", JustificationValues.Center, italic: true, before: 480));
        if (d.SignerName is not null) signature.Add(Para(d.SignerName, JustificationValues.Center, bold: true, before: 480));
        return Borderless(new TableRow(Cell(recipients, 2500), Cell(signature, 2500)));
    }

    /// <summary>The awardees numbered throughout, each proposing unit's under a heading row with its name.</summary>
    public static Table ListTable(string[] headers, int[] widths, IEnumerable<DocumentAwardee> awardees, Func<DocumentAwardee, string[]> columns)
    {
        var table = ListTable(headers, widths, []);
        var n = 0;
        foreach (var unit in DocumentAwardees.ByUnit(awardees))
        {
            var heading = Cell([Para(unit.Key, JustificationValues.Left, bold: true, size: 26, after: 0)], 5000);
            heading.TableCellProperties!.Append(new GridSpan { Val = headers.Length });
            table.Append(new TableRow(heading));
            foreach (var awardee in unit) table.Append(Row(widths, ++n, columns(awardee)));
        }
        return table;
    }

    private static TableRow Row(int[] widths, int n, string[] row)
    {
        var total = widths.Sum();
        var cells = new List<TableCell> { Cell([Para(n.ToString(System.Globalization.CultureInfo.InvariantCulture), JustificationValues.Center, size: 26, after: 0)], 5000 * widths[0] / total) };
        cells.AddRange(row.Select((text, i) => Cell([Para(text, JustificationValues.Left, size: 26, after: 0)], 5000 * widths[i + 1] / total)));
        return new TableRow(cells);
    }

    public static Table ListTable(string[] headers, int[] widths, IEnumerable<string[]> rows)
    {
        var total = widths.Sum();
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border));
        TableCell HeaderCell(string text, int i) => Cell([Para(text, JustificationValues.Center, bold: true, size: 26, after: 0)], 5000 * widths[i] / total);
        table.Append(new TableRow(headers.Select(HeaderCell)));
        var n = 0;
        foreach (var row in rows) table.Append(Row(widths, ++n, row));
        return table;
    }

    private static Table Borderless(TableRow row) =>
        new(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })), row);

    private static TableCell Cell(IEnumerable<Paragraph> paragraphs, int widthPct)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widthPct.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }));
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Article(string label, string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "120" },
            new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both }));
        paragraph.Append(TextRun(label + " ", bold: true, italic: false, underline: false, size: 28));
        paragraph.Append(TextRun(text, bold: false, italic: false, underline: false, size: 28));
        return paragraph;
    }

    private static Paragraph Para(string text, JustificationValues align, bool bold = false, bool italic = false, bool underline = false,
        int size = 28, int before = 0, int after = 60, bool indent = false)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (indent) properties.Append(new Indentation { FirstLine = "567" });
        properties.Append(new Justification { Val = align });
        return new Paragraph(properties, TextRun(text, bold, italic, underline, size));
    }

    private static Run TextRun(string text, bool bold, bool italic, bool underline, int size)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (underline) properties.Append(new Underline { Val = UnderlineValues.Single });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
