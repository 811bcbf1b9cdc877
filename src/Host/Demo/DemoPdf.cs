using System.Globalization;
using System.Text;

namespace ToanDan.Awards.Host.Demo;

/// <summary>
/// A one-page PDF (A4, Helvetica) holding a few lines of text: the demo dossiers' files. The standard PDF fonts have no
/// Vietnamese letters, so the text is written without diacritics; it is a stand-in for the scans a unit uploads.
/// </summary>
internal static class DemoPdf
{
    public static byte[] Make(params string[] lines)
    {
        var content = new StringBuilder("BT /F1 14 Tf 72 770 Td 18 TL\n");
        foreach (var line in lines) content.Append('(').Append(Escape(Fold(line))).Append(") Tj T*\n");
        content.Append("ET");
        var stream = content.ToString();

        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>"Tờ trình" → "To trinh": the letters the standard fonts have.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = c switch { 'đ' => 'd', 'Đ' => 'D', '–' => '-', '“' or '”' => '"', _ => c };
            builder.Append(folded is >= ' ' and <= '~' ? folded : '?');
        }
        return builder.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
