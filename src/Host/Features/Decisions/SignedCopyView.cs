using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Documents.SignedPdf;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Decisions;

/// <summary>
/// A signed copy of a decision as people see it: the file, who uploaded it, and what the verification of its digital
/// signatures found (<c>valid</c>, <c>unchanged</c>, <c>trusted</c> are null for a scan, which carries none).
/// </summary>
public sealed record SignedCopyView(int Id, string FileName, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt,
    bool DigitallySigned, string? Signer, string? Organisation, DateTimeOffset? SigningTime, bool? Valid, bool? Unchanged, bool? Trusted,
    string Verification, IReadOnlyList<string> TrustNotes, IReadOnlyList<SignedCopyView.Signature> Signatures)
{
    public sealed record Signature(string? Signer, string? Organisation, string? CertificateSubject, string? CertificateIssuer,
        string? CertificateThumbprint, DateTimeOffset? SigningTime, bool Valid, bool CoversWholeDocument, bool Trusted, string? Problem,
        string? TrustNote);

    public static SignedCopyView From(SignedDecisionCopy copy)
    {
        var signatures = copy.Signatures.OrderBy(s => s.Order).ToList();
        var lines = signatures.Select(s => new SignatureLine(s.SignerName, s.Organisation, s.SigningTime, s.Valid, s.Trusted, s.Problem, s.TrustNote)).ToList();
        var first = signatures.FirstOrDefault();
        return new SignedCopyView(copy.Id, copy.FileName, copy.Size, copy.Sha256, copy.UploadedBy, copy.UploadedAt,
            copy.HasDigitalSignature, first?.SignerName, first?.Organisation, first?.SigningTime,
            copy.HasDigitalSignature ? copy.Valid : null, copy.HasDigitalSignature ? copy.Unchanged : null, copy.HasDigitalSignature ? copy.Trusted : null,
            SignedCopyWording.Verification(copy.HasDigitalSignature, copy.ChangedAfterSigning, lines), SignedCopyWording.TrustNotes(lines),
            [.. signatures.Select(s => new Signature(s.SignerName, s.Organisation, s.CertificateSubject, s.CertificateIssuer, s.CertificateThumbprint,
                s.SigningTime, s.Valid, s.CoversWholeDocument, s.Trusted, s.Problem, s.TrustNote))]);
    }

    /// <summary>Every signed copy of a decision, newest (the official one) first.</summary>
    public static async Task<IReadOnlyList<SignedCopyView>> OfDecisionAsync(AwardsDbContext db, int decisionId, CancellationToken ct)
    {
        var copies = await db.SignedDecisionCopies.AsNoTracking().Where(c => c.DecisionId == decisionId)
            .OrderByDescending(c => c.UploadedAt).ThenByDescending(c => c.Id).ToListAsync(ct);
        return [.. copies.Select(From)];
    }
}
