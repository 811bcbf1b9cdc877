using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ToanDan.Awards.Host.Documents;

/// <summary>The variable text of one certificate on its pre-printed form, already worded; line breaks separate lines.</summary>
public sealed record CertificateText(string Issuer, string Decider, string Title, string Name, string Workplace, string Achievement,
    string Decision, string PlaceDate, string Signature, string Signer);

/// <summary>
/// One page per awardee, on the paper of the award type's form, with only the variable text, each line absolutely placed
/// in millimetres so it lands on the lines of the pre-printed blank; a preview draws the page edge and the lines' boxes.
/// </summary>
public static class CertificateHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Build(IEnumerable<CertificateText> certificates, CertificateLayout layout, bool preview)
    {
        var (width, height) = layout.PageSize;
        var html = new StringBuilder();
        html.Append(string.Create(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Giấy chứng nhận</title><style>
            @page { size: A4 {{(layout.Paper == CertificatePaper.Portrait ? "portrait" : "landscape")}}; margin: 0; }
            body { margin: 0; font-family: "Liberation Serif", "DejaVu Serif", "Times New Roman", serif; color: #000; }
            .sheet { position: relative; width: {{width}}mm; height: {{height}}mm; overflow: hidden; page-break-after: always; box-sizing: border-box; }
            .sheet:last-child { page-break-after: auto; }
            .f { position: absolute; text-align: center; line-height: 1.25; white-space: pre-line; }
            .preview .sheet { border: 1px dashed #999; }
            .preview .f { outline: 1px dotted #c00; }
            .preview .label { position: absolute; font: 8pt sans-serif; color: #c00; }
            </style></head><body
            """));
        html.Append(preview ? " class=\"preview\">" : ">");
        foreach (var c in certificates)
        {
            html.Append("<div class=\"sheet\">");
            Field(html, "issuer", layout.Issuer, c.Issuer, preview);
            Field(html, "decider", layout.Decider, c.Decider, preview);
            Field(html, "title", layout.Title, c.Title, preview);
            Field(html, "name", layout.Name, c.Name, preview);
            Field(html, "workplace", layout.Workplace, c.Workplace, preview);
            Field(html, "achievement", layout.Achievement, c.Achievement, preview);
            Field(html, "decision", layout.Decision, c.Decision, preview);
            Field(html, "placeDate", layout.PlaceDate, c.PlaceDate, preview);
            Field(html, "signature", layout.Signature, c.Signature, preview);
            Field(html, "signer", layout.Signer, c.Signer, preview);
            html.Append("</div>");
        }
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Field(StringBuilder html, string name, CertificateField f, string text, bool preview)
    {
        // A line the blank carries already is not printed over it.
        if (f.Hidden) return;
        var style = string.Create(CultureInfo.InvariantCulture,
            $"left:{f.X:0.##}mm;top:{f.Y:0.##}mm;width:{f.Width:0.##}mm;font-size:{f.FontSize:0.##}pt;font-weight:{(f.Bold ? "bold" : "normal")};font-style:{(f.Italic ? "italic" : "normal")}");
        html.Append("<div class=\"f ").Append(name).Append("\" style=\"").Append(style).Append("\">").Append(Encoder.Encode(text)).Append("</div>");
        if (preview)
            html.Append(string.Create(CultureInfo.InvariantCulture, $"<span class=\"label\" style=\"left:{f.X:0.##}mm;top:{f.Y - 4:0.##}mm\">{name} ({f.X:0.##}; {f.Y:0.##} mm)</span>"));
    }
}
