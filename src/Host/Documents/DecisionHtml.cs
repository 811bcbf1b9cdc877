using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ToanDan.Awards.Host.Documents;

/// <summary>The decision as an HTML page for Chromium to print: the same content as the Word file.</summary>
public static class DecisionHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string? text) => Encoder.Encode(text ?? "");

    public static string Build(DecisionDocument d)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Quyết định</title><style>
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: "Liberation Serif", "DejaVu Serif", "Times New Roman", serif; font-size: 14pt; line-height: 1.35; color: #000; margin: 0; }
            table.head, table.sign { width: 100%; border-collapse: collapse; }
            table.head td, table.sign td { vertical-align: top; text-align: center; padding: 0; }
            .b { font-weight: bold; } .i { font-style: italic; } .u { text-decoration: underline; }
            .small { font-size: 13pt; } .rule { font-size: 10pt; line-height: 1; }
            .center { text-align: center; } p { margin: 0 0 4pt; }
            .basis { font-style: italic; text-indent: 10mm; text-align: justify; }
            .article { text-indent: 10mm; text-align: justify; margin-bottom: 6pt; }
            table.sign td.recipients { text-align: left; font-size: 11pt; }
            .recipients .title { font-size: 12pt; font-weight: bold; font-style: italic; }
            .list { page-break-before: always; }
            table.awardees { width: 100%; border-collapse: collapse; font-size: 13pt; margin-bottom: 10pt; }
            table.awardees th, table.awardees td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
            table.awardees td.n { text-align: center; width: 8mm; }
            .revoked { color: #b00; font-weight: bold; text-align: center; border: 2px solid #b00; padding: 4pt; margin: 8pt 0; }
            </style></head><body>
            """);
        html.Append("<table class=\"head\"><tr><td style=\"width:40%\">");
        if (d.ParentIssuer.Length > 0) html.Append("<p class=\"small\">").Append(E(d.ParentIssuer)).Append("</p>");
        html.Append("<p class=\"small b\">").Append(E(d.Issuer)).Append("</p><p class=\"rule\">―――――</p>");
        html.Append("<p class=\"small\">").Append(E(d.NumberLine)).Append("</p></td><td style=\"width:60%\">");
        html.Append("<p class=\"small b\">").Append(E(DecisionDocument.Nation)).Append("</p>");
        html.Append("<p class=\"b u\">").Append(E(DecisionDocument.Motto)).Append("</p><p>&nbsp;</p>");
        html.Append("<p class=\"i\">").Append(E(d.PlaceDateLine)).Append("</p></td></tr></table>");
        if (d.Revocation is not null) html.Append("<p class=\"revoked\">").Append(E(d.Revocation)).Append("</p>");
        if (d.IsDraft) html.Append("<p class=\"revoked\">DỰ THẢO</p>");
        html.Append("<p class=\"center b\" style=\"margin-top:16pt\">QUYẾT ĐỊNH</p>");
        html.Append("<p class=\"center b\">").Append(E(d.Subject)).Append("</p><p class=\"center rule\">―――――</p>");
        html.Append("<p class=\"center b\" style=\"margin:10pt 0\">").Append(E(d.DeciderTitle)).Append("</p>");
        foreach (var basis in d.Bases) html.Append("<p class=\"basis\">").Append(E(basis)).Append("</p>");
        html.Append("<p class=\"center b\" style=\"margin:10pt 0\">QUYẾT ĐỊNH:</p>");
        Article(html, "Điều 1.", d.Article1);
        Article(html, "Điều 2.", d.Article2);
        Article(html, "Điều 3.", d.Article3);
        html.Append("<table class=\"sign\"><tr><td class=\"recipients\" style=\"width:50%\"><p class=\"title\">Nơi nhận:</p>");
        foreach (var r in d.Recipients) html.Append("<p>").Append(E(r)).Append("</p>");
        html.Append("</td><td style=\"width:50%\">");
        for (var i = 0; i < d.SignatureLines.Count; i++)
            html.Append("<p class=\"b\"").Append(i == 0 ? " style=\"margin-top:8pt\"" : "").Append('>').Append(E(d.SignatureLines[i])).Append("</p>");
        html.Append("<p class=\"i\" style=\"margin-top:36pt\">").Append(d.IsDraft ? "" : "(đã ký)").Append("</p>");
        if (d.SignerName is not null) html.Append("<p class=\"b\" style=\"margin-top:24pt\">").Append(E(d.SignerName)).Append("</p>");
        html.Append("</td></tr></table>");

        html.Append("<section class=\"list\"><p class=\"center b\">").Append(E(d.ListTitle)).Append("</p>");
        html.Append("<p class=\"center i\" style=\"margin-bottom:10pt\">").Append(E(d.ListSubtitle)).Append("</p>");
        var section = 0;
        if (d.Collectives.Count > 0)
        {
            html.Append("<p class=\"b\">").Append(++section == 1 ? "I" : "II").Append(". TẬP THỂ (").Append(E(VietnameseWording.Awardees(d.Collectives.Count, 0))).Append(")</p>");
            html.Append("<table class=\"awardees\"><thead><tr><th>TT</th><th>Tên tập thể</th><th>Đơn vị</th></tr></thead><tbody>");
            var n = 0;
            foreach (var unit in DocumentAwardees.ByUnit(d.Collectives))
            {
                html.Append("<tr><td colspan=\"3\" class=\"b unit\">").Append(E(unit.Key)).Append("</td></tr>");
                foreach (var a in unit)
                    html.Append("<tr><td class=\"n\">").Append(++n).Append("</td><td>").Append(E(a.Name)).Append("</td><td>").Append(E(a.Workplace)).Append("</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        if (d.Individuals.Count > 0)
        {
            html.Append("<p class=\"b\">").Append(++section == 1 ? "I" : "II").Append(". CÁ NHÂN (").Append(E(VietnameseWording.Awardees(0, d.Individuals.Count))).Append(")</p>");
            html.Append("<table class=\"awardees\"><thead><tr><th>TT</th><th>Họ và tên</th><th>Năm sinh</th><th>Chức vụ</th><th>Đơn vị công tác</th></tr></thead><tbody>");
            var n = 0;
            foreach (var unit in DocumentAwardees.ByUnit(d.Individuals))
            {
                html.Append("<tr><td colspan=\"5\" class=\"b unit\">").Append(E(unit.Key)).Append("</td></tr>");
                foreach (var a in unit)
                    html.Append("<tr><td class=\"n\">").Append(++n).Append("</td><td>").Append(E(a.Name)).Append("</td><td class=\"n\">").Append(E(a.BirthYear))
                        .Append("</td><td>").Append(E(a.Position)).Append("</td><td>").Append(E(a.Workplace)).Append("</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append("</section></body></html>");
        return html.ToString();
    }

    private static void Article(StringBuilder html, string label, string text) =>
        html.Append("<p class=\"article\"><b>").Append(E(label)).Append("</b> ").Append(E(text)).Append("</p>");
}
