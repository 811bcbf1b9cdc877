using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ToanDan.Awards.Host.Documents;

/// <summary>The decision as a Word file in the Vietnamese administrative layout (A4, Times New Roman 14).</summary>
public static class DecisionDocx
{
    private const string Font = "Times New Roman";

    public static byte[] Build(DecisionDocument d) => Create(body =>
    {
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
        body.Append(PageBreak());
        AwardeeList(body, d.ListTitle, d.ListSubtitle, d.Collectives, d.Individuals);
        body.Append(PageSetup(landscape: false));
    });

    internal static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>The attached list: its title, then collectives and individuals in numbered sections, each unit's under its heading row.</summary>
    internal static void AwardeeList(Body body, string title, string subtitle, IReadOnlyList<DocumentAwardee> collectives, IReadOnlyList<DocumentAwardee> individuals)
    {
        body.Append(Para(title, JustificationValues.Center, bold: true));
        body.Append(Para(subtitle, JustificationValues.Center, italic: true, after: 240));
        var section = 0;
        if (collectives.Count > 0)
        {
            body.Append(Para($"{Roman(++section)}. TẬP THỂ ({VietnameseWording.Awardees(collectives.Count, 0)})", JustificationValues.Left, bold: true, before: 120, after: 120));
            body.Append(ListTable(["TT", "Tên tập thể", "Đơn vị"], [2, 12, 8],
                collectives, a => [a.Name, a.Workplace ?? ""]));
        }
        if (individuals.Count > 0)
        {
            body.Append(Para($"{Roman(++section)}. CÁ NHÂN ({VietnameseWording.Awardees(0, individuals.Count)})", JustificationValues.Left, bold: true, before: 240, after: 120));
            body.Append(ListTable(["TT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị công tác"], [2, 7, 3, 6, 7],
                individuals, a => [a.Name, a.BirthYear ?? "", a.Position ?? "", a.Workplace ?? ""]));
        }
    }

