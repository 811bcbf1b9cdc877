using System.Globalization;

namespace ToanDan.Awards.Host.Domain;

/// <summary>What the check needs to know of one nominee, as the unit declared it.</summary>
public sealed record NomineeFacts(
    string Name, Sex? Sex, string? GroupCode, IReadOnlyList<ServicePeriod> Periods, IReadOnlyList<HeldHonour> Honours,
    bool PendingDiscipline, bool PendingComplaint, bool PendingInspection)
{
    public static NomineeFacts Of(Nominee n) => new(n.Name, n.Sex, n.GroupCode, n.ServicePeriods, n.HonoursHeld,
        n.PendingDiscipline, n.PendingComplaint, n.PendingInspection);
}

/// <summary>One criterion for one nominee: the outcome and the figures used, in words a reviewer reads.</summary>
/// <param name="RuleId">The rule; 0 for the choice of group, which is not a rule of its own.</param>
public sealed record CriterionResult(int RuleId, string Title, CriterionOutcome Outcome, string Figures, string LegalBasis,
    string? SourceNote, string? ConfirmedBy = null, string? ConfirmationReason = null);

public sealed record EligibilityVerdict(string NomineeName, IReadOnlyList<CriterionResult> Criteria)
{
    /// <summary>The worst of the criteria: failed, else postponed, else to verify, else passed.</summary>
    public CriterionOutcome Outcome => Criteria.Count == 0 ? CriterionOutcome.Passed : Criteria.Max(c => c.Outcome) switch
    {
        CriterionOutcome.Confirmed => CriterionOutcome.Passed,
        var o => o,
    };

    public IEnumerable<CriterionResult> Failed => Criteria.Where(c => c.Outcome == CriterionOutcome.Failed);
    public IEnumerable<CriterionResult> Postponing => Criteria.Where(c => c.Outcome == CriterionOutcome.Postponed);

    /// <summary>The sentence a refused submission shows: who, which criterion, the figures, the law.</summary>
    public string FailureSentence(string awardName) =>
        $"'{NomineeName}' chưa đủ tiêu chuẩn {awardName}: " +
        string.Join("; ", Failed.Select(c => $"{c.Title}: {c.Figures} ({c.LegalBasis})")) + ".";

    public string PostponeSentence() =>
        "Tạm hoãn xét: " + string.Join("; ", Postponing.Select(c => $"{c.Figures} ({c.LegalBasis})")) + ".";
}

/// <summary>
/// The eligibility check: pure, from the nominee's facts, the award type's groups and rules (data), the area designations
/// of the units served in, and the date service is counted to (the day of proposal).
/// </summary>
public static class EligibilityCheck
{
    public static EligibilityVerdict Evaluate(NomineeFacts facts, IReadOnlyList<NomineeGroup> groups, IReadOnlyList<EligibilityRule> rules,
        IReadOnlyList<AreaDesignation> areas, DateOnly asOf, IReadOnlyList<EligibilityConfirmation>? confirmations = null)
    {
        var results = new List<CriterionResult>();
        var group = groups.FirstOrDefault(g => g.Code == facts.GroupCode);
        if (groups.Count > 0 && group is null)
            results.Add(new CriterionResult(0, "Nhóm đối tượng", CriterionOutcome.ToVerify,
                "Chưa chọn nhóm đối tượng; đơn vị cần chọn nhóm để xét tiêu chuẩn thời gian", string.Join("; ", groups.Select(g => g.LegalBasis).Distinct()), null));
        else if (group is not null)
            results.Add(new CriterionResult(0, "Nhóm đối tượng", CriterionOutcome.Passed, group.Name, group.LegalBasis, null));

        foreach (var rule in rules.OrderBy(r => r.Order).ThenBy(r => r.Id))
        {
            if (rule.GroupCode is not null && (group is null || !rule.AppliesTo(group.Code))) continue;
            var (outcome, figures) = rule.Kind switch
            {
                RuleKind.ServiceTime => ServiceTime(rule, facts, areas, asOf),
                RuleKind.RequiredHonour => RequiredHonour(rule, facts),
                RuleKind.ExcludedHonour => ExcludedHonour(rule, facts),
                RuleKind.Postponing => Postponing(rule, facts),
                _ => (CriterionOutcome.ToVerify, "Cần người xét duyệt xác nhận"),
            };
            var confirmation = outcome == CriterionOutcome.ToVerify ? confirmations?.FirstOrDefault(c => c.RuleId == rule.Id) : null;
            results.Add(confirmation is null
                ? new CriterionResult(rule.Id, rule.Title, outcome, figures, rule.LegalBasis, rule.SourceNote)
                : new CriterionResult(rule.Id, rule.Title, CriterionOutcome.Confirmed, figures, rule.LegalBasis, rule.SourceNote,
                    confirmation.ConfirmedBy, confirmation.Reason));
        }
        return new EligibilityVerdict(facts.Name, results);
    }

