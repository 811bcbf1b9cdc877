using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>
/// Runs the award type's criteria (data, <see cref="EligibilityCheck"/>) over a dossier's individuals: when the clerk sends
/// it, and again at each reviewer's approval. A failed criterion refuses with its figures; a pending discipline, complaint
/// or inspection postpones the nominee at submission and stops a reviewer from passing them on un-postponed.
/// </summary>
internal static class EligibilityGate
{
    public const string NotEligible = "not-eligible";

    /// <summary>The verdict for each individual of the dossier (struck-out ones included), counted to <paramref name="asOf"/>.</summary>
    public static async Task<IReadOnlyList<(Nominee Nominee, EligibilityVerdict Verdict)>> EvaluateAsync(
        AwardsDbContext db, CriteriaCache criteria, Nomination nomination, DateOnly asOf, CancellationToken ct)
    {
        var people = nomination.Nominees.Where(n => n.Kind == NomineeKind.Individual).ToList();
        if (people.Count == 0) return [];
        var (groups, rules) = await CriteriaOfAsync(db, criteria, nomination.AwardTypeId, ct);
        if (groups.Count == 0 && rules.Count == 0) return [];
        var unitIds = people.SelectMany(p => p.ServicePeriods).Where(s => s.UnitId is not null).Select(s => s.UnitId!.Value).Distinct().ToList();
        var areas = unitIds.Count == 0 ? [] : await db.AreaDesignations.AsNoTracking().Where(a => unitIds.Contains(a.UnitId)).ToListAsync(ct);
        var ids = people.Where(p => p.Id != 0).Select(p => p.Id).ToList();
        var confirmations = ids.Count == 0 ? [] : await db.EligibilityConfirmations.AsNoTracking().Where(c => ids.Contains(c.NomineeId)).ToListAsync(ct);
        var recorded = await RecordedHonours.ForAsync(db, nomination, people, ct);
        return [.. people.Select(p => (p, EligibilityCheck.Evaluate(NomineeFacts.Of(p) with { Honours = [.. p.HonoursHeld, .. recorded[p]] }, groups, rules, areas, asOf,
            [.. confirmations.Where(c => c.NomineeId == p.Id)])))];
    }

    /// <summary>The award type's nominee groups (in their order) and eligibility rules, kept while none of them changes.</summary>
    private static Task<(IReadOnlyList<NomineeGroup> Groups, IReadOnlyList<EligibilityRule> Rules)> CriteriaOfAsync(AwardsDbContext db, CriteriaCache criteria,
        int awardTypeId, CancellationToken ct) =>
        criteria.GetAsync($"criteria/{awardTypeId}", async () =>
            ((IReadOnlyList<NomineeGroup>)await db.NomineeGroups.AsNoTracking().Where(g => g.AwardTypeId == awardTypeId).OrderBy(g => g.Order).ToListAsync(ct),
             (IReadOnlyList<EligibilityRule>)await db.EligibilityRules.AsNoTracking().Where(r => r.AwardTypeId == awardTypeId).ToListAsync(ct)));

    /// <summary>The day service is counted to: the day the dossier was (last) sent, else today.</summary>
    public static DateOnly AsOf(Nomination nomination, TimeProvider clock) =>
        nomination.SubmittedAt is { } at ? DateOnly.FromDateTime(VietnamTime.Local(at).DateTime) : VietnamTime.Today(clock);

    /// <summary>At submission: refuses when a kept nominee fails a criterion; postpones those with a pending matter.</summary>
    public static async Task OnSubmitAsync(AwardsDbContext db, CriteriaCache criteria, Nomination nomination, string by, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var verdicts = (await EvaluateAsync(db, criteria, nomination, VietnamTime.Today(clock), ct)).Where(v => !v.Nominee.IsStruck).ToList();
        var awardName = nomination.AwardType!.Name;
        var failures = verdicts.Where(v => v.Verdict.Outcome == CriterionOutcome.Failed).Select(v => v.Verdict.FailureSentence(awardName)).ToList();
        if (failures.Count > 0)
            throw new DomainErrorsException($"Chưa gửi được hồ sơ. {string.Join(" ", failures)}", [.. failures], NotEligible);
        var postponing = verdicts.Where(v => v.Verdict.Outcome == CriterionOutcome.Postponed).ToList();
        if (postponing.Count > 0 && postponing.Count == nomination.KeptNominees.Count())
            throw new DomainException("Chưa gửi được hồ sơ: mọi người được đề nghị đều đang chờ kết luận (" +
                string.Join("; ", postponing.Select(p => $"'{p.Nominee.Name}': {string.Join(", ", p.Verdict.Postponing.Select(c => c.Figures))}")) +
                "). Hãy gửi hồ sơ khi đã có kết luận của cơ quan có thẩm quyền.", NotEligible);
        foreach (var (nominee, verdict) in postponing.Where(p => !p.Nominee.IsPostponed))
            nominee.Postpone(verdict.PostponeSentence(), by, now);
    }

    /// <summary>At a reviewer's approval: nobody going on may fail a criterion or have a pending matter left un-postponed.</summary>
    public static async Task OnApproveAsync(AwardsDbContext db, CriteriaCache criteria, Nomination nomination, TimeProvider clock, CancellationToken ct)
    {
        var verdicts = (await EvaluateAsync(db, criteria, nomination, AsOf(nomination, clock), ct))
            .Where(v => !v.Nominee.IsStruck && !v.Nominee.IsPostponed).ToList();
        var awardName = nomination.AwardType!.Name;
        var problems = verdicts.Where(v => v.Verdict.Outcome == CriterionOutcome.Failed)
            .Select(v => v.Verdict.FailureSentence(awardName) + " Hãy chọn 'Không đề nghị' người này hoặc trả lại hồ sơ.")
            .Concat(verdicts.Where(v => v.Verdict.Outcome == CriterionOutcome.Postponed)
                .Select(v => $"'{v.Nominee.Name}': {string.Join("; ", v.Verdict.Postponing.Select(c => c.Figures))}. Hãy chọn 'Tạm hoãn' người này."))
            .ToList();
        if (problems.Count > 0)
            throw new DomainErrorsException($"Chưa chuyển tiếp được hồ sơ. {string.Join(" ", problems)}", [.. problems], NotEligible);
    }
}
