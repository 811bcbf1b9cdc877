using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ToanDan.Awards.Host.Documents;

/// <summary>The decision as an HTML page for Chromium to print: the same content as the Word file.</summary>
public static class DecisionHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    internal static string E(string? text) => Encoder.Encode(text ?? "");

    /// <summary>The page and its style sheet (A4 portrait, or landscape for wide tables); the caller closes the body.</summary>
    internal static StringBuilder Start(string title, bool landscape = false)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title><style>");
        html.Append(landscape ? "@page { size: A4 landscape; margin: 30mm 20mm 15mm 20mm; }" : "@page { size: A4; margin: 20mm 15mm 20mm 30mm; }");
        html.Append("""
            body { font-family: "Liberation Serif", "DejaVu Serif", "Times New Roman", serif; font-size: 14pt; line-height: 1.35; color: #000; margin: 0; }
            table.head, table.sign { width: 100%; border-collapse: collapse; }
            table.head td, table.sign td { vertical-align: top; text-align: center; padding: 0; }
            .b { font-weight: bold; } .i { font-style: italic; } .u { text-decoration: underline; }
            .small { font-size: 13pt; } .rule { font-size: 10pt; line-height: 1; }
            .center { text-align: center; } p { margin: 0 0 4pt; }
            p, td { white-space: pre-wrap; } /* the blanks left for the number and date stay as wide as typed */
            .basis { font-style: italic; text-indent: 10mm; text-align: justify; }
            .article { text-indent: 10mm; text-align: justify; margin-bottom: 6pt; }
            table.sign td.recipients { text-align: left; font-size: 11pt; }
            .recipients .title { font-size: 12pt; font-weight: bold; font-style: italic; }
            .list { page-break-before: always; padding-top: 4pt; } /* the capitals' marks stay on the list's own page */
            table.awardees { width: 100%; border-collapse: collapse; font-size: 13pt; margin-bottom: 10pt; }
            table.awardees th, table.awardees td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
            table.awardees td.n { text-align: center; width: 8mm; }
            .revoked { color: #b00; font-weight: bold; text-align: center; border: 2px solid #b00; padding: 4pt; margin: 8pt 0; }
            </style></head><body>
            """);
        return html;
    }

    public static string Build(DecisionDocument d)
    {
        var html = Start("Quyết định");
        Heading(html, d.ParentIssuer, d.Issuer, d.NumberLine, d.PlaceDateLine);
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
        Signature(html, d.Recipients, d.SignatureLines, d.IsDraft ? "" : "(đã ký)", d.SignerName);
        html.Append("<section class=\"list\">");
        AwardeeList(html, d.ListTitle, d.ListSubtitle, d.Collectives, d.Individuals);
        html.Append("</section></body></html>");
        return html.ToString();
    }

    /// <summary>The issuer and the number on the left, the national motto and the place and date on the right.</summary>
    internal static void Heading(StringBuilder html, string parentIssuer, string issuer, string numberLine, string placeDateLine)
    {
        html.Append("<table class=\"head\"><tr><td style=\"width:40%\">");
        if (parentIssuer.Length > 0) html.Append("<p class=\"small\">").Append(E(parentIssuer)).Append("</p>");
        html.Append("<p class=\"small b\">").Append(E(issuer)).Append("</p><p class=\"rule\">―――――</p>");
        html.Append("<p class=\"small\">").Append(E(numberLine)).Append("</p></td><td style=\"width:60%\">");
        html.Append("<p class=\"small b\">").Append(E(DecisionDocument.Nation)).Append("</p>");
        html.Append("<p class=\"b u\">").Append(E(DecisionDocument.Motto)).Append("</p><p>&nbsp;</p>");
        html.Append("<p class=\"i\">").Append(E(placeDateLine)).Append("</p></td></tr></table>");
    }

    /// <summary>"Nơi nhận" on the left; the signer's title lines, the signature's place and the signer's name on the right.</summary>
    internal static void Signature(StringBuilder html, IReadOnlyList<string> recipients, IReadOnlyList<string> signatureLines, string signedMark, string? signerName)
    {
        html.Append("<table class=\"sign\"><tr><td class=\"recipients\" style=\"width:50%\">");
        if (recipients.Count > 0) html.Append("<p class=\"title\">Nơi nhận:</p>");
        foreach (var r in recipients) html.Append("<p>").Append(E(r)).Append("</p>");
        html.Append("</td><td style=\"width:50%\">");
        for (var i = 0; i < signatureLines.Count; i++)
            html.Append("<p class=\"b\"").Append(i == 0 ? " style=\"margin-top:8pt\"" : "").Append('>').Append(E(signatureLines[i])).Append("</p>");
        html.Append("<p class=\"i\" style=\"margin-top:36pt\">").Append(E(signedMark)).Append("</p>");
        if (signerName is not null) html.Append("<p class=\"b\" style=\"margin-top:24pt\">").Append(E(signerName)).Append("</p>");
        html.Append("</td></tr></table>");
    }

    /// <summary>The attached list: its title, then collectives and individuals in numbered sections, each unit's under its heading row.</summary>
    internal static void AwardeeList(StringBuilder html, string title, string subtitle, IReadOnlyList<DocumentAwardee> collectives, IReadOnlyList<DocumentAwardee> individuals)
    {
        html.Append("<p class=\"center b\">").Append(E(title)).Append("</p>");
        html.Append("<p class=\"center i\" style=\"margin-bottom:10pt\">").Append(E(subtitle)).Append("</p>");
        var section = 0;
        if (collectives.Count > 0)
        {
            html.Append("<p class=\"b\">").Append(++section == 1 ? "I" : "II").Append(". TẬP THỂ (").Append(E(VietnameseWording.Awardees(collectives.Count, 0))).Append(")</p>");
            html.Append("<table class=\"awardees\"><thead><tr><th>TT</th><th>Tên tập thể</th><th>Đơn vị</th></tr></thead><tbody>");
            var n = 0;
            foreach (var unit in DocumentAwardees.ByUnit(collectives))
            {
                html.Append("<tr><td colspan=\"3\" class=\"b unit\">").Append(E(unit.Key)).Append("</td></tr>");
                foreach (var a in unit)
                    html.Append("<tr><td class=\"n\">").Append(++n).Append("</td><td>").Append(E(a.Name)).Append("</td><td>").Append(E(a.Workplace)).Append("</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        if (individuals.Count > 0)
        {
            html.Append("<p class=\"b\">").Append(++section == 1 ? "I" : "II").Append(". CÁ NHÂN (").Append(E(VietnameseWording.Awardees(0, individuals.Count))).Append(")</p>");
            html.Append("<table class=\"awardees\"><thead><tr><th>TT</th><th>Họ và tên</th><th>Năm sinh</th><th>Chức vụ</th><th>Đơn vị công tác</th></tr></thead><tbody>");
            var n = 0;
            foreach (var unit in DocumentAwardees.ByUnit(individuals))
            {
                html.Append("<tr><td colspan=\"5\" class=\"b unit\">").Append(E(unit.Key)).Append("</td></tr>");
                foreach (var a in unit)
                    html.Append("<tr><td class=\"n\">").Append(++n).Append("</td><td>").Append(E(a.Name)).Append("</td><td class=\"n\">").Append(E(a.BirthYear))
                        .Append("</td><td>").Append(E(a.Position)).Append("</td><td>").Append(E(a.Workplace)).Append("</td></tr>");
            }
            html.Append("</tbody></table>");
        }
    }

    private static void Article(StringBuilder html, string label, string text) =>
        html.Append("<p class=\"article\"><b>").Append(E(label)).Append("</b> ").Append(E(text)).Append("</p>");
}
