using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Features.Statistics.ReportForms;

/// <summary>
/// What awarded in the year counts, grouped: one award type, collective or individual, whether outside any round
/// (<c>AdHoc</c>: a decision outside any round, or an imported award its register marks đột xuất; false: a decision of a
/// round; null: another imported award, whose procedure the register does not say), who the awardee is (<c>Target</c>)
/// and the way of awarding (<c>Method</c>) as the dossier or the imported register gave them; null where they did not say.
/// </summary>
/// <para><c>Column</c> is the numbered column of the form the award type counts in, as the administrators placed it
/// (<see cref="ReportColumn"/>); null: in none, or not placed yet (<c>Placed</c> false).</para>
public sealed record AwardCount(string AwardType, NomineeKind Kind, bool? AdHoc, int Count, AwardeeTarget? Target = null, AwardMethod? Method = null,
    int? Column = null, bool Placed = true, int AwardTypeId = 0)
{
    /// <summary>How the award counts in rows 11–17: as the dossier said; else đột xuất for a decision outside any round.</summary>
    public AwardMethod? CountedMethod => Method ?? (AdHoc == true ? AwardMethod.AdHoc : null);
}

/// <summary>A phong trào thi đua as form 0601 counts it: by level, scope, method and length in whole months.</summary>
public sealed record MovementCount(MovementLevel Level, MovementScope Scope, MovementMethod Method, int Months);

/// <summary>An award type an administrator placed in a column of the form, and the kinds of awardee it is given to.</summary>
public sealed record PlacedAwardType(int AwardTypeId, string Name, int Column, IReadOnlyList<NomineeKind> Kinds);

/// <summary>What a form is filled with: who reports, to whom, for which year, and the counts of the caller's visible data.</summary>
public sealed record FormData(Issuer Issuer, int Year, IReadOnlyList<AwardCount> Awards, IReadOnlyList<MovementCount>? MovementList = null,
    IReadOnlyList<PlacedAwardType>? PlacementList = null)
{
    public IReadOnlyList<MovementCount> Movements => MovementList ?? [];

    /// <summary>The award types placed in the form's columns (form 0602 gives some of them a column each).</summary>
    public IReadOnlyList<PlacedAwardType> Placements => PlacementList ?? [];

    /// <summary>
    /// Who receives the report: the issuer's parent authority where it has one (Công an tỉnh → Bộ Công an), otherwise the
    /// Ministry of Home Affairs, which the statistical reporting regime of the home-affairs sector reports to.
    /// </summary>
    public string ReceivingUnit => Issuer.ParentAuthority.Length > 0 ? Issuer.ParentAuthority : "Bộ Nội vụ";
}

/// <summary>A statistical report form (biểu mẫu báo cáo thống kê) the system fills from its data.</summary>
public interface IReportForm
{
    /// <summary>The address key: <c>0603</c> in <c>/api/statistics/forms/0603.xlsx</c>.</summary>
    string Key { get; }

    /// <summary>The form's code as printed: <c>0603.N/BNV-TĐKT</c>.</summary>
    string Code { get; }

    string Title { get; }

    byte[] Build(FormData data);
}

/// <summary>A form whose numbered columns administrators place award types in (<see cref="ReportColumn"/> of its key).</summary>
public interface IColumnedForm : IReportForm
{
    IEnumerable<(int Column, string Heading)> ColumnChoices { get; }
}

/// <summary>
/// The forms of Thông tư 02/2023/TT-BNV (23/3/2023) on emulation and commendation the system produces, and the parts
/// every form shares: the header block, the signature block.
/// <para>
/// Source of the layout: the circular's Phụ lục II (its forms and their explanation) could not be read here. The codes,
/// titles, row and column headings follow a public implementation of the circular's forms,
/// <c>lifephongphanmem/thiduakhenthuong</c>, <c>resources/views/BaoCao/TT022023/Mau0601…0605.blade.php</c> (0601.N Số
/// phong trào thi đua, 0602.N Số lượng khen thưởng cấp Nhà nước, 0603.N Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể
/// Trung ương và tỉnh, 0604.N/0605.N the organisations and civil servants doing the work), compared cell by cell again on
/// 4/12/2026. Confirmed from public texts: the reporting unit at the top right with the receiving unit under it, and the
/// form code's parts (lawnet.vn on TT 02/2023 and TT 03/2018); form 0601's levels (indicator 0601 of Thông tư
/// 09/2022/TT-BNV, Phụ lục II, Phần 06) and its scopes and methods (Luật Thi đua, khen thưởng 2022, Điều 16).
/// Thông tư 18/2025/TT-BNV (08/10/2025) sets the sector's statistical reporting regime anew; its forms could not be read,
/// so whether it renumbers or changes these is not known (README "Report forms" lists what was searched).
/// </para>
/// </summary>
public static class ReportFormCatalogue
{
    public const string Circular = "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023";

