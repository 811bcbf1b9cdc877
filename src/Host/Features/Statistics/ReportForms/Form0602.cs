using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Features.Statistics.ReportForms;

/// <summary>
/// Biểu số 0602.N/BNV-TĐKT, "Số lượng khen thưởng cấp Nhà nước", yearly: the state-level awards (Huân chương, Huy chương,
/// Giải thưởng Hồ Chí Minh / Nhà nước, danh hiệu vinh dự Nhà nước, Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng Chính
/// phủ, Chiến sĩ thi đua toàn quốc, others) by form of award (columns 2–9), by who proposed them (rows 02–03), who was
/// awarded (rows 06–14) and how (rows 15–21). Layout as in <see cref="ReportFormCatalogue"/>'s source
/// (<c>Mau0602.blade.php</c>): columns 2, 5 and 9 have "one column per form of award", so each award type placed there gets
/// its own column; each column is split into collectives and individuals as the source splits it.
/// <para>
/// These awards are decided by the President or the Prime Minister, never by the system's issuers: the reporting unit is
/// the one that proposed them (the form's row group 1 is "by the unit that submitted the proposal to the Prime Minister").
/// So the form counts, for an issuer, the awards of award types it handles (its kind) given to its units' people by another
/// authority, as imported (<see cref="PastAward"/>), and any decision of its own of an award type placed in this form.
/// </para>
/// </summary>
public sealed class Form0602 : IColumnedForm
{
    public string Key => FormKey;
    public string Code => "0602.N/BNV-TĐKT";
    public string Title => "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC";

    public const string FormKey = "0602";

    /// <summary>
    /// The numbered columns 2–9 ("Chia ra"), whether each holds one column per award type placed in it (<c>PerAwardType</c>),
    /// and the kinds of awardee the source gives it (Tập thể, Cá nhân).
    /// </summary>
    public static readonly IReadOnlyList<(int Column, string Heading, bool PerAwardType, NomineeKind[] Kinds)> Columns =
    [
        (2, "Các loại huân chương, huy chương (Mỗi hình thức khen thưởng ghi riêng một cột)", true, [NomineeKind.Collective, NomineeKind.Individual]),
        (3, "Giải thưởng Hồ Chí Minh", false, [NomineeKind.Individual]),
        (4, "Giải thưởng Nhà nước", false, [NomineeKind.Individual]),
        (5, "Danh hiệu vinh dự Nhà nước (Mỗi hình thức khen thưởng ghi riêng một cột)", true, [NomineeKind.Collective, NomineeKind.Individual]),
        (6, "Cờ thi đua của Chính phủ", false, [NomineeKind.Collective]),
        (7, "Bằng khen của Thủ tướng Chính phủ", false, [NomineeKind.Collective, NomineeKind.Individual]),
        (8, "Danh hiệu “Chiến sĩ thi đua toàn quốc”", false, [NomineeKind.Individual]),
        (9, "Các hình thức khen thưởng khác (Mỗi hình thức khen thưởng ghi riêng một cột)", true, [NomineeKind.Collective, NomineeKind.Individual]),
    ];

    public IEnumerable<(int Column, string Heading)> ColumnChoices => Columns.Select(c => (c.Column, c.Heading));

    /// <summary>The issuers whose proposals reach the Prime Minister as a province's (row 03); the others' go as a ministry's (row 02).</summary>
    public static bool ProposesAsProvince(Issuer issuer) => issuer.Kind == IssuerKinds.ProvinceCommittee;

    // The source numbers the rows 1, 2, 3, then 6 to 21: there is no row 04 or 05.
    private static AwardLine[] Lines(bool province) =>
    [
        AwardLine.Total(),
        AwardLine.Section(1, "Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng"),
        new("- Bộ, ban, ngành, đoàn thể Trung ương", "02", "Bộ, ngành", _ => !province),
        new("- Tỉnh, thành phố trực thuộc Trung ương", "03", "Tỉnh, TP", _ => province),
        .. AwardLine.ByAwardeeAndMethod(section: 2, first: 6),
    ];

    /// <summary>A column of counts: a numbered column, the award type it is for (a column with one per award type), a kind.</summary>
    private sealed record Slot(int Column, int? AwardTypeId, NomineeKind Kind);

    /// <summary>The first table row and the first column of counts (E); the test reads the cells from here.</summary>
    public const uint FirstRow = 13;

