namespace ToanDan.Awards.Host.Documents;

/// <summary>Everything a decision's Word and PDF files show, already worded.</summary>
public sealed record DecisionDocument(
    string ParentIssuer,
    string Issuer,
    string Number,
    string Place,
    DateOnly IssuedOn,
    string AwardName,
    string DeciderTitle,
    string SignerTitle,
    string DeciderFull,
    IReadOnlyList<string> Bases,
    string Article1,
    string Article2,
    string Article3,
    IReadOnlyList<string> Recipients,
    string? Revocation,
    IReadOnlyList<DocumentAwardee> Collectives,
    IReadOnlyList<DocumentAwardee> Individuals)
{
    public string NumberLine => $"Số: {Number}";
    public string PlaceDateLine => $"{Place}, {VietnameseWording.DateWords(IssuedOn)}";
    public string Subject => $"Về việc tặng {AwardName}";
    public string ListTitle => $"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG {VietnameseWording.Caps(AwardName)}";
    public string ListSubtitle => $"(Kèm theo Quyết định số {Number} {VietnameseWording.DateWords(IssuedOn)} của {DeciderFull})";
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
}

/// <summary>One line of the attached list.</summary>
public sealed record DocumentAwardee(string Name, string? BirthYear, string? Position, string? Workplace);
