namespace ToanDan.Awards.Host.Domain;

public enum NomineeKind
{
    Collective,
    Individual,
}

public enum Sex
{
    Male,
    Female,
}

/// <summary>A collective or an individual proposed in a nomination.</summary>
public sealed class Nominee
{
    private Nominee() { }

    public int Id { get; private set; }
    public int NominationId { get; private set; }
    public NomineeKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The name without diacritics, lower case: what search and the once-per-person rule compare.</summary>
    public string NameKey { get; private set; } = "";

    public string Achievements { get; private set; } = "";

    // Collective
    public string? ParentUnitName { get; private set; }
    public int? MemberCount { get; private set; }
    public decimal? WomenShare { get; private set; }

    // Individual
    public DateOnly? DateOfBirth { get; private set; }
    public Sex? Sex { get; private set; }
    public string? Position { get; private set; }
    public string? Workplace { get; private set; }
    public string? CitizenId { get; private set; }

    /// <summary>Struck out by a reviewer; the dossier goes on with the nominees kept.</summary>
    public bool IsStruck { get; private set; }
    public string? StrikeReason { get; private set; }
    public string? StruckBy { get; private set; }

    public static Nominee Collective(string name, string? parentUnitName, int? memberCount, decimal? womenShare, string achievements)
    {
        if (memberCount is < 1) throw new DomainException("Số thành viên của tập thể phải lớn hơn 0.");
        if (womenShare is < 0 or > 1) throw new DomainException("Tỷ lệ nữ phải từ 0 đến 100%.");
        return new Nominee
        {
            Kind = NomineeKind.Collective,
            Name = Required(name, "Tên tập thể"),
            NameKey = VietnameseText.Key(name),
            ParentUnitName = parentUnitName?.Trim(),
            MemberCount = memberCount,
            WomenShare = womenShare,
            Achievements = achievements.Trim(),
        };
    }

    public static Nominee Individual(string fullName, DateOnly? dateOfBirth, Sex? sex, string? position, string? workplace,
        string? citizenId, string achievements)
    {
        var id = string.IsNullOrWhiteSpace(citizenId) ? null : citizenId.Trim();
        if (id is not null && !(id.Length is 9 or 12 && id.All(char.IsAsciiDigit)))
            throw new DomainException("Số căn cước công dân phải gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).", "citizenId");
        return new Nominee
        {
            Kind = NomineeKind.Individual,
            Name = Required(fullName, "Họ và tên"),
            NameKey = VietnameseText.Key(fullName),
            DateOfBirth = dateOfBirth,
            Sex = sex,
            Position = position?.Trim(),
            Workplace = workplace?.Trim(),
            CitizenId = id,
            Achievements = achievements.Trim(),
        };
    }

    /// <summary>The same collective or person typed again: the same citizen ID when both have one, else the same kind and name.</summary>
    public bool IsSamePerson(Nominee other) =>
        CitizenId is not null && other.CitizenId is not null ? CitizenId == other.CitizenId : Kind == other.Kind && NameKey == other.NameKey;

    internal void Strike(string reason, string by)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException($"Cần ghi lý do không đề nghị '{Name}'.", "reason");
        (IsStruck, StrikeReason, StruckBy) = (true, reason.Trim(), by);
    }

    internal void Keep() => (IsStruck, StrikeReason, StruckBy) = (false, null, null);

    private static string Required(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"{field} không được để trống.", "name") : value.Trim();
}
