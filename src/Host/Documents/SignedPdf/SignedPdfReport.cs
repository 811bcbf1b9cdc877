namespace ToanDan.Awards.Host.Documents.SignedPdf;

/// <summary>Where the signing time of a signature was read.</summary>
public enum SigningTimeSource
{
    /// <summary>No time anywhere in the signature.</summary>
    None,

    /// <summary>An RFC 3161 time-stamp token attached to the signature, verified against it.</summary>
    Timestamp,

    /// <summary>The CMS signed attribute <c>signingTime</c> (covered by the signature, but the signer's own clock).</summary>
    SignedAttribute,

    /// <summary>The <c>/M</c> entry of the signature dictionary (inside the signed range, the signer's own clock).</summary>
    PdfDictionary,
}

/// <summary>Whether the signer's certificate leads to a root the server trusts: a fact shown, never a reason to refuse.</summary>
public enum CertificateTrust
{
    /// <summary>The chain ends in a root of the server's store.</summary>
    Trusted,

    /// <summary>The chain ends in a root the server does not know (agency certificates of Ban Cơ yếu Chính phủ, a self-signed one).</summary>
    UnknownIssuer,

    /// <summary>The chain is broken for another reason (expired at signing time, bad signature on a certificate…).</summary>
    NotTrusted,

    /// <summary>The signature carries no certificate to check.</summary>
    NoCertificate,
}

/// <summary>One digital signature found in a PDF, and what was checked about it.</summary>
/// <param name="SignerName">The common name (CN) of the signer's certificate subject.</param>
/// <param name="Organisation">The organisation (O) of the signer's certificate subject.</param>
/// <param name="Valid">The CMS signature verifies over the bytes of its <c>/ByteRange</c>.</param>
/// <param name="CoversWholeDocument">The signed range runs to the end of the file: nothing was added after this signature.</param>
/// <param name="Problem">Why the signature is not valid (Vietnamese), when it is not.</param>
/// <param name="TrustNote">Why the certificate is not trusted (Vietnamese), when it is not.</param>
/// <param name="DigestMismatch">The signed bytes differ from the bytes the signature was made over: the document was edited.</param>
public sealed record PdfSignatureReport(
    string? SignerName,
    string? Organisation,
    string? CertificateSubject,
    string? CertificateIssuer,
    string? CertificateThumbprint,
    DateTimeOffset? SigningTime,
    SigningTimeSource TimeSource,
    bool Valid,
    bool DigestMismatch,
    bool CoversWholeDocument,
    CertificateTrust Trust,
    string? SubFilter,
    string? Problem,
    string? TrustNote,
    long SignedRangeEnd);

/// <summary>
/// What a PDF says about its signatures. A file that is not a PDF, too big or unreadable is <see cref="Refused"/>
/// with a Vietnamese <see cref="Refusal"/>; a PDF without any signature (a scan) is accepted with none.
/// </summary>
public sealed record SignedPdfReport(bool IsPdf, string? Refusal, long Size, IReadOnlyList<PdfSignatureReport> Signatures, bool ChangedAfterSigning)
{
    public static SignedPdfReport Refused(string refusal, long size) => new(false, refusal, size, [], false);

    public bool Accepted => Refusal is null;

    public bool HasDigitalSignature => Signatures.Count > 0;

    public bool AllValid => Signatures.Count > 0 && Signatures.All(s => s.Valid);

    public bool AllTrusted => Signatures.Count > 0 && Signatures.All(s => s.Trust == CertificateTrust.Trusted);

    /// <summary>Signed, and not one byte added or changed since the last signature.</summary>
    public bool Unchanged => HasDigitalSignature && AllValid && !ChangedAfterSigning;
}
