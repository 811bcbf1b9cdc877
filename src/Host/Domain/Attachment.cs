namespace ToanDan.Awards.Host.Domain;

public enum AttachmentKind
{
    CoverSubmission,
    AchievementReport,
    CouncilMinutes,
    ServiceRecord,
    Other,
}

/// <summary>A file of a dossier, stored outside the web root and served only to those who may see the dossier.</summary>
public sealed class Attachment
{
    private Attachment() { }

    public Attachment(AttachmentKind kind, string fileName, string contentType, long size, string sha256, string storageKey,
        string uploadedBy, DateTimeOffset uploadedAt)
    {
        (Kind, FileName, ContentType, Size, Sha256, StorageKey, UploadedBy, UploadedAt) =
            (kind, fileName, contentType, size, sha256, storageKey, uploadedBy, uploadedAt);
    }

    public int Id { get; private set; }
    public int NominationId { get; private set; }
    public AttachmentKind Kind { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The required part this file fulfils (<see cref="RequiredPart.Code"/>); null for other documents.</summary>
    public string? PartCode { get; private set; }

    /// <summary>For a per-nominee part: whose file it is.</summary>
    public int? NomineeId { get; private set; }
    public Nominee? Nominee { get; private set; }

    /// <summary>Marks the file as the dossier's copy of a part, or of one nominee's part.</summary>
    public void Fulfil(RequiredPart part, Nominee? nominee)
    {
        if (part.PerNominee && nominee is null)
            throw new DomainException($"'{part.Name}' nộp riêng cho từng tập thể, cá nhân: hãy chọn tệp này của ai.", "nomineeId");
        if (!part.PerNominee && nominee is not null)
            throw new DomainException($"'{part.Name}' là tài liệu chung của hồ sơ, không gắn với từng tập thể, cá nhân.", "nomineeId");
        (PartCode, Nominee, NomineeId) = (part.Code, nominee, nominee?.Id);
    }

    /// <summary>The nominee list was typed again: the file follows the same person, or belongs to no one if they left the list.</summary>
    internal void Follow(Nominee? nominee)
    {
        Nominee = nominee;
        // A nominee not saved yet has no id: the navigation gives the key once it is saved.
        if (nominee is null || nominee.Id != 0) NomineeId = nominee?.Id;
    }
}
