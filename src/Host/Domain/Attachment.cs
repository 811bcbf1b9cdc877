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
}