    /// <summary>From the public implementation above; not confirmed against the circular.</summary>
    public const string ReceivingDate = "Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo";

    /// <summary>The note under a columned form naming the award types not placed in any of its columns.</summary>
    public static string Unplaced(string whereNot, IEnumerable<string> awardTypes) =>
        $"Chưa được xếp vào cột nào{whereNot}, nên chưa tính: {string.Join("; ", awardTypes)}; quản trị viên xếp cột tại Quản trị › Cột biểu mẫu thống kê.";

    public static readonly IReadOnlyList<IReportForm> Forms = [new Form0601(), new Form0602(), new Form0603()];

    /// <summary>The form whose columns <paramref name="key"/> names (none: 0603, the one the columns were first kept for), or null.</summary>
    public static IColumnedForm? Columned(string? key) =>
        string.IsNullOrWhiteSpace(key) ? new Form0603() : Find(key) as IColumnedForm;

    /// <summary>The last note of every form: where its layout comes from, and what is not confirmed.</summary>
    public const string SourceNote = "Bố cục biểu lấy theo bản triển khai công khai của Thông tư 02/2023/TT-BNV, chưa đối chiếu được với Phụ lục II " +
        "(văn bản gốc) của Thông tư; chưa xác định được Thông tư số 18/2025/TT-BNV ngày 08/10/2025 quy định Chế độ báo cáo thống kê ngành Nội vụ " +
        "có thay đổi số hiệu hay bố cục của biểu này hay không.";

    /// <summary>The circular's other forms on emulation and commendation, and why the system does not fill them.</summary>
    public static readonly IReadOnlyList<(string Key, string Code, string Title, string Why)> NotProduced =
    [
        ("0604", "0604.N/BNV-TĐKT", "Số lượng tổ chức làm công tác thi đua, khen thưởng", "hệ thống không quản lý tổ chức bộ máy làm công tác thi đua, khen thưởng"),
        ("0605", "0605.N/BNV-TĐKT", "Số lượng công chức làm công tác thi đua, khen thưởng", "hệ thống không quản lý công chức làm công tác thi đua, khen thưởng"),
    ];

    public static IReportForm? Find(string? key) => Forms.FirstOrDefault(f => string.Equals(f.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Why there is no such form to download: not one of the circular's, or one the data cannot fill.</summary>
    public static string UnknownForm(string? key)
    {
        var produced = $"Các biểu mẫu xuất được: {string.Join(", ", Forms.Select(f => $"{f.Key} ({f.Code})"))}.";
        return NotProduced.FirstOrDefault(f => string.Equals(f.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Code: not null } other
            ? $"Biểu số {other.Code} ({other.Title}) chưa xuất được: {other.Why}. {produced}"
            : $"Không có biểu mẫu '{key}'. {produced}";
    }

    /// <summary>The header block of a form spanning columns A to <paramref name="lastColumn"/>: rows 1–6.</summary>
    public static void Header(FormSheet sheet, IReportForm form, FormData data, string lastColumn, string rightColumn)
    {
        sheet.Put("A1", $"Biểu số: {form.Code}", FormStyle.Bold)
            .Put($"{rightColumn}1", $"Đơn vị báo cáo: {data.Issuer.Name}", FormStyle.Bold)
            .Put("A2", Circular, FormStyle.Italic)
            .Put($"{rightColumn}2", $"Đơn vị nhận báo cáo: {data.ReceivingUnit}", FormStyle.Bold)
            .Put("A3", ReceivingDate, FormStyle.Italic)
            .Merge($"A5:{lastColumn}5", form.Title, FormStyle.Title)
            .Merge($"A6:{lastColumn}6", $"Năm {data.Year}", FormStyle.CentredItalic);
    }

    /// <summary>The notes under the table and the signature block, from <paramref name="row"/> on.</summary>
    public static void Footer(FormSheet sheet, FormData data, uint row, string lastColumn, string rightColumn, IEnumerable<string> notes)
    {
        foreach (var note in notes)
            sheet.Merge($"A{row}:{lastColumn}{row++}", note, FormStyle.Italic);
        row++;
        sheet.Put($"{rightColumn}{row++}", $"{data.Issuer.Place}, ngày …… tháng …… năm ……", FormStyle.CentredItalic);
        sheet.Put($"A{row}", "NGƯỜI LẬP BIỂU", FormStyle.CentredBold).Put($"{rightColumn}{row++}", data.Issuer.DeciderTitle.ToUpperInvariant(), FormStyle.CentredBold);
        sheet.Put($"A{row}", "(Ký, họ tên)", FormStyle.CentredItalic).Put($"{rightColumn}{row}", "(Ký, họ tên, đóng dấu)", FormStyle.CentredItalic);
        row += 4;
        sheet.Put($"{rightColumn}{row}", data.Issuer.DeciderName, FormStyle.CentredBold);
    }
}