    private static (CriterionOutcome, string) ServiceTime(EligibilityRule rule, NomineeFacts facts, IReadOnlyList<AreaDesignation> areas, DateOnly asOf)
    {
        if (facts.Sex is null) return (CriterionOutcome.ToVerify, "Chưa ghi giới tính nên chưa biết mức thời gian áp dụng");
        if (facts.Periods.Count == 0) return (CriterionOutcome.ToVerify, "Chưa kê khai quá trình công tác");
        var served = ServiceSpan.Zero;
        var doubled = ServiceSpan.Zero;
        var kinds = new List<string>();
        foreach (var period in facts.Periods)
        {
            var end = period.To is { } to && to < asOf ? to : asOf;
            if (period.From >= end) continue;
            served += ServiceSpan.Between(period.From, end);
            if (!rule.DoubleTimeCounts) continue;
            if (period.CountsDouble)
            {
                doubled += ServiceSpan.Between(period.From, end);
                kinds.Add("vùng đặc biệt khó khăn, biên giới, hải đảo (đơn vị kê khai)");
                continue;
            }
            foreach (var area in areas.Where(a => period.UnitId is not null && a.UnitId == period.UnitId))
            {
                var from = area.From > period.From ? area.From : period.From;
                var until = area.To is { } t && t < end ? t : end;
                if (from >= until) continue;
                doubled += ServiceSpan.Between(from, until);
                kinds.Add(area.Kind);
            }
        }
        var years = facts.Sex == Sex.Female ? rule.MinYearsWomen!.Value : rule.MinYearsMen!.Value;
        var total = served + doubled;
        var passed = total.TotalMonths >= years * 12;
        var counted = doubled.IsZero
            ? served.ToString()
            : $"{served}, trong đó {doubled} ở {string.Join(", ", kinds.Distinct())} tính gấp đôi → {total}";
        var sex = facts.Sex == Sex.Female ? "nữ" : "nam";
        return (passed ? CriterionOutcome.Passed : CriterionOutcome.Failed,
            $"{counted} {(passed ? "≥" : "<")} {years} năm (mức của {sex}, tính đến ngày {asOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})");
    }

    private static (CriterionOutcome, string) RequiredHonour(EligibilityRule rule, NomineeFacts facts)
    {
        var counting = facts.Honours.Where(h => !h.AdHoc && rule.Matches(h.Name)).ToList();
        if (counting.Count > 0) return (CriterionOutcome.Passed, "Đã được khen: " + string.Join("; ", counting.Select(Describe)));
        var adHoc = facts.Honours.Where(h => h.AdHoc && rule.Matches(h.Name)).ToList();
        return (CriterionOutcome.Failed, adHoc.Count > 0
            ? $"Chỉ có khen thưởng đột xuất ({string.Join("; ", adHoc.Select(Describe))}), không tính làm điều kiện xét khen thưởng cao hơn"
            : "Chưa kê khai lần khen thưởng nào");
    }

    private static (CriterionOutcome, string) ExcludedHonour(EligibilityRule rule, NomineeFacts facts) =>
        facts.Honours.FirstOrDefault(h => rule.Matches(h.Name)) is { } held
            ? (CriterionOutcome.Failed, $"Đã được tặng {Describe(held)}")
            : (CriterionOutcome.Passed, "Không có trong các khen thưởng đã kê khai");

    private static (CriterionOutcome, string) Postponing(EligibilityRule rule, NomineeFacts facts)
    {
        var pending = rule.Matter switch
        {
            PendingMatter.Discipline => facts.PendingDiscipline,
            PendingMatter.Complaint => facts.PendingComplaint,
            _ => facts.PendingInspection,
        };
        return pending
            ? (CriterionOutcome.Postponed, $"{PendingMatterNames.Of(rule.Matter!.Value)}, chưa có kết luận của cơ quan có thẩm quyền")
            : (CriterionOutcome.Passed, "Không có");
    }

    private static string Describe(HeldHonour h) => h.Year is { } y ? $"{h.Name} (năm {y})" : h.Name;
}

public static class PendingMatterNames
{
    public static string Of(PendingMatter matter) => matter switch
    {
        PendingMatter.Discipline => "Đang trong thời gian xem xét kỷ luật",
        PendingMatter.Complaint => "Đang có đơn thư khiếu nại, tố cáo",
        PendingMatter.Inspection => "Đang bị thanh tra, kiểm tra",
        _ => matter.ToString(),
    };
}

public static class CriterionOutcomeNames
{
    public static string Of(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Passed => "Đạt",
        CriterionOutcome.Confirmed => "Đã xác nhận",
        CriterionOutcome.ToVerify => "Cần xác minh",
        CriterionOutcome.Postponed => "Tạm hoãn",
        CriterionOutcome.Failed => "Không đạt",
        _ => outcome.ToString(),
    };
}

/// <summary>
/// A length of service in whole calendar months and days, as people count it ("13 năm 4 tháng"). When spans are added,
/// 31 days make a month: never more than a calendar month, so a sum never reaches a threshold that the days did not.
/// </summary>
public readonly record struct ServiceSpan(int TotalMonths, int Days)
{
    public static readonly ServiceSpan Zero = new(0, 0);

    public bool IsZero => TotalMonths == 0 && Days == 0;

    /// <summary>From one day to another (exclusive): 02/12/2011 → 02/12/2026 is exactly 15 years.</summary>
    public static ServiceSpan Between(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (from.AddMonths(months) > to) months--;
        return new ServiceSpan(months, to.DayNumber - from.AddMonths(months).DayNumber);
    }

    public static ServiceSpan operator +(ServiceSpan a, ServiceSpan b)
    {
        var days = a.Days + b.Days;
        return new ServiceSpan(a.TotalMonths + b.TotalMonths + days / 31, days % 31);
    }

    public override string ToString()
    {
        var parts = new List<string>();
        if (TotalMonths / 12 > 0) parts.Add($"{TotalMonths / 12} năm");
        if (TotalMonths % 12 > 0) parts.Add($"{TotalMonths % 12} tháng");
        if (Days > 0) parts.Add($"{Days} ngày");
        return parts.Count == 0 ? "0 ngày" : string.Join(" ", parts);
    }
}
