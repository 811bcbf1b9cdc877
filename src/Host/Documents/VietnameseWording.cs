using System.Globalization;
using Humanizer;

namespace ToanDan.Awards.Host.Documents;

/// <summary>How administrative documents write numbers, counts and dates in Vietnamese.</summary>
public static class VietnameseWording
{
    private static readonly CultureInfo Vi = new("vi");

    /// <summary>"03 (ba)": at least two digits, then the number in words.</summary>
    public static string Count(int n) => $"{n.ToString("00", CultureInfo.InvariantCulture)} ({n.ToWords(Vi)})";

    /// <summary>"03 (ba) tập thể, 09 (chín) cá nhân"; a kind with nobody is left out.</summary>
    public static string Awardees(int collectives, int individuals)
    {
        var parts = new List<string>();
        if (collectives > 0) parts.Add($"{Count(collectives)} tập thể");
        if (individuals > 0) parts.Add($"{Count(individuals)} cá nhân");
        return string.Join(", ", parts);
    }

    /// <summary>"3 tập thể, 9 cá nhân": the statistics' shape.</summary>
    public static string Tally(int collectives, int individuals) => $"{collectives} tập thể, {individuals} cá nhân";

    /// <summary>"ngày 02 tháng 11 năm 2026": days below 10 and months 1, 2 get a leading zero (Nghị định 30/2020/NĐ-CP).</summary>
    public static string DateWords(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture,
            $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>A unit's cover submission as documents cite it: "Tờ trình số 15/TTr-CAX ngày 02 tháng 11 năm 2026".</summary>
    public static string Submission(string number, DateOnly? date) => $"Tờ trình số {number}{(date is { } d ? " " + DateWords(d) : "")}";

    /// <summary>The date of a paper not yet signed: blanks the office's register fills by hand.</summary>
    public const string BlankDateWords = "ngày      tháng      năm      ";

    /// <summary>Why a collective or person is commended, as decisions and proposals say it.</summary>
    public const string Merit = "đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc";

    /// <summary>"Thanh Hóa, ngày 02 tháng 11 năm 2026": where and when a document is dated.</summary>
    public static string PlaceDate(string place, DateOnly date) => $"{place}, {DateWords(date)}";

    /// <summary>
    /// The signer's title lines (Nghị định 30/2020): "GIÁM ĐỐC" for the decider, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" for a
    /// deputy signing on the decider's behalf.
    /// </summary>
    public static IReadOnlyList<string> SignatureLines(string deciderTitle, string? deputyTitle) =>
        deputyTitle is null ? [Caps(deciderTitle)] : [$"KT. {Caps(deciderTitle)}", Caps(deputyTitle)];

    /// <summary>Vietnamese capitals: "Giám đốc" → "GIÁM ĐỐC".</summary>
    public static string Caps(string text) => text.ToUpper(Vi);
}
