using System.Globalization;
using MediatR;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Decisions;

namespace ToanDan.Awards.Host.Features.Documents;

public enum DocumentFormat
{
    Docx,
    Pdf,
}

/// <summary>A decision as a Word or PDF file; visible to whoever may see the decision (<see cref="GetDecision"/>).</summary>
public static class GetDecisionDocument
{
    public sealed record Query(int Id, DocumentFormat Format) : IRequest<FileResult>;

    public sealed record FileResult(byte[] Content, string ContentType, string FileName);

    internal sealed class Handler(IMediator mediator, DecisionDocumentBuilder builder, PdfPrinter printer) : IRequestHandler<Query, FileResult>
    {
        public async Task<FileResult> Handle(Query request, CancellationToken cancellationToken)
        {
            var document = await builder.BuildAsync(await mediator.Send(new GetDecision.Query(request.Id), cancellationToken), cancellationToken);
            var name = document.IsDraft ? $"du-thao-quyet-dinh-{request.Id}" : $"quyet-dinh-{document.Number.Replace('/', '-').Replace("Đ", "D", StringComparison.Ordinal)}";
            return request.Format == DocumentFormat.Docx
                ? new FileResult(DecisionDocx.Build(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{name}.docx")
                : new FileResult(await printer.PrintAsync(DecisionHtml.Build(document), cancellationToken), "application/pdf", $"{name}.pdf");
        }
    }
}

/// <summary>Words a visible decision for its documents, as its issuer writes them (heading, place, bases, signer, recipients).</summary>
public sealed class DecisionDocumentBuilder(IOptions<DocumentOptions> options)
{
    public Task<DecisionDocument> BuildAsync(GetDecision.Detail detail, CancellationToken ct) => Task.FromResult(Build(detail));

    public DecisionDocument Build(GetDecision.Detail detail)
    {
        var issuer = detail.IssuerText;
        var collectives = detail.Awardees.Where(a => a.Kind == NomineeKind.Collective).Select(Line).ToList();
        var individuals = detail.Awardees.Where(a => a.Kind == NomineeKind.Individual).Select(Line).ToList();
        var configured = options.Value.LegalBases.Count > 0 ? options.Value.LegalBases : [.. DocumentOptions.DefaultLegalBases];
        var bases = (issuer.LegalBases.Count > 0 ? issuer.LegalBases : configured).Append(ProposalLine(detail)).ToList();
        var units = detail.UnitNames.Count == 1 ? detail.UnitNames[0] : "các đơn vị có tập thể, cá nhân được khen thưởng";
        var number = detail.Number.Length > 0 ? detail.Number : $"      /{detail.Symbol}";
        return new DecisionDocument(
            VietnameseWording.Caps(issuer.ParentAuthority), VietnameseWording.Caps(issuer.Name), number, issuer.Place, detail.IssuedOn,
            detail.AwardType, VietnameseWording.Caps(detail.Decider), SignatureLines(detail), detail.Signer?.Name, detail.Decider, bases,
            $"Tặng {detail.AwardType} cho {VietnameseWording.Awardees(collectives.Count, individuals.Count)} (có danh sách kèm theo) "
                + "đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc.",
            "Quyết định này có hiệu lực kể từ ngày ký.",
            $"Thủ trưởng các cơ quan, đơn vị có liên quan, {units} và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
            issuer.Recipients.Count > 0 ? issuer.Recipients : ["- Như Điều 3;", "- Lưu: VT, PV05."],
            detail.Revoked
                ? $"QUYẾT ĐỊNH ĐÃ BỊ THU HỒI{(detail.RevokedAt is { } at ? " NGÀY " + Workflow.VietnamTime.Date(at) : "")}{(detail.RevocationReason is { } reason ? ": " + reason : "")}"
                : null,
            collectives, individuals);
    }

    /// <summary>"KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" for a deputy (Nghị định 30/2020), else "GIÁM ĐỐC"; a draft shows the decider's title.</summary>
    public static IReadOnlyList<string> SignatureLines(GetDecision.Detail detail) =>
        VietnameseWording.SignatureLines(detail.IssuerText.DeciderTitle, detail.Signer is { OnBehalf: true } deputy ? deputy.Title : null);

    private static string ProposalLine(GetDecision.Detail detail)
    {
        if (detail.Proposals is [var only])
            return only.SubmissionNumber is { Length: > 0 } number
                ? $"Xét đề nghị của {only.UnitName} tại Tờ trình số {number}{(only.SubmissionDate is { } date ? " " + VietnameseWording.DateWords(date) : "")} và của Hội đồng Thi đua - Khen thưởng,"
                : $"Xét đề nghị của {only.UnitName} và của Hội đồng Thi đua - Khen thưởng,";
        var units = string.Join(", ", detail.Proposals.Select(p => p.UnitName).Distinct());
        return $"Xét đề nghị của các đơn vị: {units}{(detail.RoundName is { } round ? $" trong đợt {round}" : "")} và của Hội đồng Thi đua - Khen thưởng,";
    }

    private static DocumentAwardee Line(GetDecision.Awardee a) =>
        new(a.Name, a.DateOfBirth?.Year.ToString(CultureInfo.InvariantCulture), a.Position, a.Workplace ?? a.UnitName, a.UnitName);
}
