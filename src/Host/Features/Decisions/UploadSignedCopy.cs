using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Documents.SignedPdf;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Decisions;

/// <summary>
/// The office uploads the decision as signed: a scan, or a PDF with digital signatures, which are verified. It becomes
/// the official file of the decision; earlier uploads stay in its history. A signature that does not hold, or a file
/// changed after its last signature, is refused: it cannot be the official copy.
/// </summary>
public static class UploadSignedCopy
{
    public sealed record Command(int DecisionId, string FileName, [property: System.Text.Json.Serialization.JsonIgnore] Stream Content)
        : ICommand<SignedCopyView>, IAudited
    {
        public string? AuditId => DecisionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, AttachmentStore store, Compensations compensations, CurrentUser user,
        TimeProvider clock) : IRequestHandler<Command, SignedCopyView>
    {
        public async Task<SignedCopyView> Handle(Command request, CancellationToken cancellationToken)
        {
            var decision = await SignedCopyAccess.VisibleAsync(access, request.DecisionId, cancellationToken);
            if (!access.IsOfficeOf(decision.OfficeUnitId))
                throw new ForbiddenException("Chỉ quản trị viên và cán bộ Phòng PV05 của tỉnh ban hành quyết định mới được tải lên bản đã ký.");
            if (!decision.IsSigned)
                throw new DomainException("Dự thảo chưa ký: chỉ tải lên bản đã ký sau khi quyết định được ký ban hành.", "status");
            if (decision.IsRevoked)
                throw new DomainException($"Quyết định {decision.FullNumber} đã bị thu hồi, không nhận bản đã ký của quyết định này.", "revoked");

            var bytes = await ReadAtMostAsync(request.Content, store.MaxBytes + 1, cancellationToken);
            var now = clock.GetUtcNow();
            var report = new SignedPdfVerifier(store.MaxBytes).Verify(bytes, now);
            if (!report.Accepted) throw new DomainException(report.Refusal!, "file");
            if (report.HasDigitalSignature && !report.Unchanged)
            {
                var lines = report.Signatures.Select(s => new SignatureLine(s.SignerName, s.Organisation, s.SigningTime, s.Valid,
                    s.Trust == CertificateTrust.Trusted, s.Problem, s.TrustNote)).ToList();
                throw new DomainException(
                    $"{SignedCopyWording.Verification(true, report.ChangedAfterSigning, lines)} Tệp này không được nhận làm bản chính thức: hãy tải lên đúng tệp đã ký.",
                    "signature");
            }

            var stored = await store.SaveAsync(PdfName(request.FileName), new MemoryStream(bytes, writable: false), cancellationToken);
            compensations.OnRollback(() => store.Delete(stored.Key));
            var copy = new SignedDecisionCopy(decision.Id, stored.FileName, stored.Size, stored.Sha256, stored.Key, user.UserName, now,
                report.ChangedAfterSigning,
                report.Signatures.Select((s, i) => new SignedCopySignature(i + 1, s.SignerName, s.Organisation, s.CertificateSubject,
                    s.CertificateIssuer, s.CertificateThumbprint, s.SigningTime, s.Valid, s.CoversWholeDocument, s.Trust == CertificateTrust.Trusted,
                    s.Problem, s.TrustNote)));
            db.SignedDecisionCopies.Add(copy);
            await db.SaveChangesAsync(cancellationToken);
            return SignedCopyView.From(copy);
        }

        /// <summary>The upload, read up to one byte past the limit so that the verifier can name the limit.</summary>
        private static async Task<byte[]> ReadAtMostAsync(Stream content, long limit, CancellationToken ct)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while (buffer.Length < limit && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
                buffer.Write(chunk, 0, read);
            return buffer.ToArray();
        }

        /// <summary>The name the file came with, ending in .pdf (the content was checked to be a PDF).</summary>
        private static string PdfName(string fileName)
        {
            var name = Path.GetFileName(fileName ?? "").Trim();
            if (name.Length > 200) name = name[^200..];
            if (Path.GetFileNameWithoutExtension(name).Length == 0) return "ban-da-ky.pdf";
            return name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? name : Path.ChangeExtension(name, ".pdf");
        }
    }
}

/// <summary>Signed copies are seen by whoever may see their decision (<see cref="GetDecision"/>).</summary>
internal static class SignedCopyAccess
{
    public static NotFoundException NotFound(int decisionId) =>
        new($"Không tìm thấy quyết định số {decisionId}, hoặc anh/chị không có quyền xem quyết định này.");

    /// <summary>The decision if the caller may read it (<see cref="Access.VisibleDecisions"/>), else not found.</summary>
    public static async Task<Decision> VisibleAsync(Access access, int decisionId, CancellationToken ct) =>
        await access.VisibleDecisions().SingleOrDefaultAsync(d => d.Id == decisionId, ct) ?? throw NotFound(decisionId);
}
