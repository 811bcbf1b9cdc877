namespace ToanDan.Awards.Host.Domain;

/// <summary>What an eligibility criterion checks.</summary>
public enum RuleKind
{
    /// <summary>Years of service by sex, time in designated areas counted double when the rule says so.</summary>
    ServiceTime,

    /// <summary>At least one earlier commendation (ad-hoc ones do not count).</summary>
    RequiredHonour,

    /// <summary>Already holding the named honour excludes the nominee.</summary>
    ExcludedHonour,

    /// <summary>A pending matter (discipline, complaint, inspection) postpones the nominee, never refuses.</summary>
    Postponing,

    /// <summary>A condition only a reviewer can judge: always "to verify" until confirmed with a reason.</summary>
    Manual,
}

public enum PendingMatter
{
    Discipline,
    Complaint,
    Inspection,
}

public enum CriterionOutcome
{
    Passed,
    Confirmed,
    ToVerify,
    Postponed,
    Failed,
}

/// <summary>A group of people an award type names (leaders, members of the grassroots security force…); administrators edit it.</summary>
public sealed class NomineeGroup
{
    public const int MaxCodeLength = 32;

    private NomineeGroup() { }

    public NomineeGroup(int awardTypeId, string code, string name, string legalBasis, int order)
    {
        AwardTypeId = awardTypeId;
        Code = EligibilityRule.CodeOf(code);
        Order = order;
        Update(name, legalBasis);
    }

    public int Id { get; private set; }
    public int AwardTypeId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string LegalBasis { get; private set; } = "";
    public int Order { get; private set; }

    public void Update(string name, string legalBasis)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Hãy nhập tên nhóm đối tượng.", "name") : name.Trim();
        LegalBasis = EligibilityRule.Basis(legalBasis);
    }
}

/// <summary>
/// One criterion of an award type, with the text of law it comes from. Thresholds live here, never in code, because
/// the circulars change; <see cref="SourceNote"/> says honestly which text the figures were taken from.
/// </summary>
public sealed class EligibilityRule
{
    private EligibilityRule() { }

    public EligibilityRule(int awardTypeId, RuleKind kind, string? groupCode, string title, string legalBasis, int order,
        int? minYearsMen = null, int? minYearsWomen = null, bool doubleTimeCounts = false, string? honour = null,
        PendingMatter? matter = null, string? sourceNote = null)
    {
        AwardTypeId = awardTypeId;
        Order = order;
        Update(kind, groupCode, title, legalBasis, minYearsMen, minYearsWomen, doubleTimeCounts, honour, matter, sourceNote);
    }

    public int Id { get; private set; }
    public int AwardTypeId { get; private set; }
    public int Order { get; private set; }
    public RuleKind Kind { get; private set; }

    /// <summary>The group the rule applies to; null: every nominee of the award type.</summary>
    public string? GroupCode { get; private set; }

    public string Title { get; private set; } = "";
    public int? MinYearsMen { get; private set; }
    public int? MinYearsWomen { get; private set; }
    public bool DoubleTimeCounts { get; private set; }

    /// <summary>For honour rules: words (separated by ';') that must all appear in the honour's name, compared without diacritics.</summary>
    public string? Honour { get; private set; }

    public PendingMatter? Matter { get; private set; }
    public string LegalBasis { get; private set; } = "";
    public string? SourceNote { get; private set; }

