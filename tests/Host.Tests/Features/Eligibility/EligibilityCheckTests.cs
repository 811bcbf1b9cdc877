using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Tests.Features.Eligibility;

/// <summary>The criteria of the medal as seeded (grassroots force: 15 years for men, 10 for women, double time in designated areas).</summary>
public class EligibilityCheckTests
{
    private const int MedalId = 3;
    private const int DifficultCommune = 40;
    private static readonly DateOnly AsOf = new(2026, 12, 2);

    private static readonly NomineeGroup[] Groups =
    [
        new(MedalId, "to-bao-ve-antt", "Thành viên Tổ bảo vệ an ninh, trật tự", "Thông tư 20/2025/TT-BCA", 1),
        new(MedalId, "lanh-dao", "Lãnh đạo", "Thông tư 20/2025/TT-BCA", 2),
    ];

    private static readonly EligibilityRule Service = new(MedalId, RuleKind.ServiceTime, "to-bao-ve-antt", "Thời gian tham gia",
        "Thông tư 20/2025/TT-BCA", 1, minYearsMen: 15, minYearsWomen: 10, doubleTimeCounts: true);
    private static readonly EligibilityRule LeaderHonour = new(MedalId, RuleKind.RequiredHonour, "lanh-dao", "Đã được khen thưởng về bảo vệ ANTQ",
        "Thông tư 20/2025/TT-BCA", 2);
    private static readonly EligibilityRule Excluded = new(MedalId, RuleKind.ExcludedHonour, null, "Chưa được tặng Huy chương \"Chiến sĩ vẻ vang\"",
        "Thông tư 20/2025/TT-BCA", 3, honour: "Chiến sĩ vẻ vang");
    private static readonly EligibilityRule Discipline = new(MedalId, RuleKind.Postponing, null, "Không đang xem xét kỷ luật",
        "Thông tư 20/2025/TT-BCA", 4, matter: PendingMatter.Discipline);
    private static readonly EligibilityRule[] Rules = [Service, LeaderHonour, Excluded, Discipline];

    private static readonly AreaDesignation[] Areas = [new(DifficultCommune, "xã đặc biệt khó khăn", new DateOnly(2010, 1, 1), new DateOnly(2021, 1, 1), "Quyết định 861/QĐ-TTg")];

    private static NomineeFacts Member(Sex sex, params ServicePeriod[] periods) =>
        new("Nguyễn Văn Hùng", sex, "to-bao-ve-antt", periods, [], false, false, false);

    private static CriterionResult ServiceResult(NomineeFacts facts) =>
        EligibilityCheck.Evaluate(facts, Groups, Rules, Areas, AsOf).Criteria.Single(c => c.Title == "Thời gian tham gia");

    [Fact]
    public void Exactly_fifteen_years_for_a_man_passes()
    {
        var result = ServiceResult(Member(Sex.Male, new ServicePeriod(new DateOnly(2011, 12, 2), null, "Xã Đông Tiến")));

        Assert.Equal(CriterionOutcome.Passed, result.Outcome);
        Assert.StartsWith("15 năm ≥ 15 năm", result.Figures);
    }

    [Fact]
    public void Fifteen_years_less_a_day_for_a_man_fails()
    {
        var result = ServiceResult(Member(Sex.Male, new ServicePeriod(new DateOnly(2011, 12, 3), null, "Xã Đông Tiến")));

        Assert.Equal(CriterionOutcome.Failed, result.Outcome);
        Assert.StartsWith("14 năm 11 tháng 29 ngày < 15 năm (mức của nam", result.Figures);
    }

    [Fact]
    public void Thirty_days_short_of_a_month_are_not_rounded_up_to_it()
    {
        var result = ServiceResult(Member(Sex.Male,
            new ServicePeriod(new DateOnly(2011, 11, 3), new DateOnly(2026, 11, 2), "Xã Đông Tiến")));

        Assert.Equal(CriterionOutcome.Failed, result.Outcome);
        Assert.StartsWith("14 năm 11 tháng 30 ngày < 15 năm", result.Figures);
    }

    [Fact]
    public void Ten_years_suffice_for_a_woman_and_a_day_less_does_not()
    {
        Assert.Equal(CriterionOutcome.Passed, ServiceResult(Member(Sex.Female, new ServicePeriod(new DateOnly(2016, 12, 2), null, "Xã Đông Tiến"))).Outcome);
        var short_ = ServiceResult(Member(Sex.Female, new ServicePeriod(new DateOnly(2016, 12, 3), null, "Xã Đông Tiến")));
        Assert.Equal(CriterionOutcome.Failed, short_.Outcome);
        Assert.Contains("< 10 năm (mức của nữ", short_.Figures);
    }

    [Fact]
    public void Time_in_a_designated_commune_counts_double_only_while_it_was_designated()
    {
        // 13 years 4 months in all; of them 2018-01-01 → 2021-01-01 (3 years) in the commune while it was designated.
        var facts = Member(Sex.Male,
            new ServicePeriod(new DateOnly(2013, 8, 2), new DateOnly(2018, 1, 1), "Xã Đông Tiến"),
            new ServicePeriod(new DateOnly(2018, 1, 1), new DateOnly(2024, 1, 1), "Xã Trung Lý", UnitId: DifficultCommune),
            new ServicePeriod(new DateOnly(2024, 1, 1), null, "Xã Đông Tiến"));

        var result = ServiceResult(facts);

        Assert.Equal(CriterionOutcome.Passed, result.Outcome);
        Assert.StartsWith("13 năm 4 tháng, trong đó 3 năm ở xã đặc biệt khó khăn tính gấp đôi → 16 năm 4 tháng ≥ 15 năm", result.Figures);
    }