    /// <summary>
    /// The sub-columns of each numbered column: the source's kinds, widened by what the award types placed there allow and
    /// what the year's data holds, so that no award counted is left without a cell; in a column of one column per award
    /// type, one per award type placed there (none placed: one empty, as the source prints it).
    /// </summary>
    private static List<(int Column, string? SubHeading, List<Slot> Slots)> Layout(FormData data)
    {
        var layout = new List<(int, string?, List<Slot>)>();
        foreach (var (column, _, perAwardType, kinds) in Columns)
        {
            var placed = data.Placements.Where(p => p.Column == column).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            List<NomineeKind> KindsOf(IEnumerable<PlacedAwardType> types, IEnumerable<NomineeKind> start)
            {
                var ids = types.Select(t => t.AwardTypeId).ToHashSet();
                var all = start.Concat(types.SelectMany(t => t.Kinds))
                    .Concat(data.Awards.Where(a => a.Column == column && ids.Contains(a.AwardTypeId)).Select(a => a.Kind)).ToHashSet();
                return [.. new[] { NomineeKind.Collective, NomineeKind.Individual }.Where(all.Contains)];
            }
            if (!perAwardType) layout.Add((column, null, [.. KindsOf(placed, kinds).Select(k => new Slot(column, null, k))]));
            else if (placed.Count == 0) layout.Add((column, "", [.. kinds.Select(k => new Slot(column, -1, k))]));
            else
                foreach (var type in placed)
                    layout.Add((column, type.Name, [.. KindsOf([type], []).DefaultIfEmpty(NomineeKind.Individual).Select(k => new Slot(column, type.AwardTypeId, k))]));
        }
        return layout;
    }

    public byte[] Build(FormData data)
    {
        var layout = Layout(data);
        var slots = layout.SelectMany(l => l.Slots).ToList();
        var last = FormSheet.Letters(4 + slots.Count);
        var right = FormSheet.Letters(Math.Max(5, 4 + (slots.Count / 2)));
        var sheet = new FormSheet("0602.N").Width("A", 52).Width("B", 8).Width("C", 12).Width("D", 10);
        for (var i = 0; i < slots.Count; i++) sheet.Width(FormSheet.Letters(5 + i), 12);
        ReportFormCatalogue.Header(sheet, this, data, last, right);
        sheet.Merge("A8:A11", "", FormStyle.Heading).Merge("B8:B11", "Mã số", FormStyle.Heading).Merge("C8:C11", "Đơn vị tính", FormStyle.Heading)
            .Merge("D8:D11", "Tổng số", FormStyle.Heading);
        Span(sheet, 8, 8, 5, 4 + slots.Count, "Chia ra");
        sheet.Put("A12", "A", FormStyle.Heading).Put("B12", "B", FormStyle.Heading).Put("C12", "C", FormStyle.Heading).Put("D12", "1", FormStyle.Heading);
        var at = 5;
        foreach (var (column, heading, perAwardType, _) in Columns)
        {
            var parts = layout.Where(l => l.Column == column).ToList();
            var width = parts.Sum(p => p.Slots.Count);
            if (perAwardType)
            {
                Span(sheet, 9, 9, at, at + width - 1, heading);
                var sub = at;
                foreach (var part in parts)
                {
                    Span(sheet, 10, 10, sub, sub + part.Slots.Count - 1, part.SubHeading ?? "");
                    sub += part.Slots.Count;
                }
            }
            else Span(sheet, 9, 10, at, at + width - 1, heading);
            Span(sheet, 12, 12, at, at + width - 1, column.ToString(System.Globalization.CultureInfo.InvariantCulture));
            at += width;
        }
        for (var i = 0; i < slots.Count; i++)
            sheet.Put($"{FormSheet.Letters(5 + i)}11", slots[i].Kind == NomineeKind.Collective ? "Tập thể" : "Cá nhân", FormStyle.Heading);

        var counted = data.Awards.Where(a => a.Column is not null).ToList();
        var row = FirstRow;
        foreach (var line in Lines(ProposesAsProvince(data.Issuer)))
        {
            sheet.Put($"A{row}", line.Label, line.Bold || line.Heading ? FormStyle.BoldCell : FormStyle.Cell)
                .Put($"B{row}", line.Code, FormStyle.CentredCell).Put($"C{row}", line.Unit, FormStyle.CentredCell);
            var cells = new int?[slots.Count];
            if (line.Counts is { } counts)
                for (var i = 0; i < slots.Count; i++)
                {
                    var slot = slots[i];
                    cells[i] = counted.Where(a => a.Column == slot.Column && a.Kind == slot.Kind && (slot.AwardTypeId is null || a.AwardTypeId == slot.AwardTypeId) && counts(a))
                        .Sum(a => a.Count);
                }
            sheet.Put($"D{row}", line.Counts is null ? null : cells.Sum(), FormStyle.CentredCell);
            for (var i = 0; i < slots.Count; i++) sheet.Put($"{FormSheet.Letters(5 + i)}{row}", cells[i], FormStyle.CentredCell);
            row++;
        }
        ReportFormCatalogue.Footer(sheet, data, row + 1, last, right, Notes(data));
        return FormSheet.Workbook(sheet);
    }

