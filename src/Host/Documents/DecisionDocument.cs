namespace ToanDan.Awards.Host.Documents;

/// <summary>Everything a decision's Word and PDF files show, already worded.</summary>
public sealed record DecisionDocument(
    string ParentIssuer,
    string Issuer,
    string Number,
    string Place,
    DateOnly? IssuedOn,
    string AwardName,
    string DeciderTitle,
    IReadOnlyList<string> SignatureLines,
    string? SignerName,
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
    /// <summary>A draft has no number or date yet: the office prints it with the blanks the register will fill.</summary>
    public bool IsDraft => IssuedOn is null;
    public string NumberLine => $"Số: {Number}";
    public string PlaceDateLine => IssuedOn is { } on ? VietnameseWording.PlaceDate(Place, on) : $"{Place}, {VietnameseWording.BlankDateWords}";
    public string DateWords => IssuedOn is { } on ? VietnameseWording.DateWords(on) : VietnameseWording.BlankDateWords;
    public string Subject => $"Về việc tặng {AwardName}";
    public string ListTitle => $"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG {VietnameseWording.Caps(AwardName)}";
    public string ListSubtitle => $"(Kèm theo Quyết định số {Number} {DateWords} của {DeciderFull})";
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
}

/// <summary>One line of the attached list, under the heading of the unit that proposed it.</summary>
public sealed record DocumentAwardee(string Name, string? BirthYear, string? Position, string? Workplace, string UnitName);

/// <summary>The attached list's lines grouped by proposing unit, in the order the decision lists them.</summary>
public static class DocumentAwardees
{
    public static IEnumerable<IGrouping<string, DocumentAwardee>> ByUnit(IEnumerable<DocumentAwardee> awardees) =>
        awardees.GroupBy(a => a.UnitName);
}
