namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// A decision as signed by its issuer, uploaded by the office: a scan of the paper, or a PDF carrying digital
/// signatures, with what their verification found at upload. Every upload is kept; the newest of a decision is the
/// official file.
/// </summary>
public sealed class SignedDecisionCopy
{
    private readonly List<SignedCopySignature> _signatures = [];

    private SignedDecisionCopy() { }

    public SignedDecisionCopy(int decisionId, string fileName, long size, string sha256, string storageKey, string uploadedBy,
        DateTimeOffset uploadedAt, bool changedAfterSigning, IEnumerable<SignedCopySignature> signatures)
    {
        (DecisionId, FileName, Size, Sha256, StorageKey, UploadedBy, UploadedAt) =
            (decisionId, fileName, size, sha256, storageKey, uploadedBy, uploadedAt);
        _signatures.AddRange(signatures);
        ChangedAfterSigning = _signatures.Count > 0 && changedAfterSigning;
    }

    public int Id { get; private set; }
    public int DecisionId { get; private set; }
    public Decision? Decision { get; private set; }
    public string FileName { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Something was added to the file after its last signature.</summary>
    public bool ChangedAfterSigning { get; private set; }

    /// <summary>The digital signatures in the order they were made; none for a scan.</summary>
    public IReadOnlyList<SignedCopySignature> Signatures => _signatures;

    public bool HasDigitalSignature => _signatures.Count > 0;

    public bool Valid => HasDigitalSignature && _signatures.All(s => s.Valid);

    public bool Unchanged => Valid && !ChangedAfterSigning;

    public bool Trusted => HasDigitalSignature && _signatures.All(s => s.Trusted);

    /// <summary>The first signature names the person who signed the decision; a later one is usually the agency's.</summary>
    public SignedCopySignature? FirstSignature => _signatures.Count > 0 ? _signatures[0] : null;
}

/// <summary>One digital signature of a signed copy, as verified at upload.</summary>
public sealed class SignedCopySignature
{
    private SignedCopySignature() { }

    public SignedCopySignature(int order, string? signerName, string? organisation, string? certificateSubject, string? certificateIssuer,
        string? certificateThumbprint, DateTimeOffset? signingTime, bool valid, bool coversWholeDocument, bool trusted, string? problem,
        string? trustNote)
    {
        (Order, SignerName, Organisation, CertificateSubject, CertificateIssuer, CertificateThumbprint) =
            (order, signerName, organisation, certificateSubject, certificateIssuer, certificateThumbprint);
        (SigningTime, Valid, CoversWholeDocument, Trusted, Problem, TrustNote) = (signingTime, valid, coversWholeDocument, trusted, problem, trustNote);
    }

    public int Order { get; private set; }
    public string? SignerName { get; private set; }
    public string? Organisation { get; private set; }
    public string? CertificateSubject { get; private set; }
    public string? CertificateIssuer { get; private set; }
    public string? CertificateThumbprint { get; private set; }
    public DateTimeOffset? SigningTime { get; private set; }
    public bool Valid { get; private set; }
    public bool CoversWholeDocument { get; private set; }

    /// <summary>The certificate leads to a root the server trusts (agency roots usually are not in its store).</summary>
    public bool Trusted { get; private set; }

    public string? Problem { get; private set; }
    public string? TrustNote { get; private set; }
}
