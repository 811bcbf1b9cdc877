using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Documents;

/// <summary>The certificates of a decision, one page per awardee on its award type's form, as PDF for the pre-printed blanks.</summary>
public static class GetCertificates
{
    public sealed record Query(int DecisionId) : IRequest<GetDecisionDocument.FileResult>;

    internal sealed class Handler(IMediator mediator, AwardsDbContext db, PdfPrinter printer, IOptionsMonitor<DocumentOptions> options)
        : IRequestHandler<Query, GetDecisionDocument.FileResult>
    {
        public async Task<GetDecisionDocument.FileResult> Handle(Query request, CancellationToken cancellationToken)
        {
            var detail = await mediator.Send(new GetDecision.Query(request.DecisionId), cancellationToken);
            if (!detail.Status.Equals(DecisionStatus.Signed)) throw new ConflictException("Dự thảo chưa ký: chưa in giấy chứng nhận.");
            if (detail.Revoked) throw new ConflictException($"Quyết định {detail.Number} đã bị thu hồi: không in giấy chứng nhận.");
            var awardType = await db.AwardTypes.AsNoTracking().SingleAsync(a => a.Code == detail.AwardTypeCode, cancellationToken);
            var layout = await GetCertificateLayout.EffectiveAsync(db, options.CurrentValue, awardType, cancellationToken);
            // "Ông" or "Bà" before a person's name: the decision's own copy of the nominee knows the sex.
            var sexes = await db.DecisionAwardees.AsNoTracking().Where(a => a.DecisionId == detail.Id)
                .ToDictionaryAsync(a => a.Id, a => a.Sex, cancellationToken);
            var issuer = detail.IssuerText;
            var issue = new CertificateWording.Issue(issuer.ParentAuthority, issuer.Name, detail.Decider, detail.Number, detail.IssuedOn!.Value,
                issuer.Place, DecisionDocumentBuilder.SignatureLines(detail), detail.Signer?.Name ?? "");
            var texts = detail.Awardees.Select(a => CertificateWording.For(layout, issue,
                new CertificateWording.Awardee(a.Kind, sexes.GetValueOrDefault(a.Id), a.Name, a.Position, a.Workplace)));
            var pdf = await printer.PrintAsync(CertificateHtml.Build(texts, layout, preview: false), cancellationToken);
            return new GetDecisionDocument.FileResult(pdf, "application/pdf", $"giay-chung-nhan-{detail.Number.Replace('/', '-').Replace("Đ", "D", StringComparison.Ordinal)}.pdf");
        }
    }
}
