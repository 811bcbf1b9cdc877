using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;

namespace ToanDan.Awards.Host.Features.History;

/// <summary>
/// The published template of past awards (one line per awardee of a decision) and the reading of a filled copy, with
/// the streaming reader and the size limits of the nominee sheet (<see cref="NomineeSpreadsheet"/>). Only the form of
/// each cell is checked here; what the cells mean (award type, unit, the person) is checked by the import.
/// </summary>
public static class PastAwardSpreadsheet
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;
    public const string TemplateFileName = "mau-nhap-khen-thuong-da-co.xlsx";

    public static readonly IReadOnlyList<string> Headers =
    [
        "Số quyết định", "Ngày quyết định (dd/MM/yyyy)", "Cơ quan ban hành", "Loại khen thưởng (mã hoặc tên)", "Loại (Tập thể/Cá nhân)",
        "Tên tập thể / Họ và tên", "Ngày sinh (dd/MM/yyyy)", "Giới tính", "Số CCCD", "Số CMND cũ (9 số)", "Mã đơn vị (nếu có trong hệ thống)",
        "Đơn vị (tên lúc khen thưởng)", "Đột xuất (x nếu khen thưởng đột xuất)", "Đối tượng (không bắt buộc)",
        "Phương thức khen thưởng (không bắt buộc)",
    ];

    private static readonly string[] Example =
    [
        "96/QĐ-BCA", "12/08/2019", "Bộ Công an", "KNC-BVANTQ", "Cá nhân", "Lê Văn Tám", "10/02/1960", "Nam", "", "171234567",
        "TH-DONGTIEN", "Xã Đông Tiến, huyện Đông Sơn", "", ReportCategories.NameOf(AwardeeTarget.DirectWorker), ReportCategories.NameOf(AwardMethod.Seniority),
    ];

    private static readonly string[] Guide =
    [
        "Hướng dẫn điền danh sách khen thưởng đã có",
        NomineeSpreadsheet.OneRowEach("tập thể hoặc cá nhân của một quyết định", "Khen thưởng đã có"),
        "Ngày ghi dạng dd/MM/yyyy, ví dụ 12/08/2019. Số CCCD, CMND ghi dạng văn bản để giữ số 0 ở đầu.",
        "Cá nhân cần ít nhất số CCCD, số CMND cũ hoặc ngày sinh; tập thể để trống các cột đó.",
        "Mã đơn vị: ghi nếu đơn vị có trong hệ thống; tên đơn vị ghi như quyết định đã ghi.",
        "Đột xuất: ghi \"x\" (hoặc \"có\") nếu là khen thưởng đột xuất; để trống nếu là khen thưởng theo đợt hoặc thường xuyên."
            + " Khen thưởng đột xuất không được tính làm điều kiện để đề nghị hình thức khen thưởng cao hơn.",
        "Hai cột cuối (không bắt buộc) dùng cho Biểu số 0603.N/BNV-TĐKT; để trống thì khen thưởng chỉ được tính ở các dòng 01, 02 và 05 của biểu.",
        "• Đối tượng: đúng một trong các tên sau, theo loại tập thể hay cá nhân của dòng:",
        .. ReportCategories.Targets.Select(t => $"  {(t.Kind == NomineeKind.Collective ? "Tập thể" : "Cá nhân")}: {t.Name}"),
        $"• Phương thức khen thưởng: một trong {string.Join(", ", ReportCategories.Methods.Select(m => m.Name))}."
            + " Phương thức 'Đột xuất' cũng là khen thưởng đột xuất (như ghi \"x\" ở cột Đột xuất).",
        "Cả tệp được nhập, hoặc không dòng nào nếu có dòng lỗi; mỗi lỗi ghi rõ dòng, cột và lý do.",
    ];

    private static readonly double[] Widths = [16, 16, 26, 26, 14, 32, 14, 10, 16, 16, 18, 34, 16, 40, 22];

    /// <summary>A line of the sheet as typed, its cells checked for form only.</summary>
    public sealed record Line(int Row, string DecisionNumber, DateOnly IssuedOn, string Issuer, string AwardType, NomineeKind Kind, string Name,
        DateOnly? DateOfBirth, Sex? Sex, string? CitizenId, string? FormerCitizenId, string? UnitCode, string UnitName, bool AdHoc = false,
        AwardeeTarget? Target = null, AwardMethod? Method = null);

    public sealed record Result(IReadOnlyList<Line> Lines, IReadOnlyList<NomineeSpreadsheet.RowError> Errors);

    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = NomineeSpreadsheet.Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { TabSelected = true, WorkbookViewId = 0 }),
                new Columns(Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true, Style = 2 })),
                new SheetData(NomineeSpreadsheet.Row(1, Headers, style: 1), NomineeSpreadsheet.Row(2, Example, style: 2)),
                new DataValidations(NomineeSpreadsheet.List("E2:E10000", "\"Tập thể,Cá nhân\""), NomineeSpreadsheet.List("H2:H10000", "\"Nam,Nữ\""),
                    NomineeSpreadsheet.List("M2:M10000", "\"x\""),
                    NomineeSpreadsheet.List("O2:O10000", $"\"{string.Join(",", ReportCategories.Methods.Select(m => m.Name))}\""))
                { Count = 4 });
            // The list stays the first sheet: it is the one read back.
            var guidePart = workbook.AddNewPart<WorksheetPart>();
            guidePart.Worksheet = new Worksheet(
                new Columns(new Column { Min = 1, Max = 1, Width = 120, CustomWidth = true }),
                new SheetData(Guide.Select((line, i) => NomineeSpreadsheet.Row((uint)i + 1, [line], style: i == 0 ? 1u : 0u))));
            workbook.Workbook.AppendChild(new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Khen thưởng đã có" },
                new Sheet { Id = workbook.GetIdOfPart(guidePart), SheetId = 2, Name = "Hướng dẫn" }));
        }
        return stream.ToArray();
    }

    /// <summary>Reads the first sheet: row 1 holds the headers, the awardees start on row 2; empty rows are skipped.</summary>
    public static Result Read(Stream xlsx)
    {
        using var document = NomineeSpreadsheet.Open(xlsx);
        try
        {
            return Read(document);
        }
        // Parts load as they are read: a part past the size limit (a zip bomb) or broken XML shows here.
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or InvalidDataException or IOException or ArgumentOutOfRangeException)
        {
            throw NomineeSpreadsheet.NotASheet();
        }
    }

    private static Result Read(SpreadsheetDocument document)
    {
        var lines = new List<Line>();
        var errors = new List<NomineeSpreadsheet.RowError>();
        var workbook = document.WorkbookPart ?? throw NomineeSpreadsheet.NotASheet();
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw NomineeSpreadsheet.NotASheet();
        if (first.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet) throw NomineeSpreadsheet.NotASheet();
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

        using var rows = NomineeSpreadsheet.Rows(sheet).GetEnumerator();
        if (!rows.MoveNext() || rows.Current.Number != 1
            || !VietnameseText.Key(NomineeSpreadsheet.Cells(rows.Current.Row, strings).GetValueOrDefault(0)).StartsWith("so quyet dinh", StringComparison.Ordinal))
            throw new DomainException("Tệp không đúng mẫu: dòng 1 phải là tiêu đề của mẫu Excel (cột A là 'Số quyết định'). Hãy tải mẫu và điền lại.", "file");

        while (rows.MoveNext())
        {
            var (number, row) = rows.Current;
            var cells = NomineeSpreadsheet.Cells(row, strings);
            if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
            if (lines.Count + errors.Select(e => e.Row).Distinct().Count() >= MaxRows)
            {
                errors.Add(new(number, "", $"Mỗi lần chỉ nhập được tối đa {MaxRows} dòng; hãy chia tệp, các dòng từ dòng {number} trở đi chưa được đọc."));
                break;
            }
            var (line, rowErrors) = Parse(number, cells);
            if (line is not null) lines.Add(line);
            else errors.AddRange(rowErrors);
        }
        return new Result(lines, errors);
    }

    private static (Line? Line, List<NomineeSpreadsheet.RowError> Errors) Parse(int row, Dictionary<int, string> cells)
    {
        var errors = new List<NomineeSpreadsheet.RowError>();
        string? Text(int column) => cells.GetValueOrDefault(column)?.Trim() is { Length: > 0 } t ? t : null;
        string Required(int column, string why)
        {
            if (Text(column) is { } text)
            {
                if (text.Length > 256) errors.Add(new(row, Headers[column], "Dài quá 256 ký tự."));
                return text;
            }
            errors.Add(new(row, Headers[column], why));
            return "";
        }
        DateOnly? Date(int column, string what)
        {
            if (Text(column) is not { } text) return null;
            if (DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            errors.Add(new(row, Headers[column], $"{what} '{text}' không đúng dạng dd/MM/yyyy."));
            return null;
        }

        var decisionNumber = Required(0, "Hãy ghi số quyết định (ví dụ 125/QĐ-BCA).");
        var issuedOn = Date(1, "Ngày quyết định");
        if (issuedOn is null && Text(1) is null) errors.Add(new(row, Headers[1], "Hãy ghi ngày ký quyết định."));
        var issuer = Required(2, "Hãy ghi cơ quan ban hành quyết định.");
        var awardType = Required(3, "Hãy ghi loại khen thưởng (mã, ví dụ KNC-BVANTQ, hoặc tên).");
        NomineeKind? kind = VietnameseText.Key(Text(4)) switch
        {
            "tap the" => NomineeKind.Collective,
            "ca nhan" => NomineeKind.Individual,
            _ => null,
        };
        if (kind is null) errors.Add(new(row, Headers[4], "Loại phải là 'Tập thể' hoặc 'Cá nhân'."));
        var name = Required(5, "Hãy ghi tên tập thể hoặc họ và tên.");
        var born = Date(6, "Ngày sinh");
        Sex? sex = VietnameseText.Key(Text(7)) switch
        {
            "" => null,
            "nam" => Domain.Sex.Male,
            "nu" => Domain.Sex.Female,
            _ => null,
        };
        if (sex is null && Text(7) is { } typedSex) errors.Add(new(row, Headers[7], $"Giới tính phải là 'Nam' hoặc 'Nữ', không phải '{typedSex}'."));

        var citizenId = NomineeSpreadsheet.LeadingZero(Text(8), 12);
        var formerId = NomineeSpreadsheet.LeadingZero(Text(9), 9);
        if (citizenId is not null && !PersonName.IsCitizenId(citizenId)) errors.Add(new(row, Headers[8], PersonName.CitizenIdRule));
        if (formerId is not null && !PersonName.IsFormerCitizenId(formerId)) errors.Add(new(row, Headers[9], PersonName.FormerCitizenIdRule));
        if (kind == NomineeKind.Collective)
        {
            if (citizenId is not null || formerId is not null || born is not null || sex is not null)
                errors.Add(new(row, Headers[4], "Tập thể không có ngày sinh, giới tính, số CCCD hay CMND: hãy để trống các cột đó hoặc sửa Loại thành 'Cá nhân'."));
        }
        else if (kind == NomineeKind.Individual && citizenId is null && formerId is null && born is null)
            errors.Add(new(row, Headers[8], "Cần ít nhất số CCCD, số CMND cũ hoặc ngày sinh để nhận ra người được khen thưởng."));
        var unitName = Required(11, "Hãy ghi tên đơn vị như quyết định đã ghi.");
        bool? adHoc = VietnameseText.Key(Text(12)) switch
        {
            "" or "khong" => false,
            "x" or "co" => true,
            _ => null,
        };
        if (adHoc is null) errors.Add(new(row, Headers[12], $"Cột Đột xuất ghi 'x' (hoặc 'có') nếu là khen thưởng đột xuất, để trống nếu không; không phải '{Text(12)}'."));

        AwardeeTarget? target = null;
        if (kind is not null)
        {
            var (read, wrong) = ReportCategories.ReadTarget(Text(13), kind.Value);
            if (wrong is not null) errors.Add(new(row, Headers[13], wrong));
            target = read;
        }
        var (method, unknownMethod) = ReportCategories.ReadMethod(Text(14));
        if (unknownMethod is not null) errors.Add(new(row, Headers[14], unknownMethod));
        else if (adHoc == true && method is { } m && m != AwardMethod.AdHoc) errors.Add(new(row, Headers[14], ReportCategories.AdHocButMethod(m)));

        if (errors.Count > 0) return (null, errors);
        return (new Line(row, decisionNumber, issuedOn!.Value, issuer, awardType, kind!.Value, name, born, sex, citizenId, formerId, Text(10), unitName,
            adHoc!.Value || method == AwardMethod.AdHoc, target, method), errors);
    }
}
