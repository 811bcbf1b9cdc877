using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToanDan.Awards.Host.Documents;

/// <summary>The <c>Documents</c> configuration section.</summary>
public sealed class DocumentOptions
{
    /// <summary>Debian's headless Chromium prints the PDFs.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>How long one print may take before it is given up.</summary>
    public int PrintTimeoutSeconds { get; set; } = 60;

    /// <summary>Pages printed at once by the one Chromium; further prints wait their turn (each page costs memory).</summary>
    public int MaxConcurrentPrints { get; set; } = 2;

    /// <summary>Memory kept for printed PDFs, served again while their document is unchanged; 0 keeps none (every request
    /// prints, as the PDF benchmark's <c>--distinct</c> measures).</summary>
    public int PdfCacheMegabytes { get; set; } = 64;

    /// <summary>The legal bases ("Căn cứ …") of every decision, one per line; an administrator may correct them here.</summary>
    public List<string> LegalBases { get; set; } = [];

    public static readonly string[] DefaultLegalBases =
    [
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
    ];

    /// <summary>The "Căn cứ" lines a document prints: its issuer's own, else those configured here, else the law's defaults.</summary>
    public IReadOnlyList<string> BasesOr(IReadOnlyList<string> issuerBases) =>
        issuerBases.Count > 0 ? issuerBases : LegalBases.Count > 0 ? LegalBases : DefaultLegalBases;

    /// <summary>
    /// Each award type's certificate form, by award type code: its paper, its printed title and citation, and where every
    /// line sits on its pre-printed blank (mm). The administrator's saved layout of an award type wins over these.
    /// </summary>
    public Dictionary<string, CertificateLayout> Certificates { get; set; } = new()
    {
        [CertificateLayouts.GiayKhen] = CertificateLayouts.GiayKhenForm(),
        [CertificateLayouts.BangKhen] = CertificateLayouts.BangKhenForm(),
        [CertificateLayouts.KyNiemChuong] = CertificateLayouts.KyNiemChuongForm(),
    };

    /// <summary>The form of an award type that <see cref="Certificates"/> does not list (an award type added later).</summary>
    public CertificateLayout Certificate { get; set; } = CertificateLayouts.GiayKhenForm();

    /// <summary>The configured form of an award type (its own, else <see cref="Certificate"/>), as a copy the caller may change.</summary>
    public CertificateLayout CertificateFor(string awardTypeCode) =>
        JsonSerializer.Deserialize<CertificateLayout>(JsonSerializer.Serialize(Certificates.TryGetValue(awardTypeCode, out var layout) ? layout : Certificate))!;
}

/// <summary>The paper a certificate form is printed on.</summary>
public enum CertificatePaper
{
    /// <summary>A4 landscape, 297 × 210 mm (Giấy khen, Bằng khen).</summary>
    [JsonStringEnumMemberName("landscape")] Landscape,

    /// <summary>A4 portrait, 210 × 297 mm (the medal's certificate).</summary>
    [JsonStringEnumMemberName("portrait")] Portrait,
}

/// <summary>
/// One award type's certificate form: the paper, the words of the title and the citation (<c>{năm}</c> becomes the
/// decision's year), and the box of each of its ten lines; through the API every one must be given (no silent defaults).
/// </summary>
public sealed class CertificateLayout
{
    [JsonRequired] public CertificatePaper Paper { get; set; } = CertificatePaper.Landscape;
    [JsonRequired] public string TitleText { get; set; } = "TẶNG GIẤY KHEN";
    [JsonRequired] public string AchievementText { get; set; } = DefaultAchievementText;

    public const string DefaultAchievementText = "Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm {năm}";

    /// <summary>The issuer's heading: its parent authority and its name, in capitals ("BỘ CÔNG AN / CÔNG AN TỈNH THANH HÓA").</summary>
    [JsonRequired] public CertificateField Issuer { get; set; } = new() { X = 15, Y = 14, Width = 100, FontSize = 12, Bold = true };

    /// <summary>Who awards it, in capitals ("GIÁM ĐỐC CÔNG AN TỈNH THANH HÓA").</summary>
    [JsonRequired] public CertificateField Decider { get; set; } = new() { X = 48.5, Y = 52, Width = 200, FontSize = 16, Bold = true };
    [JsonRequired] public CertificateField Title { get; set; } = new() { X = 48.5, Y = 62, Width = 200, FontSize = 24, Bold = true };
    [JsonRequired] public CertificateField Name { get; set; } = new() { X = 60, Y = 88, Width = 177, FontSize = 22, Bold = true };
    [JsonRequired] public CertificateField Workplace { get; set; } = new() { X = 60, Y = 102, Width = 177, FontSize = 15 };
    [JsonRequired] public CertificateField Achievement { get; set; } = new() { X = 45, Y = 115, Width = 207, FontSize = 15, Italic = true };
    [JsonRequired] public CertificateField Decision { get; set; } = new() { X = 30, Y = 168, Width = 110, FontSize = 12 };
    [JsonRequired] public CertificateField PlaceDate { get; set; } = new() { X = 160, Y = 138, Width = 110, FontSize = 13, Italic = true };

