using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Documents;

/// <summary>
/// A sample of one award type's certificate printed with the given form (saved or not) for the administrator to lay on
/// a blank: a made-up person (and collective, where the award allows them) under the first issuer of the award's kind,
/// signed "KT." by its first deputy when it has one, since that is the longest signature block.
/// </summary>
public static class GetCertificateSample
{
    public sealed record Query(int AwardTypeId, CertificateLayout Layout, bool Frame) : IRequest<byte[]>;

    internal sealed class Handler(AwardsDbContext db, Access access, PdfPrinter printer, TimeProvider clock) : IRequestHandler<Query, byte[]>
    {
        public async Task<byte[]> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var awardType = await GetCertificateLayout.AwardTypeAsync(db, request.AwardTypeId, cancellationToken);
            var issuer = await db.Issuers.AsNoTracking().Where(i => i.Kind == awardType.IssuerKind).OrderBy(i => i.Id).FirstOrDefaultAsync(cancellationToken);
            var today = VietnamTime.Today(clock);
            var issue = issuer is null
                ? new CertificateWording.Issue("", IssuerKinds.Names.GetValueOrDefault(awardType.IssuerKind, ""), awardType.Decider, "15/QĐ", today,
                    "Địa danh", [VietnameseWording.Caps(awardType.Decider)], "Họ và tên người ký")
                : Issue(issuer, today);
            var texts = CertificateWording.Samples(awardType.AllowsCollectives).Select(a => CertificateWording.For(request.Layout, issue, a));
            return await printer.PrintAsync(CertificateHtml.Build(texts, request.Layout, request.Frame), cancellationToken);
        }

        private static CertificateWording.Issue Issue(Issuer issuer, DateOnly today)
        {
            var signer = issuer.Signatory(issuer.DeputyNames.FirstOrDefault());
            return new CertificateWording.Issue(issuer.ParentAuthority, issuer.Name, issuer.DeciderFull, $"15/{issuer.DecisionSymbol}", today, issuer.Place,
                VietnameseWording.SignatureLines(issuer.DeciderTitle, signer.OnBehalf ? signer.Title : null), signer.Name);
        }
    }
}
