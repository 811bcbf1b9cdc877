using ToanDan.Awards.Host.Features.Decisions;

namespace ToanDan.Awards.Host.Pages.QuyetDinh;

/// <summary>
/// The administrative heading of a decision (issuing authority, place, date in words) derived from who decides:
/// "Giám đốc Công an tỉnh" issues as "Công an tỉnh Thanh Hóa", "Bộ trưởng Bộ Công an" as "Bộ Công an".
/// </summary>
public sealed record DecisionHeading(string Authority, string? ParentAuthority, string Place, string DateLine, string Decider, string SignerTitle)
{
    private static readonly string[] Titles = ["Giám đốc", "Chủ tịch", "Bộ trưởng"];

    public static DecisionHeading For(GetDecision.Detail d)
    {
        var province = d.ProvinceName is null ? null
            : d.ProvinceName.StartsWith("Tỉnh ", StringComparison.OrdinalIgnoreCase) ? d.ProvinceName[5..]
            : d.ProvinceName.StartsWith("Thành phố ", StringComparison.OrdinalIgnoreCase) ? d.ProvinceName[10..]
            : d.ProvinceName;
        var title = Titles.FirstOrDefault(t => d.Decider.StartsWith(t + " ", StringComparison.OrdinalIgnoreCase));
        var authority = title is null ? d.Decider : d.Decider[(title.Length + 1)..];
        var ministry = authority.StartsWith("Bộ ", StringComparison.OrdinalIgnoreCase);
        var provincial = d.Decider.EndsWith(" tỉnh", StringComparison.OrdinalIgnoreCase) && province is not null;
        if (provincial) authority += " " + province;
        // Ministry decisions are signed in the capital; provincial ones in the province.
        var place = ministry ? "Hà Nội" : province ?? "";
        var parent = !ministry && authority.StartsWith("Công an", StringComparison.OrdinalIgnoreCase) ? "Bộ Công an" : null;
        return new DecisionHeading(authority, parent, place, DateInWords(d.IssuedOn), provincial ? $"{d.Decider} {province}" : d.Decider,
            title ?? d.Decider);
    }

    /// <summary>"ngày 05 tháng 02 năm 2026": days below 10 and the months January and February take a leading zero.</summary>
    public static string DateInWords(DateOnly date) =>
        $"ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00") : date.Month.ToString())} năm {date.Year}";
}
