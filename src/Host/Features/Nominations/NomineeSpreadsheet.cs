using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>
/// The nominee list as an Excel sheet: a template with Vietnamese headers and one example row, and the reading of a
/// filled copy into nominee inputs, with an error per bad row (row number and column) in Vietnamese.
/// </summary>
public static class NomineeSpreadsheet
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 500;
    public const long MaxCharactersInPart = 10_000_000;
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string TemplateFileName = "mau-danh-sach-de-nghi-khen-thuong.xlsx";

    public static readonly IReadOnlyList<string> Headers =
    [
        "Loại (Tập thể/Cá nhân)", "Tên tập thể / Họ và tên", "Ngày sinh (dd/MM/yyyy)", "Giới tính", "Chức vụ", "Đơn vị công tác",
        "Số CCCD", "Đơn vị cấp trên", "Số thành viên", "Tỷ lệ nữ (%)", "Thành tích", "Số CMND cũ (9 số)",
        "Nhóm đối tượng (mã)",
        "Thời gian công tác (từ-đến nơi công tác; đến trống = nay; * ở cuối = tính gấp đôi)",
        "Đang chờ kết luận (kỷ luật, khiếu nại, thanh tra)",
        "Khen thưởng đã nhận (hình thức năm; cách nhau bằng dấu chấm phẩy; * ở cuối = đột xuất)",
        "Đối tượng",
    ];

    private static readonly string[] Example =
    [
        "Cá nhân", "Nguyễn Văn An", "12/04/1975", "Nam", "Tổ trưởng tổ bảo vệ an ninh trật tự", "Thôn 3, xã Đông Tiến",
        "038075001234", "", "", "", "Phát hiện, tố giác 03 vụ trộm cắp tài sản; vận động 12 hộ ký cam kết an ninh trật tự.", "172345678",
        "to-bao-ve-antt", "01/01/2005-31/12/2015 Xã Mường Lát*; 01/01/2016- Xã Đông Tiến", "",
        "Giấy khen của Giám đốc Công an tỉnh 2018; Giấy khen của Chủ tịch UBND huyện 2021*",
        ReportCategories.NameOf(AwardeeTarget.DirectWorker),
    ];

    /// <summary>Where a template's rows start, said by each template's guide (row 1 the headers, row 2 the example).</summary>
    internal static string OneRowEach(string what, string sheet) =>
        $"Mỗi {what} một dòng trên trang \"{sheet}\", bắt đầu từ dòng 2 (dòng 2 là ví dụ, hãy xóa hoặc ghi đè).";

    private static readonly string[] Guide =
    [
        "Hướng dẫn điền danh sách đề nghị khen thưởng",
        OneRowEach("tập thể hoặc cá nhân", "Danh sách đề nghị"),
        "Ngày ghi dạng dd/MM/yyyy, ví dụ 19/05/1978. Số CCCD, CMND ghi dạng văn bản để giữ số 0 ở đầu.",
        "Bốn cột cuối chỉ dùng cho cá nhân, để xét tiêu chuẩn:",
        "• Nhóm đối tượng: mã nhóm theo tiêu chuẩn của loại khen thưởng, ví dụ to-bao-ve-antt.",
        "• Thời gian công tác: các giai đoạn cách nhau bằng dấu chấm phẩy, mỗi giai đoạn là \"từ ngày-đến ngày nơi công tác\";"
            + " để trống ngày sau dấu \"-\" nếu đến nay; thêm dấu * ở cuối nếu thời gian đó tính gấp đôi (vùng đặc biệt khó khăn, biên giới, hải đảo).",
        "  Ví dụ: 01/01/2005-31/12/2015 Xã Mường Lát*; 01/01/2016- Xã Đông Tiến",
        "• Đang chờ kết luận: ghi \"kỷ luật\", \"khiếu nại\" và/hoặc \"thanh tra\" (cách nhau bằng dấu phẩy) nếu đang chờ kết luận; để trống nếu không.",
        "• Khen thưởng đã nhận: mỗi khen thưởng là \"tên hình thức năm\", cách nhau bằng dấu chấm phẩy; năm có thể để trống;"
            + " thêm dấu * ở cuối nếu là khen thưởng đột xuất (không được tính làm điều kiện để đề nghị hình thức cao hơn).",
        "  Ví dụ: Giấy khen của Giám đốc Công an tỉnh 2018; Giấy khen của Chủ tịch UBND huyện 2021*",
        "Khen thưởng đã có quyết định trên hệ thống hoặc đã nhập vào hệ thống được tính thêm khi xét, không cần kê lại.",
        "Cột \"Đối tượng\" (không bắt buộc) ghi đối tượng khen thưởng theo Biểu số 0603.N/BNV-TĐKT, đúng một trong các tên sau:",
        .. ReportCategories.Targets.Select(t => $"• {(t.Kind == NomineeKind.Collective ? "Tập thể" : "Cá nhân")}: {t.Name}"),
    ];

    private static readonly double[] Widths = [16, 34, 14, 10, 28, 28, 16, 26, 12, 10, 60, 16, 18, 60, 24, 60, 40];

    public sealed record RowError(int Row, string Column, string Message);

    public sealed record Result(IReadOnlyList<NomineeInput> Nominees, IReadOnlyList<RowError> Errors);

    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(Row(1, Headers, style: 1), Row(2, Example, style: 2));
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { TabSelected = true, WorkbookViewId = 0 }),
                new Columns(Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true, Style = 2 })),
                data,
                new DataValidations(
                    List("A2:A1000", "\"Tập thể,Cá nhân\""),
                    List("D2:D1000", "\"Nam,Nữ\""))
                { Count = 2 });
            // The list stays the first sheet: it is the one read back.
            var guidePart = workbook.AddNewPart<WorksheetPart>();
            guidePart.Worksheet = new Worksheet(
                new Columns(new Column { Min = 1, Max = 1, Width = 120, CustomWidth = true }),
                new SheetData(Guide.Select((line, i) => Row((uint)i + 1, [line], style: i == 0 ? 1u : 0u))));
            workbook.Workbook.AppendChild(new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Danh sách đề nghị" },
                new Sheet { Id = workbook.GetIdOfPart(guidePart), SheetId = 2, Name = "Hướng dẫn" }));
        }
        return stream.ToArray();
    }

    /// <summary>Reads the first sheet: row 1 holds the headers, the nominees start on row 2; empty rows are skipped.</summary>
    public static Result Read(Stream xlsx, TimeProvider clock)
    {
        using var document = Open(xlsx);
        try
        {
            return Read(document, new NomineeInput.Validator(clock));
        }
        // Parts load as they are read: a part past the size limit (a zip bomb) or broken XML shows here.
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or InvalidDataException or IOException or ArgumentOutOfRangeException)
        {
            throw NotASheet();
        }
    }

    private static Result Read(SpreadsheetDocument document, NomineeInput.Validator validator)
    {
        var nominees = new List<NomineeInput>();
        var errors = new List<RowError>();
        var workbook = document.WorkbookPart ?? throw NotASheet();
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw NotASheet();
        if (first.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet) throw NotASheet();
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

        using var rows = Rows(sheet).GetEnumerator();
        if (!rows.MoveNext() || rows.Current.Number != 1
            || !VietnameseText.Key(Cells(rows.Current.Row, strings).GetValueOrDefault(0)).StartsWith("loai", StringComparison.Ordinal))
            throw new DomainException("Tệp không đúng mẫu: dòng 1 phải là tiêu đề của mẫu Excel (cột A là 'Loại'). Hãy tải mẫu và điền lại.", "file");

        while (rows.MoveNext())
        {
            var (number, row) = rows.Current;
            var cells = Cells(row, strings);
            if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
            if (nominees.Count + errors.Select(e => e.Row).Distinct().Count() >= MaxRows)
            {
                errors.Add(new RowError(number, "", $"Mỗi lần chỉ nhập được tối đa {MaxRows} dòng; các dòng từ dòng {number} trở đi chưa được nhập."));
                break;
            }
            var (input, rowErrors) = Parse(number, cells);
            if (input is not null)
                rowErrors.AddRange(validator.Validate(input).Errors.Select(e => new RowError(number, ColumnOf(e.PropertyName), e.ErrorMessage)));
            if (rowErrors.Count == 0) nominees.Add(input!);
            else errors.AddRange(rowErrors);
        }
        return new Result(nominees, errors);
    }

    /// <summary>
    /// The sheet's rows one at a time with their numbers (1-based), read as a stream: the sheet is never held whole in
    /// memory, and reading stops at the row limit.
    /// </summary>
    internal static IEnumerable<(int Number, Row Row)> Rows(WorksheetPart sheet)
    {
        using var reader = OpenXmlReader.Create(sheet);
        var number = 0;
        var more = reader.Read();
        while (more)
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                // Loading the row moves the reader past it, onto what follows.
                var row = (Row)reader.LoadCurrentElement()!;
                number = row.RowIndex?.Value is { } index ? (int)index : number + 1;
                yield return (number, row);
                more = !reader.EOF;
            }
            else more = reader.Read();
        }
    }

    private static (NomineeInput? Input, List<RowError> Errors) Parse(int row, Dictionary<int, string> cells)
    {
        var errors = new List<RowError>();
        string? Text(int column) => cells.GetValueOrDefault(column)?.Trim() is { Length: > 0 } t ? t : null;

        var kind = VietnameseText.Key(Text(0)) switch
        {
            "tap the" or "collective" => NomineeInput.Collective,
            "ca nhan" or "individual" => NomineeInput.Individual,
            _ => null,
        };
        if (kind is null) errors.Add(new RowError(row, Headers[0], "Loại phải là 'Tập thể' hoặc 'Cá nhân'."));

        DateOnly? born = null;
        if (Text(2) is { } dob)
        {
            if (DateOnly.TryParseExact(dob, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) born = d;
            else if (double.TryParse(dob, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
                born = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            else errors.Add(new RowError(row, Headers[2], $"Ngày sinh '{dob}' không đúng dạng dd/MM/yyyy."));
        }

        var sex = VietnameseText.Key(Text(3)) switch
        {
            "" => null,
            "nam" or "male" => "male",
            "nu" or "female" => "female",
            _ => Invalid(errors, row, 3, $"Giới tính phải là 'Nam' hoặc 'Nữ', không phải '{Text(3)}'."),
        };

        var citizenId = LeadingZero(Text(6), 12);
        var formerCitizenId = LeadingZero(Text(11), 9);

        int? members = null;
        if (Text(8) is { } m)
        {
            if (decimal.TryParse(m, NumberStyles.Number, CultureInfo.InvariantCulture, out var count) && count == decimal.Truncate(count)) members = (int)count;
            else errors.Add(new RowError(row, Headers[8], $"Số thành viên '{m}' phải là số nguyên."));
        }

        decimal? women = null;
        if (Text(9) is { } w)
        {
            if (decimal.TryParse(w.TrimEnd('%').Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent)) women = percent / 100m;
            else errors.Add(new RowError(row, Headers[9], $"Tỷ lệ nữ '{w}' phải là số từ 0 đến 100."));
        }

        var periods = new List<ServicePeriod>();
        foreach (var part in (Text(13) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ReadPeriod(part) is { } period) periods.Add(period);
            else errors.Add(new RowError(row, Headers[13],
                $"Giai đoạn '{part}' không đúng dạng 'dd/MM/yyyy-dd/MM/yyyy Nơi công tác' (để trống ngày sau dấu '-' nếu đến nay; thêm * ở cuối nếu tính gấp đôi)."));
        }

        bool discipline = false, complaint = false, inspection = false;
        foreach (var part in (Text(14) ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = VietnameseText.Key(part);
            if (key.Contains("ky luat", StringComparison.Ordinal)) discipline = true;
            else if (key.Contains("khieu nai", StringComparison.Ordinal) || key.Contains("to cao", StringComparison.Ordinal)) complaint = true;
            else if (key.Contains("thanh tra", StringComparison.Ordinal) || key.Contains("kiem tra", StringComparison.Ordinal)) inspection = true;
            else if (key is not ("khong" or "")) errors.Add(new RowError(row, Headers[14], $"'{part}' không phải 'kỷ luật', 'khiếu nại' hay 'thanh tra'."));
        }

        var honours = new List<HeldHonour>();
        foreach (var part in (Text(15) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ReadHonour(part) is { } honour) honours.Add(honour);
            else errors.Add(new RowError(row, Headers[15], $"Khen thưởng '{part}' thiếu tên hình thức; ghi dạng 'tên hình thức năm', thêm * ở cuối nếu là khen thưởng đột xuất."));
        }

        // Read here rather than by the API's validator, so that a refusal quotes what the clerk typed, not an API code.
        string? target = null;
        if (kind is not null)
        {
            var (named, wrong) = ReportCategories.ReadTarget(Text(16), kind == NomineeInput.Collective ? NomineeKind.Collective : NomineeKind.Individual);
            if (wrong is not null) errors.Add(new RowError(row, Headers[16], wrong));
            else if (named is { } t) target = ReportCategories.Code(t);
        }

        if (errors.Count > 0 || kind is null) return (null, errors);
        var input = kind == NomineeInput.Collective
            ? new NomineeInput(kind, Text(1), Text(10), ParentUnitName: Text(7), MemberCount: members, WomenShare: women, Target: target)
            : new NomineeInput(kind, Text(1), Text(10), DateOfBirth: born, Sex: sex, Position: Text(4), Workplace: Text(5), CitizenId: citizenId,
                FormerCitizenId: formerCitizenId, Group: Text(12), ServicePeriods: periods.Count > 0 ? periods : null,
                HonoursHeld: honours.Count > 0 ? honours : null,
                PendingDiscipline: discipline, PendingComplaint: complaint, PendingInspection: inspection, Target: target);
        return (input, errors);
    }

    /// <summary>"Giấy khen của Giám đốc Công an tỉnh 2018": the name, a trailing year (optionally after "năm"), a trailing * for an ad-hoc award.</summary>
    private static HeldHonour? ReadHonour(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(.*?)(?:[\s,(]+(?:năm\s+)?(\d{4})\)?)?\s*(\*)?$");
        var name = match.Groups[1].Value.Trim().TrimEnd(',', '-').Trim();
        if (name.Length == 0 || name.All(c => char.IsAsciiDigit(c) || c == '/')) return null;
        return new HeldHonour(name, match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null, match.Groups[3].Success);
    }

    /// <summary>"01/01/2005-31/12/2015 Xã Đông Tiến", the end left out for "to this day", a trailing * for time counted double.</summary>
    private static ServicePeriod? ReadPeriod(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(\d{1,2}/\d{1,2}/\d{4})\s*-\s*(\d{1,2}/\d{1,2}/\d{4})?\s+(.+?)\s*(\*)?$");
        if (!match.Success || ReadDate(match.Groups[1].Value) is not { } from) return null;
        DateOnly? to = null;
        if (match.Groups[2].Success && (to = ReadDate(match.Groups[2].Value)) is null) return null;
        return new ServicePeriod(from, to, match.Groups[3].Value, CountsDouble: match.Groups[4].Success);
    }

    private static DateOnly? ReadDate(string text) =>
        DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Excel drops the leading 0 of a number typed without the text format: a CCCD of 11 digits or a CMND of 8 gets it back.</summary>
    internal static string? LeadingZero(string? number, int digits) =>
        number is { } n && n.Length == digits - 1 && n.All(char.IsAsciiDigit) ? "0" + n : number;

    private static string? Invalid(List<RowError> errors, int row, int column, string message)
    {
        errors.Add(new RowError(row, Headers[column], message));
        return null;
    }

    private static string ColumnOf(string property) => property.Split('[')[0] switch
    {
        nameof(NomineeInput.Kind) => Headers[0],
        nameof(NomineeInput.Name) => Headers[1],
        nameof(NomineeInput.DateOfBirth) => Headers[2],
        nameof(NomineeInput.Sex) => Headers[3],
        nameof(NomineeInput.Position) => Headers[4],
        nameof(NomineeInput.Workplace) => Headers[5],
        nameof(NomineeInput.CitizenId) => Headers[6],
        nameof(NomineeInput.ParentUnitName) => Headers[7],
        nameof(NomineeInput.MemberCount) => Headers[8],
        nameof(NomineeInput.WomenShare) => Headers[9],
        nameof(NomineeInput.Achievements) => Headers[10],
        nameof(NomineeInput.FormerCitizenId) => Headers[11],
        nameof(NomineeInput.Group) => Headers[12],
        nameof(NomineeInput.ServicePeriods) => Headers[13],
        nameof(NomineeInput.HonoursHeld) => Headers[15],
        nameof(NomineeInput.Target) => Headers[16],
        _ => property,
    };

    internal static SpreadsheetDocument Open(Stream xlsx)
    {
        try
        {
            // A small upload must not unpack into a huge sheet: 500 full rows need well under a tenth of this.
            return SpreadsheetDocument.Open(xlsx, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw NotASheet();
        }
    }

    internal static DomainException NotASheet() =>
        new("Không đọc được tệp: hãy dùng tệp Excel .xlsx theo mẫu (tải mẫu ở nút 'Tải mẫu Excel').", "file");

    /// <summary>The cells of a row by column (0 = A), as text; numbers keep their invariant form.</summary>
    internal static Dictionary<int, string> Cells(Row row, List<string> strings)
    {
        var cells = new Dictionary<int, string>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
            next = column + 1;
            cells[column] = cell.DataType?.Value switch
            {
                var t when t == CellValues.SharedString => int.TryParse(cell.CellValue?.Text, out var i) && i < strings.Count ? strings[i] : "",
                var t when t == CellValues.InlineString => cell.InlineString?.InnerText ?? "",
                var t when t == CellValues.Boolean => cell.CellValue?.Text == "1" ? "TRUE" : "FALSE",
                _ => cell.CellValue?.Text ?? "",
            };
        }
        return cells;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }

    internal static Row Row(uint index, IEnumerable<string> values, uint style) =>
        new(values.Select((v, i) => new Cell
        {
            CellReference = $"{(char)('A' + i)}{index}",
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(v)),
            StyleIndex = style,
        }))
        { RowIndex = index };

    internal static DataValidation List(string range, string formula) => new(new Formula1(formula))
    {
        Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ShowDropDown = false,
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
    };

    /// <summary>0: default; 1: bold header on a light fill, wrapped; 2: text (so CCCD numbers keep their leading 0).</summary>
    internal static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFEF3C7" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            { FontId = 1, FillId = 2, NumberFormatId = 49, ApplyFont = true, ApplyFill = true, ApplyAlignment = true, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true })
        { Count = 3 });
}