    /// <summary>A Word file with the administrative styles whose body <paramref name="write"/> fills.</summary>
    internal static byte[] Create(Action<Body> write)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            main.Document = new Document(body);
            write(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A4 with the margins of Nghị định 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm); landscape for wide tables.</summary>
    internal static SectionProperties PageSetup(bool landscape) => landscape
        ? new SectionProperties(
            new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1701, Bottom = 850, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U })
        : new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 850U, Header = 567U, Footer = 567U, Gutter = 0U });

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

    private static Table HeaderTable(DecisionDocument d) => HeaderTable(d.ParentIssuer, d.Issuer, d.NumberLine, d.PlaceDateLine);

    /// <summary>The heading of every administrative document: the issuer and its number on the left, the national motto and the place and date on the right.</summary>
    internal static Table HeaderTable(string parentIssuer, string issuer, string numberLine, string placeDateLine)
    {
        var left = new List<Paragraph>();
        if (parentIssuer.Length > 0) left.Add(Para(parentIssuer, JustificationValues.Center, size: 26, after: 0));
        left.Add(Para(issuer, JustificationValues.Center, bold: true, size: 26, after: 0));
        left.Add(Para("―――――", JustificationValues.Center, size: 20, after: 120));
        left.Add(Para(numberLine, JustificationValues.Center, size: 26));
        var right = new List<Paragraph>
        {
            Para(DecisionDocument.Nation, JustificationValues.Center, bold: true, size: 26, after: 0),
            Para(DecisionDocument.Motto, JustificationValues.Center, bold: true, underline: true, after: 240),
            Para(placeDateLine, JustificationValues.Center, italic: true),
        };
        return Borderless(new TableRow(Cell(left, 2000), Cell(right, 3000)));
    }

    private static Table SignatureTable(DecisionDocument d) =>
        SignatureTable(d.Recipients, d.SignatureLines, d.IsDraft ? "" : "(đã ký)", d.SignerName);

    /// <summary>"Nơi nhận" on the left; the signer's title lines, the signature's place and the signer's name on the right.</summary>
    internal static Table SignatureTable(IReadOnlyList<string> recipients, IReadOnlyList<string> signatureLines, string signedMark, string? signerName)
    {
        var left = new List<Paragraph>();
        if (recipients.Count > 0)
        {
            left.Add(Para("Nơi nhận:", JustificationValues.Left, bold: true, italic: true, size: 24, before: 240, after: 0));
            left.AddRange(recipients.Select(r => Para(r, JustificationValues.Left, size: 22, after: 0)));
        }
        else left.Add(Para("", JustificationValues.Left));
        var signature = signatureLines.Select((line, i) => Para(line, JustificationValues.Center, bold: true, before: i == 0 ? 240 : 0, after: 0)).ToList();
        signature.Add(Para(signedMark, JustificationValues.Center, italic: true, before: 480));
        if (signerName is not null) signature.Add(Para(signerName, JustificationValues.Center, bold: true, before: 480));
        return Borderless(new TableRow(Cell(left, 2500), Cell(signature, 2500)));
    }

    /// <summary>The awardees numbered throughout, each proposing unit's under a heading row with its name.</summary>
    public static Table ListTable(string[] headers, int[] widths, IEnumerable<DocumentAwardee> awardees, Func<DocumentAwardee, string[]> columns) =>
        ListTable(headers, widths, DocumentAwardees.ByUnit(awardees), columns);

    /// <summary>Lines numbered throughout, each group under a heading row with its name (the unit that proposed them).</summary>
    internal static Table ListTable<T>(string[] headers, int[] widths, IEnumerable<IGrouping<string, T>> groups, Func<T, string[]> columns)
    {
        var table = ListTable(headers, widths, []);
        var n = 0;
        foreach (var unit in groups)
        {
            var heading = Cell([Para(unit.Key, JustificationValues.Left, bold: true, size: 26, after: 0)], 5000);
            heading.TableCellProperties!.Append(new GridSpan { Val = headers.Length });
            table.Append(new TableRow(heading));
            foreach (var line in unit) table.Append(Row(widths, ++n, columns(line)));
        }
        return table;
    }

    internal static TableRow Row(int[] widths, int n, string[] row)
    {
        var total = widths.Sum();
        var cells = new List<TableCell> { Cell([Para(n.ToString(System.Globalization.CultureInfo.InvariantCulture), JustificationValues.Center, size: 26, after: 0)], 5000 * widths[0] / total) };
        cells.AddRange(row.Select((text, i) => Cell([Para(text, JustificationValues.Left, size: 26, after: 0)], 5000 * widths[i + 1] / total)));
        return new TableRow(cells);
    }

    public static Table ListTable(string[] headers, int[] widths, IEnumerable<string[]> rows)
    {
        var total = widths.Sum();
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, Borders(BorderValues.Single)), Grid(widths));
        TableCell HeaderCell(string text, int i) => Cell([Para(text, JustificationValues.Center, bold: true, size: 26, after: 0)], 5000 * widths[i] / total);
        table.Append(new TableRow(headers.Select(HeaderCell)));
        var n = 0;
        foreach (var row in rows) table.Append(Row(widths, ++n, row));
        return table;
    }

    internal static Table Borderless(TableRow row)
    {
        var widths = row.Elements<TableCell>().Select(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, Borders(BorderValues.None)), Grid(widths), row);
    }

    /// <summary>The borders in the order Word's schema wants them (top, left, bottom, right, inside).</summary>
    private static TableBorders Borders(BorderValues kind) => new(
        new TopBorder { Val = kind, Size = 4 }, new LeftBorder { Val = kind, Size = 4 }, new BottomBorder { Val = kind, Size = 4 },
        new RightBorder { Val = kind, Size = 4 }, new InsideHorizontalBorder { Val = kind, Size = 4 }, new InsideVerticalBorder { Val = kind, Size = 4 });

    /// <summary>The column grid Word requires, in proportion to <paramref name="widths"/> over the portrait text width (the table itself spans the page).</summary>
    private static TableGrid Grid(int[] widths)
    {
        const int TextWidth = 11906 - 1701 - 850;
        var total = widths.Sum();
        return new TableGrid(widths.Select(w => new GridColumn { Width = (TextWidth * w / total).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    internal static TableCell Cell(IEnumerable<Paragraph> paragraphs, int widthPct)
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

    internal static Paragraph Para(string text, JustificationValues align, bool bold = false, bool italic = false, bool underline = false,
        int size = 28, int before = 0, int after = 60, bool indent = false)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (indent) properties.Append(new Indentation { FirstLine = "567" });
        properties.Append(new Justification { Val = align });
        return new Paragraph(properties, TextRun(text, bold, italic, underline, size));
    }

    internal static Run TextRun(string text, bool bold, bool italic, bool underline, int size)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (underline) properties.Append(new Underline { Val = UnderlineValues.Single });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    internal static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