    /// <summary>The signer's title lines as on the decision: "GIÁM ĐỐC", or "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" for a deputy.</summary>
    [JsonRequired] public CertificateField Signature { get; set; } = new() { X = 160, Y = 146, Width = 110, FontSize = 13, Bold = true };

    /// <summary>The signer's name, below the space for the signature and seal.</summary>
    [JsonRequired] public CertificateField Signer { get; set; } = new() { X = 160, Y = 180, Width = 110, FontSize = 13, Bold = true };

    /// <summary>Width and height of the paper in millimetres.</summary>
    [JsonIgnore]
    public (double Width, double Height) PageSize => Paper == CertificatePaper.Portrait ? (210, 297) : (297, 210);
}

/// <summary>The shipped forms of the three awards (the award types' codes as the installation seeds them).</summary>
public static class CertificateLayouts
{
    public const string GiayKhen = "GK-GDCAT";
    public const string BangKhen = "BK-CTUBND";
    public const string KyNiemChuong = "KNC-BVANTQ";

    /// <summary>Giấy khen of the provincial police director: A4 landscape, the police's heading top left.</summary>
    public static CertificateLayout GiayKhenForm() => new();

    /// <summary>Bằng khen of the provincial chairman: A4 landscape inside a wider border; the committee's heading is printed on the blank.</summary>
    public static CertificateLayout BangKhenForm() => new()
    {
        TitleText = "TẶNG BẰNG KHEN",
        AchievementText = CertificateLayout.DefaultAchievementText,
        Issuer = new() { X = 20, Y = 18, Width = 100, FontSize = 12, Bold = true, Hidden = true },
        Decider = new() { X = 38.5, Y = 50, Width = 220, FontSize = 16, Bold = true },
        Title = new() { X = 38.5, Y = 60, Width = 220, FontSize = 26, Bold = true },
        Name = new() { X = 50, Y = 84, Width = 197, FontSize = 24, Bold = true },
        Workplace = new() { X = 50, Y = 99, Width = 197, FontSize = 15 },
        Achievement = new() { X = 40, Y = 112, Width = 217, FontSize = 15, Italic = true },
        Decision = new() { X = 35, Y = 165, Width = 110, FontSize = 12 },
        PlaceDate = new() { X = 165, Y = 136, Width = 105, FontSize = 13, Italic = true },
        Signature = new() { X = 165, Y = 144, Width = 105, FontSize = 13, Bold = true },
        Signer = new() { X = 165, Y = 176, Width = 105, FontSize = 13, Bold = true },
    };

    /// <summary>The medal's certificate (Giấy chứng nhận of the Minister): A4 portrait, the ministry's heading top left.</summary>
    public static CertificateLayout KyNiemChuongForm() => new()
    {
        Paper = CertificatePaper.Portrait,
        TitleText = "GIẤY CHỨNG NHẬN",
        AchievementText = "Đã được tặng Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”",
        Issuer = new() { X = 10, Y = 15, Width = 80, FontSize = 12, Bold = true },
        Decider = new() { X = 20, Y = 70, Width = 170, FontSize = 15, Bold = true },
        Title = new() { X = 20, Y = 80, Width = 170, FontSize = 24, Bold = true },
        Name = new() { X = 20, Y = 110, Width = 170, FontSize = 20, Bold = true },
        Workplace = new() { X = 20, Y = 124, Width = 170, FontSize = 14 },
        Achievement = new() { X = 20, Y = 140, Width = 170, FontSize = 15, Italic = true },
        Decision = new() { X = 20, Y = 158, Width = 170, FontSize = 13 },
        PlaceDate = new() { X = 95, Y = 190, Width = 105, FontSize = 13, Italic = true },
        Signature = new() { X = 95, Y = 198, Width = 105, FontSize = 13, Bold = true },
        Signer = new() { X = 95, Y = 235, Width = 105, FontSize = 13, Bold = true },
    };
}

/// <summary>One line's box in millimetres from the form's left and top edges, and its type.</summary>
public sealed class CertificateField
{
    [JsonRequired] public double X { get; set; }
    [JsonRequired] public double Y { get; set; }
    [JsonRequired] public double Width { get; set; } = 150;
    [JsonRequired] public double FontSize { get; set; } = 14;
    public bool Bold { get; set; }
    public bool Italic { get; set; }

    /// <summary>Printed on the blank already (e.g. a heading the form carries): left out when printing.</summary>
    public bool Hidden { get; set; }
}
