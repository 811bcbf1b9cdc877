using DocumentFormat.OpenXml.Wordprocessing;
using static ToanDan.Awards.Host.Documents.DecisionDocx;

namespace ToanDan.Awards.Host.Documents;

/// <summary>The province's proposal (tờ trình and its lists) and the medal's brief list as Word files, laid out as the decision is.</summary>
public static class ProposalDocx
{
    public static byte[] Build(ProposalDocument d) => Create(body =>
    {
        body.Append(HeaderTable(d.ParentIssuer, d.Issuer, d.NumberLine, d.PlaceDateLine));
        body.Append(Para("TỜ TRÌNH", JustificationValues.Center, bold: true, before: 360));
        body.Append(Para(d.Subject, JustificationValues.Center, bold: true));
        body.Append(Para("―――――", JustificationValues.Center, after: 240));
        body.Append(Para($"Kính gửi: {d.AddresseeLine}", JustificationValues.Center, after: 240));
        foreach (var basis in d.Bases) body.Append(Para(basis, JustificationValues.Both, italic: true, indent: true));
        foreach (var paragraph in d.Paragraphs) body.Append(Para(paragraph, JustificationValues.Both, indent: true, after: 120));
        body.Append(SignatureTable(d.Recipients, d.SignatureLines, "", d.SignerName));
        foreach (var list in d.Lists)
        {
            // Each attached list starts on a page of its own.
            body.Append(PageBreak());
            AwardeeList(body, list.Title, d.AttachedTo, list.Collectives, list.Individuals);
        }
        body.Append(PageSetup(landscape: false));
    });

    public static byte[] BuildBriefList(BriefListDocument d) => Create(body =>
    {
        body.Append(HeaderTable(d.ParentIssuer, d.Issuer, "", d.PlaceDateLine));
        body.Append(Para(BriefListDocument.Title, JustificationValues.Center, bold: true, before: 240));
        body.Append(Para(d.Subtitle, JustificationValues.Center, bold: true));
        body.Append(Para(d.AttachedTo, JustificationValues.Center, italic: true, after: 240));
        body.Append(ListTable(BriefListDocument.Columns, BriefListDocument.Widths, d.Lines.GroupBy(l => l.UnitName), l => l.Cells));
        body.Append(Para(d.Total, JustificationValues.Left, bold: true, before: 120));
        body.Append(SignatureTable([], d.SignatureLines, "", d.SignerName));
        body.Append(PageSetup(landscape: true));
    });
}
