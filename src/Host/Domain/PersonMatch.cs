using System.Globalization;
using System.Text;

namespace ToanDan.Awards.Host.Domain;

/// <summary>How sure we are that two records name the same person.</summary>
public enum Likeness
{
    Different,

    /// <summary>The same name without diacritics and the same date of birth: "có thể trùng", for a reviewer to look at, never a block.</summary>
    Possible,

    Same,
}

/// <summary>What identifies a person on a record: the 12-digit căn cước (CCCD), the old 9-digit CMND, the name as written, the birth date.</summary>
public sealed record PersonKey(string? CitizenId, string? FormerCitizenId, string Name, DateOnly? DateOfBirth)
{
    /// <summary>
    /// One person by any shared number (a CMND on one record and the same CMND beside a CCCD on the other); two different
    /// numbers of the same kind are two people. When the numbers cannot decide, the name with its diacritics ("Hùng" is not
    /// "Hưng") and the birth date; the same name folded (without diacritics) and the same birth date is only possible.
    /// </summary>
    public Likeness Compare(PersonKey other)
    {
        if (Shares(CitizenId, other.CitizenId) || Shares(CitizenId, other.FormerCitizenId)
            || Shares(FormerCitizenId, other.CitizenId) || Shares(FormerCitizenId, other.FormerCitizenId))
            return Likeness.Same;
        if ((CitizenId is not null && other.CitizenId is not null) || (FormerCitizenId is not null && other.FormerCitizenId is not null))
            return Likeness.Different;
        if (DateOfBirth is null || DateOfBirth != other.DateOfBirth) return Likeness.Different;
        var (mine, theirs) = (PersonName.Exact(Name), PersonName.Exact(other.Name));
        if (mine.Length > 0 && mine == theirs) return Likeness.Same;
        var folded = VietnameseText.Key(Name);
        return folded.Length > 0 && folded == VietnameseText.Key(other.Name) ? Likeness.Possible : Likeness.Different;
    }

    /// <summary>The numbers this record carries (none, one or two), for a database look-up of either column.</summary>
    public IEnumerable<string> Numbers => new[] { CitizenId, FormerCitizenId }.Where(n => n is not null)!;

    private static bool Shares(string? a, string? b) => a is not null && a == b;
}

/// <summary>Personal numbers and names as a record keeps them.</summary>
public static class PersonName
{
    /// <summary>The name as written, keeping its diacritics: composed (NFC), lower case, single spaces.</summary>
    public static string Exact(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var builder = new StringBuilder(name.Length);
        foreach (var part in name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(part.ToLower(CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    public const string CitizenIdRule = "Số căn cước công dân phải gồm 12 chữ số (số CMND cũ 9 chữ số ghi ở ô 'Số CMND cũ').";
    public const string FormerCitizenIdRule = "Số chứng minh nhân dân (CMND) cũ phải gồm 9 chữ số.";
    public const string TwoFormerIds = "Số có 9 chữ số là số CMND cũ: hãy ghi nó ở ô 'Số CMND cũ' và để ô 'Số CCCD' cho số 12 chữ số.";

    public static bool IsCitizenId(string? id) => id is { Length: 12 } && id.All(char.IsAsciiDigit);

    public static bool IsFormerCitizenId(string? id) => id is { Length: 9 } && id.All(char.IsAsciiDigit);

    /// <summary>
    /// The two numbers of a person, trimmed; a 9-digit number typed where the CCCD goes is the old CMND (no CCCD has 9
    /// digits), so forms and files from before the CMND had its own field keep working.
    /// </summary>
    public static (string? CitizenId, string? FormerCitizenId) Numbers(string? citizenId, string? formerCitizenId)
    {
        var id = string.IsNullOrWhiteSpace(citizenId) ? null : citizenId.Trim();
        var former = string.IsNullOrWhiteSpace(formerCitizenId) ? null : formerCitizenId.Trim();
        if (IsFormerCitizenId(id))
        {
            if (former is not null && former != id) throw new DomainException(TwoFormerIds, "citizenId");
            (id, former) = (null, id);
        }
        if (id is not null && !IsCitizenId(id)) throw new DomainException(CitizenIdRule, "citizenId");
        if (former is not null && !IsFormerCitizenId(former)) throw new DomainException(FormerCitizenIdRule, "formerCitizenId");
        return (id, former);
    }
}
