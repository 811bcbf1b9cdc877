using MediatR;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Documents;

/// <summary>The certificates of a decision, one page per awardee, as PDF for the pre-printed forms.</summary>
public static class GetCertificates
{
    public sealed record Query(int DecisionId) : IRequest<GetDecisionDocument.FileResult>;

    internal sealed class Handler(IMediator mediator, AwardsDbContext db, DecisionDocumentBuilder builder, PdfPrinter printer,
        IOptionsMonitor<DocumentOptions> options)
        : IRequestHandler<Query, GetDecisionDocument.FileResult>
    {
        public async Task<GetDecisionDocument.FileResult> Handle(Query request, CancellationToken cancellationToken)
        {
            var detail = await mediator.Send(new GetDecision.Query(request.DecisionId), cancellationToken);
            if (!detail.Status.Equals(DecisionStatus.Signed)) throw new ConflictException("Dự thảo chưa ký: chưa in giấy chứng nhận.");
            if (detail.Revoked) throw new ConflictException($"Quyết định {detail.Number} đã bị thu hồi: không in giấy chứng nhận.");
            var document = await builder.BuildAsync(detail, cancellationToken);
            var texts = detail.Awardees.Select(a => new CertificateText(
                a.Name,
                a.Kind == NomineeKind.Individual ? string.Join(", ", new[] { a.Position, a.Workplace }.Where(s => !string.IsNullOrWhiteSpace(s))) : a.Workplace ?? "",
                $"Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm {detail.IssuedOn!.Value.Year}",
                $"Quyết định số {detail.Number} ngày {VietnamTime.Date(detail.IssuedOn!.Value)}",
                document.PlaceDateLine));
            var layout = await GetCertificateLayout.EffectiveAsync(db, options.CurrentValue, cancellationToken);
            var pdf = await printer.PrintAsync(CertificateHtml.Build(texts, layout, preview: false), cancellationToken);
            return new GetDecisionDocument.FileResult(pdf, "application/pdf", $"giay-chung-nhan-{detail.Number.Replace('/', '-').Replace("Đ", "D", StringComparison.Ordinal)}.pdf");
        }
    }
}
