using static ToanDan.Awards.Host.Documents.DecisionHtml;

namespace ToanDan.Awards.Host.Documents;

/// <summary>The proposal and the brief list as HTML pages for Chromium to print: the same content as the Word files.</summary>
public static class ProposalHtml
{
    public static string Build(ProposalDocument d)
    {
        var html = Start("Tờ trình");
        Heading(html, d.ParentIssuer, d.Issuer, d.NumberLine, d.PlaceDateLine);
        html.Append("<p class=\"center b\" style=\"margin-top:16pt\">TỜ TRÌNH</p>");
        html.Append("<p class=\"center b\">").Append(E(d.Subject)).Append("</p><p class=\"center rule\">―――――</p>");
        html.Append("<p class=\"center\" style=\"margin:10pt 0\">Kính gửi: ").Append(E(d.AddresseeLine)).Append("</p>");
        foreach (var basis in d.Bases) html.Append("<p class=\"basis\">").Append(E(basis)).Append("</p>");
        foreach (var paragraph in d.Paragraphs) html.Append("<p class=\"article\">").Append(E(paragraph)).Append("</p>");
        Signature(html, d.Recipients, d.SignatureLines, "", d.SignerName);
        foreach (var list in d.Lists)
        {
            html.Append("<section class=\"list\">");
            AwardeeList(html, list.Title, d.AttachedTo, list.Collectives, list.Individuals);
            html.Append("</section>");
        }
        html.Append("</body></html>");
        return html.ToString();
    }

    public static string BuildBriefList(BriefListDocument d)
    {
        var html = Start("Danh sách trích ngang", landscape: true);
        Heading(html, d.ParentIssuer, d.Issuer, "", d.PlaceDateLine);
        html.Append("<p class=\"center b\" style=\"margin-top:12pt\">").Append(E(BriefListDocument.Title)).Append("</p>");
        html.Append("<p class=\"center b\">").Append(E(d.Subtitle)).Append("</p>");
        html.Append("<p class=\"center i\" style=\"margin-bottom:10pt\">").Append(E(d.AttachedTo)).Append("</p>");
        html.Append("<table class=\"awardees\"><thead><tr>");
        var total = BriefListDocument.Widths.Sum();
        for (var i = 0; i < BriefListDocument.Columns.Length; i++)
            html.Append("<th style=\"width:").Append(100 * BriefListDocument.Widths[i] / total).Append("%\">").Append(E(BriefListDocument.Columns[i])).Append("</th>");
        html.Append("</tr></thead><tbody>");
        var n = 0;
        foreach (var unit in d.Lines.GroupBy(l => l.UnitName))
        {
            html.Append("<tr><td colspan=\"").Append(BriefListDocument.Columns.Length).Append("\" class=\"b unit\">").Append(E(unit.Key)).Append("</td></tr>");
            foreach (var line in unit)
            {
                html.Append("<tr><td class=\"n\">").Append(++n).Append("</td>");
                var cells = line.Cells;
                for (var i = 0; i < cells.Length; i++)
                    html.Append(i is 1 or 2 ? "<td class=\"center\">" : "<td>").Append(E(cells[i])).Append("</td>");
                html.Append("</tr>");
            }
        }
        html.Append("</tbody></table>");
        html.Append("<p class=\"b\">").Append(E(d.Total)).Append("</p>");
        Signature(html, [], d.SignatureLines, "", d.SignerName);
        html.Append("</body></html>");
        return html.ToString();
    }
}
