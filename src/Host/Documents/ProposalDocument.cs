namespace ToanDan.Awards.Host.Documents;

/// <summary>
/// The province's proposal to the level that decides (tờ trình of the provincial police director to the chairman or the
/// minister), already worded, with the consolidated list of those it proposes. Not yet signed: its number and date are
/// left blank for the proposer's register, as on a draft decision.
/// </summary>
public sealed record ProposalDocument(
    string ParentIssuer,
    string Issuer,
    string Symbol,
    string Place,
    string Proposer,
    string AddresseeLine,
    IReadOnlyList<string> AwardNames,
    IReadOnlyList<string> Bases,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> SignatureLines,
    string SignerName,
    IReadOnlyList<ProposalList> Lists)
{
    public string NumberLine => $"Số:       /{Symbol}";
    public string PlaceDateLine => $"{Place}, {VietnameseWording.BlankDateWords}";
    public string Subject => $"Về việc đề nghị tặng {string.Join(" và ", AwardNames)}";

    /// <summary>What every attached list says it goes with: "(Kèm theo Tờ trình số      /TTr-CAT ngày … của Công an tỉnh …)".</summary>
    public string AttachedTo => $"(Kèm theo Tờ trình số       /{Symbol} {VietnameseWording.BlankDateWords}của {Proposer})";
}

/// <summary>The collectives and individuals proposed for one award, in the order the decision will list them.</summary>
public sealed record ProposalList(string AwardName, IReadOnlyList<DocumentAwardee> Collectives, IReadOnlyList<DocumentAwardee> Individuals)
{
    public string Title =>
        $"DANH SÁCH {(Collectives.Count > 0 && Individuals.Count > 0 ? "TẬP THỂ, CÁ NHÂN" : Collectives.Count > 0 ? "TẬP THỂ" : "CÁ NHÂN")} ĐỀ NGHỊ TẶNG {VietnameseWording.Caps(AwardName)}";
}

/// <summary>
/// The danh sách trích ngang the ministry asks for with a medal proposal: one line per person with what the dossier
/// holds of them, under the proposal's heading and signer.
/// </summary>
public sealed record BriefListDocument(
    string ParentIssuer,
    string Issuer,
    string Place,
    string AwardName,
    string AttachedTo,
    IReadOnlyList<BriefListLine> Lines,
    IReadOnlyList<string> SignatureLines,
    string SignerName)
{
    public string PlaceDateLine => $"{Place}, {VietnameseWording.BlankDateWords}";
    public const string Title = "DANH SÁCH TRÍCH NGANG";
    public string Subtitle => $"Cá nhân đề nghị tặng {AwardName}";
    public string Total => $"Tổng số: {VietnameseWording.Awardees(0, Lines.Count)}.";

    public static readonly string[] Columns = ["STT", "Họ và tên", "Năm sinh", "Nam/Nữ", "Chức vụ, đơn vị công tác", "Tóm tắt thành tích"];
    public static readonly int[] Widths = [2, 6, 3, 3, 8, 16];
}

/// <summary>One person of the brief list, under the heading of the unit that proposed them.</summary>
public sealed record BriefListLine(string UnitName, string Name, string? BirthYear, string Sex, string PositionAndWorkplace, string Achievements)
{
    public string[] Cells => [Name, BirthYear ?? "", Sex, PositionAndWorkplace, Achievements];
}
