using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Features.Statistics.ReportForms;

/// <summary>
/// A row of forms 0602 and 0603: label, code (mã số), unit (đơn vị tính), and what it counts (null: a heading, or what
/// the data does not tell).
/// </summary>
internal sealed record AwardLine(string Label, string Code, string Unit, Func<AwardCount, bool>? Counts, bool Bold = false, bool Heading = false)
{
    public static AwardLine Total() => new("Tổng số", "01", "", _ => true, Bold: true);

    public static AwardLine Section(int number, string title) => new($"{number}. {title}", "", "", null, Heading: true);

    /// <summary>
    /// The rows both forms share, by who was awarded and by the way of awarding, coded on from <paramref name="first"/>
    /// under sections <paramref name="section"/> and the next. The tập thể row counts the collectives but households,
    /// which the next row but one counts beside them; its "Trong đó: Doanh nghiệp" is within it.
    /// </summary>
    public static IEnumerable<AwardLine> ByAwardeeAndMethod(int section, int first)
    {
        var code = first;
        string Next() => (code++).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        yield return Section(section, "Chia theo đối tượng khen thưởng");
        yield return new("- Tập thể", Next(), "Tập thể", a => a.Kind == NomineeKind.Collective && a.Target != AwardeeTarget.Household);
        yield return new("Trong đó: Doanh nghiệp", Next(), "Doanh nghiệp", a => a.Target == AwardeeTarget.Enterprise);
        yield return new("- Hộ gia đình", Next(), "Hộ", a => a.Target == AwardeeTarget.Household);
        yield return new("- Cá nhân", Next(), "Người", a => a.Kind == NomineeKind.Individual);
        // The forms have no row of their own for "Cá nhân khác": it counts in "Cá nhân" only.
        foreach (var (target, _, name) in ReportCategories.Targets.Where(t => t.Kind == NomineeKind.Individual && t.Target != AwardeeTarget.OtherIndividual))
            yield return new($"+ {name}", Next(), "Người", a => a.Target == target);
        yield return Section(section + 1, "Chia theo phương thức khen thưởng");
        foreach (var (method, name) in ReportCategories.Methods)
            yield return new($"- {name}", Next(), "", a => a.CountedMethod == method);
    }
}