    /// <summary>A heading over rows <paramref name="r1"/>–<paramref name="r2"/>, columns <paramref name="c1"/>–<paramref name="c2"/>: merged unless one cell.</summary>
    private static void Span(FormSheet sheet, uint r1, uint r2, int c1, int c2, string text)
    {
        if (r1 == r2 && c1 == c2) sheet.Put($"{FormSheet.Letters(c1)}{r1}", text, FormStyle.Heading);
        else sheet.Merge($"{FormSheet.Letters(c1)}{r1}:{FormSheet.Letters(c2)}{r2}", text, FormStyle.Heading);
    }

    private static string Tally(IEnumerable<AwardCount> awards) =>
        VietnameseWording.Tally(awards.Where(a => a.Kind == NomineeKind.Collective).Sum(a => a.Count), awards.Where(a => a.Kind == NomineeKind.Individual).Sum(a => a.Count));

    private static IEnumerable<string> Notes(FormData data)
    {
        var issuer = data.Issuer.Name;
        yield return $"Ghi chú: khen thưởng cấp Nhà nước do Chủ tịch nước, Thủ tướng Chính phủ quyết định, nên số liệu tính theo đơn vị trình: " +
            $"các khen thưởng năm {data.Year} của tập thể, cá nhân thuộc {issuer}, thuộc loại khen thưởng do {issuer} trình, đã được nhập vào hệ thống " +
            $"với cơ quan ban hành khác {issuer}, và các quyết định của {issuer} đã ký, chưa thu hồi, của loại khen thưởng được xếp vào biểu này; " +
            "chỉ gồm những gì người xuất biểu được xem.";
        yield return ProposesAsProvince(data.Issuer)
            ? $"{issuer} trình khen thưởng với tư cách tỉnh, thành phố trực thuộc Trung ương: mọi khen thưởng của biểu tính vào dòng 03. Biểu không có dòng mã số 04, 05."
            : $"{issuer} trình khen thưởng qua bộ, ngành (dòng 02): mọi khen thưởng của biểu tính vào dòng 02. Biểu không có dòng mã số 04, 05.";
        var mapped = data.Awards.Where(a => a.Column is not null).Select(a => $"{a.AwardType} → cột {a.Column}").Distinct().ToList();
        if (mapped.Count > 0) yield return $"Loại khen thưởng xếp vào cột theo bảng do quản trị viên quy định (Quản trị › Cột biểu mẫu thống kê, Biểu số 0602): {string.Join("; ", mapped)}.";
        var unplaced = data.Awards.Where(a => !a.Placed).GroupBy(a => a.AwardType).Select(g => $"{g.Key} ({Tally(g)})").ToList();
        if (unplaced.Count > 0)
            yield return ReportFormCatalogue.Unplaced(" của Biểu số 0602", unplaced);
        var left = data.Awards.Where(a => a.Column is null && a.Placed).GroupBy(a => a.AwardType).Select(g => $"{g.Key} ({Tally(g)})").ToList();
        if (left.Count > 0) yield return $"Không tính vào biểu này (không phải hình thức khen thưởng cấp Nhà nước): {string.Join("; ", left)}.";
        var counted = data.Awards.Where(a => a.Column is not null).ToList();
        var noTarget = counted.Where(a => a.Target is null || a.Target is AwardeeTarget.OtherCollective or AwardeeTarget.OtherIndividual).ToList();
        if (noTarget.Count > 0)
            yield return $"Không thuộc dòng 07, 08, 10 đến 14 (tập thể, cá nhân khác, hoặc chưa ghi đối tượng): {Tally(noTarget)}.";
        var noMethod = counted.Where(a => a.CountedMethod is null).ToList();
        if (noMethod.Count > 0) yield return $"Không thuộc dòng 15 đến 21 (chưa ghi phương thức khen thưởng): {Tally(noMethod)}.";
        yield return ReportFormCatalogue.SourceNote;
    }
}
