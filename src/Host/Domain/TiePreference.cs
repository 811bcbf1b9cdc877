using System.Globalization;

namespace ToanDan.Awards.Host.Domain;

/// <summary>One nominee as the emulation council weighs them: the votes given, and what the tie preference looks at.</summary>
public sealed record CouncilCandidate(int NomineeId, NomineeKind Kind, string Name, string UnitName, Sex? Sex, decimal? WomenShare, int? Votes);

/// <summary>A candidate in the council's order: their place in the list, the preference the rules give them, and whether their votes tie another's.</summary>
public sealed record RankedCandidate(int Place, CouncilCandidate Candidate, string? Preference, bool Tied, bool DecidedByPreference);

/// <summary>
/// The council's order of the nominees of one award type and kind: most votes first (those without votes last); among
/// equal votes, women and collectives with at least the award type's share of women first (the preference the law gives
/// them on a tie, <see cref="AwardType.TiePreferenceBasis"/>); then unit and name, so the list reads the same every time.
/// </summary>
public static class TiePreference
{
    /// <summary>The share of women the law names (70 %), until an administrator changes it for an award type.</summary>
    public const int DefaultPercent = 70;

    /// <summary>The legal basis seeded for every award type; the administrator checks and edits it.</summary>
    public const string DefaultBasis =
        "Nguyên tắc khen thưởng: khi các cá nhân, tập thể cùng đủ điều kiện, tiêu chuẩn thì ưu tiên cá nhân nữ, tập thể có tỷ lệ nữ từ 70% " +
        "trở lên (Luật Thi đua, khen thưởng số 06/2022/QH15 và nghị định quy định chi tiết; trước đây khoản 3 Điều 2 Nghị định 65/2014/NĐ-CP). " +
        "Cần đối chiếu điều, khoản của văn bản đang có hiệu lực.";

    public const string PercentRange = "Tỷ lệ nữ để được ưu tiên phải từ 1 đến 100%.";

    /// <summary>What the rules prefer in this candidate on a tie, in words; null when nothing.</summary>
    public static string? Of(CouncilCandidate c, int womenCollectivePercent) => c.Kind switch
    {
        NomineeKind.Individual when c.Sex == Domain.Sex.Female => "Nữ",
        NomineeKind.Collective when c.WomenShare is { } share && share * 100 >= womenCollectivePercent =>
            $"Tập thể có {Percent(share)} nữ (từ {womenCollectivePercent}% trở lên)",
        _ => null,
    };

    /// <summary>The order of one list (one award type, one kind), numbered from 1.</summary>
    public static IReadOnlyList<RankedCandidate> Rank(IEnumerable<CouncilCandidate> candidates, int womenCollectivePercent)
    {
        var list = candidates.Select(c => (Candidate: c, Preference: Of(c, womenCollectivePercent))).ToList();
        var ordered = list
            .OrderBy(x => x.Candidate.Votes is null)
            .ThenByDescending(x => x.Candidate.Votes)
            .ThenBy(x => x.Preference is null)
            .ThenBy(x => x.Candidate.UnitName, StringComparer.Ordinal)
            .ThenBy(x => x.Candidate.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Candidate.NomineeId)
            .ToList();
        return [.. ordered.Select((x, i) =>
        {
            var same = ordered.Where(o => o.Candidate.NomineeId != x.Candidate.NomineeId && x.Candidate.Votes is not null
                && o.Candidate.Votes == x.Candidate.Votes).ToList();
            var decided = x.Preference is not null && same.Any(o => o.Preference is null);
            return new RankedCandidate(i + 1, x.Candidate, x.Preference, same.Count > 0, decided);
        })];
    }

    private static string Percent(decimal share) =>
        (share * 100).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + "%";
}