    public void Update(RuleKind kind, string? groupCode, string title, string legalBasis, int? minYearsMen, int? minYearsWomen,
        bool doubleTimeCounts, string? honour, PendingMatter? matter, string? sourceNote)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Hãy nhập nội dung tiêu chuẩn.", "title");
        if (kind == RuleKind.ServiceTime && (minYearsMen is not > 0 || minYearsWomen is not > 0))
            throw new DomainException("Tiêu chuẩn thời gian công tác cần số năm tối thiểu của nam và của nữ (lớn hơn 0).", "minYearsMen");
        if (kind == RuleKind.ExcludedHonour && string.IsNullOrWhiteSpace(honour))
            throw new DomainException("Hãy nhập tên hình thức khen thưởng loại trừ.", "honour");
        if (kind == RuleKind.Postponing && matter is null)
            throw new DomainException("Hãy chọn việc đang chờ kết luận (kỷ luật, khiếu nại, thanh tra).", "matter");
        Kind = kind;
        GroupCode = string.IsNullOrWhiteSpace(groupCode) ? null : CodeOf(groupCode);
        Title = title.Trim();
        LegalBasis = Basis(legalBasis);
        (MinYearsMen, MinYearsWomen) = kind == RuleKind.ServiceTime ? (minYearsMen, minYearsWomen) : (null, null);
        DoubleTimeCounts = kind == RuleKind.ServiceTime && doubleTimeCounts;
        Honour = kind is RuleKind.ExcludedHonour or RuleKind.RequiredHonour && !string.IsNullOrWhiteSpace(honour) ? honour.Trim() : null;
        Matter = kind == RuleKind.Postponing ? matter : null;
        SourceNote = string.IsNullOrWhiteSpace(sourceNote) ? null : sourceNote.Trim();
    }

    public bool AppliesTo(string? groupCode) => GroupCode is null || GroupCode == groupCode;

    /// <summary>True when the honour's name holds every word of <see cref="Honour"/> (no words: any honour).</summary>
    public bool Matches(string honourName)
    {
        if (Honour is null) return true;
        var name = VietnameseText.Key(honourName);
        return Honour.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(word => name.Contains(VietnameseText.Key(word), StringComparison.Ordinal));
    }

    public const string LegalBasisNeeded = "Hãy ghi căn cứ pháp lý (văn bản, điều, khoản) của tiêu chuẩn.";

    internal static string Basis(string legalBasis) => string.IsNullOrWhiteSpace(legalBasis)
        ? throw new DomainException(LegalBasisNeeded, "legalBasis")
        : legalBasis.Trim();

    internal static string CodeOf(string code)
    {
        var c = code.Trim().ToLowerInvariant();
        if (c.Length is 0 or > NomineeGroup.MaxCodeLength || !c.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-'))
            throw new DomainException("Mã nhóm đối tượng gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 32 ký tự).", "code");
        return c;
    }
}

/// <summary>
/// A unit lies in an especially difficult, border or island area for a span of dates (the Government's lists change):
/// service there in that span counts double where the rule allows it.
/// </summary>
public sealed class AreaDesignation
{
    public const string KindNeeded = "Hãy ghi loại địa bàn (ví dụ: xã đặc biệt khó khăn, biên giới, hải đảo).";

    private AreaDesignation() { }

    public AreaDesignation(int unitId, string kind, DateOnly from, DateOnly? to, string legalBasis)
    {
        UnitId = unitId;
        if (string.IsNullOrWhiteSpace(kind)) throw new DomainException(KindNeeded, "kind");
        if (!Periods.InOrder(from, to)) throw new DomainException(Periods.EndsBeforeStart, "to");
        (Kind, From, To, LegalBasis) = (kind.Trim(), from, to, EligibilityRule.Basis(legalBasis));
    }

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public Unit? Unit { get; private set; }

    /// <summary>How the area is named in the figures: "xã đặc biệt khó khăn", "xã biên giới", "đặc khu".</summary>
    public string Kind { get; private set; } = "";

    public DateOnly From { get; private set; }

    /// <summary>The day it stopped being designated (exclusive); null: still designated.</summary>
    public DateOnly? To { get; private set; }

    public string LegalBasis { get; private set; } = "";
}

/// <summary>A span of a nominee's service: from–to (to exclusive; none: still serving), where, and whether it counts double.</summary>
/// <param name="UnitId">The unit in our tree, when it is one: its area designations decide the double time.</param>
/// <param name="CountsDouble">Declared by the unit for a place outside our tree (a reviewer checks the proof).</param>
public sealed record ServicePeriod(DateOnly From, DateOnly? To, string Place, int? UnitId = null, bool CountsDouble = false);

/// <summary>An honour the nominee already holds, as the unit declares it; ad-hoc ones never count as a prerequisite.</summary>
public sealed record HeldHonour(string Name, int? Year = null, bool AdHoc = false);

/// <summary>A reviewer's confirmation of a "to verify" criterion of one nominee, with the reason (kept, audited).</summary>
public sealed class EligibilityConfirmation
{
    private EligibilityConfirmation() { }

    public EligibilityConfirmation(int nomineeId, int ruleId, string reason, string by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Cần ghi lý do xác nhận tiêu chuẩn.", "reason");
        (NomineeId, RuleId, Reason, ConfirmedBy, ConfirmedAt) = (nomineeId, ruleId, reason.Trim(), by, at);
    }

    public int Id { get; private set; }
    public int NomineeId { get; private set; }
    public int RuleId { get; private set; }
    public string Reason { get; private set; } = "";
    public string ConfirmedBy { get; private set; } = "";
    public DateTimeOffset ConfirmedAt { get; private set; }
}