    [Fact]
    public void A_period_declared_double_by_the_unit_counts_double_and_says_it_was_declared()
    {
        var result = ServiceResult(Member(Sex.Male,
            new ServicePeriod(new DateOnly(2014, 12, 2), new DateOnly(2017, 12, 2), "Đặc khu Cồn Cỏ", CountsDouble: true),
            new ServicePeriod(new DateOnly(2017, 12, 2), null, "Xã Đông Tiến")));

        Assert.Equal(CriterionOutcome.Passed, result.Outcome);
        Assert.StartsWith("12 năm, trong đó 3 năm ở vùng đặc biệt khó khăn, biên giới, hải đảo (đơn vị kê khai) tính gấp đôi → 15 năm ≥ 15 năm", result.Figures);
    }

    [Fact]
    public void Without_periods_or_sex_the_service_time_is_to_verify_not_failed()
    {
        Assert.Equal(CriterionOutcome.ToVerify, ServiceResult(Member(Sex.Male)).Outcome);
        Assert.Equal(CriterionOutcome.ToVerify, ServiceResult(new NomineeFacts("Ẩn danh", null, "to-bao-ve-antt",
            [new ServicePeriod(new DateOnly(2000, 1, 1), null, "Xã Đông Tiến")], [], false, false, false)).Outcome);
    }

    [Fact]
    public void Holding_an_excluded_medal_fails_naming_it()
    {
        var facts = Member(Sex.Male, new ServicePeriod(new DateOnly(2000, 1, 1), null, "Xã Đông Tiến")) with
        {
            Honours = [new HeldHonour("Huy chương Chiến sĩ vẻ vang hạng Ba", 2019)],
        };

        var verdict = EligibilityCheck.Evaluate(facts, Groups, Rules, Areas, AsOf);

        Assert.Equal(CriterionOutcome.Failed, verdict.Outcome);
        var excluded = verdict.Criteria.Single(c => c.RuleId == Excluded.Id && c.Title == Excluded.Title);
        Assert.Equal("Đã được tặng Huy chương Chiến sĩ vẻ vang hạng Ba (năm 2019)", excluded.Figures);
        Assert.Contains("'Nguyễn Văn Hùng' chưa đủ tiêu chuẩn Kỷ niệm chương: Chưa được tặng Huy chương \"Chiến sĩ vẻ vang\": Đã được tặng",
            verdict.FailureSentence("Kỷ niệm chương"));
    }

    [Fact]
    public void A_pending_discipline_postpones_rather_than_fails()
    {
        var facts = Member(Sex.Male, new ServicePeriod(new DateOnly(2000, 1, 1), null, "Xã Đông Tiến")) with { PendingDiscipline = true };

        var verdict = EligibilityCheck.Evaluate(facts, Groups, Rules, Areas, AsOf);

        Assert.Equal(CriterionOutcome.Postponed, verdict.Outcome);
        Assert.Empty(verdict.Failed);
        Assert.Equal("Tạm hoãn xét: Đang trong thời gian xem xét kỷ luật, chưa có kết luận của cơ quan có thẩm quyền (Thông tư 20/2025/TT-BCA).",
            verdict.PostponeSentence());
    }

    [Fact]
    public void An_ad_hoc_award_does_not_count_as_the_earlier_commendation_a_leader_needs()
    {
        var leader = new NomineeFacts("Lê Văn Phúc", Sex.Male, "lanh-dao", [], [new HeldHonour("Giấy khen đột xuất của Giám đốc Công an tỉnh", 2024, AdHoc: true)],
            false, false, false);
        var withMerit = leader with { Honours = [.. leader.Honours, new HeldHonour("Bằng khen của Chủ tịch UBND tỉnh", 2022)] };

        var adHocOnly = EligibilityCheck.Evaluate(leader, Groups, Rules, Areas, AsOf).Criteria.Single(c => c.Title == LeaderHonour.Title);
        var merit = EligibilityCheck.Evaluate(withMerit, Groups, Rules, Areas, AsOf).Criteria.Single(c => c.Title == LeaderHonour.Title);

        Assert.Equal(CriterionOutcome.Failed, adHocOnly.Outcome);
        Assert.Contains("không tính làm điều kiện", adHocOnly.Figures);
        Assert.Equal(CriterionOutcome.Passed, merit.Outcome);
    }

    [Fact]
    public void Rules_of_another_group_do_not_apply_and_a_missing_group_is_to_verify()
    {
        var leader = new NomineeFacts("Lê Văn Phúc", Sex.Male, "lanh-dao", [], [new HeldHonour("Bằng khen của Chủ tịch UBND tỉnh", 2022)], false, false, false);
        var noGroup = leader with { GroupCode = null };

        Assert.DoesNotContain(EligibilityCheck.Evaluate(leader, Groups, Rules, Areas, AsOf).Criteria, c => c.Title == Service.Title);
        var verdict = EligibilityCheck.Evaluate(noGroup, Groups, Rules, Areas, AsOf);
        Assert.Equal(CriterionOutcome.ToVerify, verdict.Outcome);
        Assert.DoesNotContain(verdict.Criteria, c => c.Title == LeaderHonour.Title);
    }
}
