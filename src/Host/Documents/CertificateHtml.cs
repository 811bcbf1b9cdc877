using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ToanDan.Awards.Host.Documents;

/// <summary>The variable text of one certificate (giấy chứng nhận / giấy khen) on a pre-printed form.</summary>
public sealed record CertificateText(string Name, string Workplace, string Achievement, string Decision, string PlaceDate);

/// <summary>
/// One A4 landscape page per awardee with only the variable text, each field absolutely placed in millimetres so it
/// lands on the lines of the pre-printed blank form; a preview draws the page edge and the fields' boxes.
/// </summary>
public static class CertificateHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Build(IEnumerable<CertificateText> certificates, CertificateLayout layout, bool preview)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Giấy chứng nhận</title><style>
            @page { size: A4 landscape; margin: 0; }
            body { margin: 0; font-family: "Liberation Serif", "DejaVu Serif", "Times New Roman", serif; color: #000; }
            .sheet { position: relative; width: 297mm; height: 210mm; overflow: hidden; page-break-after: always; box-sizing: border-box; }
            .sheet:last-child { page-break-after: auto; }
            .f { position: absolute; text-align: center; line-height: 1.25; }
            .preview .sheet { border: 1px dashed #999; }
            .preview .f { outline: 1px dotted #c00; }
            .preview .label { position: absolute; font: 8pt sans-serif; color: #c00; }
            </style></head><body
            """);
        html.Append(preview ? " class=\"preview\">" : ">");
        foreach (var c in certificates)
        {
            html.Append("<div class=\"sheet\">");
            Field(html, "name", layout.Name, c.Name, preview);
            Field(html, "workplace", layout.Workplace, c.Workplace, preview);
            Field(html, "achievement", layout.Achievement, c.Achievement, preview);
            Field(html, "decision", layout.Decision, c.Decision, preview);
            Field(html, "placeDate", layout.PlaceDate, c.PlaceDate, preview);
            html.Append("</div>");
        }
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Field(StringBuilder html, string name, CertificateField f, string text, bool preview)
    {
        var style = string.Create(CultureInfo.InvariantCulture,
            $"left:{f.X:0.##}mm;top:{f.Y:0.##}mm;width:{f.Width:0.##}mm;font-size:{f.FontSize:0.##}pt;font-weight:{(f.Bold ? "bold" : "normal")};font-style:{(f.Italic ? "italic" : "normal")}");
        html.Append("<div class=\"f ").Append(name).Append("\" style=\"").Append(style).Append("\">").Append(Encoder.Encode(text)).Append("</div>");
        if (preview)
            html.Append(string.Create(CultureInfo.InvariantCulture, $"<span class=\"label\" style=\"left:{f.X:0.##}mm;top:{f.Y - 4:0.##}mm\">{name} ({f.X:0.##}; {f.Y:0.##} mm)</span>"));
    }

    /// <summary>A made-up awardee for the administrator's preview.</summary>
    public static readonly CertificateText Sample = new("Nguyễn Văn An", "Tổ trưởng Tổ an ninh trật tự thôn 3, xã Đông Tiến",
        "Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc", "Quyết định số 15/QĐ-CAT ngày 02/11/2026",
        "Thanh Hóa, ngày 02 tháng 11 năm 2026");
}
