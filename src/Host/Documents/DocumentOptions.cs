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

    /// <summary>Memory kept for printed PDFs, served again while their document is unchanged.</summary>
    public int PdfCacheMegabytes { get; set; } = 64;

    /// <summary>The legal bases ("Căn cứ …") of every decision, one per line; an administrator may correct them here.</summary>
    public List<string> LegalBases { get; set; } = [];

    public static readonly string[] DefaultLegalBases =
    [
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
    ];

    /// <summary>Where the variable text sits on the pre-printed certificate form (A4 landscape), in millimetres.</summary>
    public CertificateLayout Certificate { get; set; } = new();
}

/// <summary>The five variable lines; through the API every one must be given (no silent defaults).</summary>
public sealed class CertificateLayout
{
    [JsonRequired] public CertificateField Name { get; set; } = new() { X = 60, Y = 88, Width = 177, FontSize = 22, Bold = true };
    [JsonRequired] public CertificateField Workplace { get; set; } = new() { X = 60, Y = 102, Width = 177, FontSize = 15 };
    [JsonRequired] public CertificateField Achievement { get; set; } = new() { X = 45, Y = 115, Width = 207, FontSize = 15, Italic = true };
    [JsonRequired] public CertificateField Decision { get; set; } = new() { X = 30, Y = 168, Width = 110, FontSize = 12 };
    [JsonRequired] public CertificateField PlaceDate { get; set; } = new() { X = 160, Y = 160, Width = 110, FontSize = 13, Italic = true };
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
}
