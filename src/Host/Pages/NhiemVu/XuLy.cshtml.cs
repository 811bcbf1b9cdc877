using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Disclosure;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Features.Tasks;
using ToanDan.Awards.Host.Pages.Shared;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Pages.NhiemVu;

/// <summary>The task page: the dossier, where it stands, and the decision an approver (or the unit's clerk) takes on the step.</summary>
public sealed class XuLyModel(IMediator mediator) : PageModel
{
    public GetTask.Result Step { get; private set; } = null!;
    public GetNomination.Result Dossier { get; private set; } = null!;
    public DiagramView? Diagram { get; private set; }
    public Features.Eligibility.GetEligibility.Result Eligibility { get; private set; } = null!;

    /// <summary>The public's comments on the dossier's round, while the step is open.</summary>
    public IReadOnlyList<ListRoundFeedback.Item> Feedback { get; private set; } = [];

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public List<NomineeChoice> Nominees { get; set; } = [];

    /// <summary>Approvers keep or strike single nominees while the dossier is under review; the unit's own step edits nothing here.</summary>
    public bool Screens => Step.CanAct && Dossier.Status == NominationStatus.InReview && Step.Outcomes.Contains(Outcomes.Approve, Outcomes.Comparer);

    public string? ClosedMessage => Step.IsOpen ? null
        : WorkItem.Closed("Bước này", Step.ClosedAt!.Value, Step.ClosedBy, Words.Outcome(Step.Outcome));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Nominees = [.. Dossier.Nominees.Select(n => new NomineeChoice
        {
            NomineeId = n.Id, Keep = !n.IsStruck, Postpone = n.Standing == NomineeStanding.Postponed, Reason = n.StrikeReason ?? n.PostponeReason,
        })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Step.IsOpen) return Page();
        var names = Dossier.Nominees.ToDictionary(n => n.Id, n => n.Name);
        for (var i = 0; i < Nominees.Count; i++)
            if ((!Nominees[i].Keep || Nominees[i].Postpone) && string.IsNullOrWhiteSpace(Nominees[i].Reason))
                ModelState.AddModelError($"{nameof(Nominees)}[{i}].{nameof(NomineeChoice.Reason)}", Nominee.ReasonNeeded(
                    Nominees[i].Postpone ? NomineeAction.Postpone : NomineeAction.Strike, names.GetValueOrDefault(Nominees[i].NomineeId, "người này")));
        var outcome = Outcome?.Trim() ?? "";
        var choices = Screens ? Nominees.Select(n => new CompleteTask.NomineeChoice(n.NomineeId, n.Keep, n.Reason?.Trim(),
            n.Postpone ? NomineeAction.Postpone : n.Keep ? NomineeAction.Keep : NomineeAction.Strike)).ToList() : null;
        if (ModelState.IsValid && await ModelState.TryAsync(() => mediator.Send(new CompleteTask.Command(id, outcome, Comment, choices), ct)))
        {
            TempData["Notice"] = $"Đã ghi ý kiến “{Words.Outcome(outcome, Step.ReturnsTo, Step.ReturnsToVote)}” cho hồ sơ số {Dossier.Id} ({Step.StepName}).";
            return Redirect("/nhiem-vu");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>The whole dossier postponed while discipline, a complaint or an inspection is pending; the comment is the reason.</summary>
    public async Task<IActionResult> OnPostPostponeAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Step.IsOpen) return Page();
        if (await ModelState.TryAsync(() => mediator.Send(new PostponeNomination.Command(id, Comment), ct)))
        {
            TempData["Notice"] = $"Đã tạm hoãn xét hồ sơ số {Dossier.Id}; đơn vị đã được thông báo lý do.";
            return Redirect("/nhiem-vu");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>One of several people the step is offered to takes it.</summary>
    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct) =>
        TakeOrGiveBackAsync(id, new ClaimTask.Command(id), "Anh/chị đã nhận xử lý bước này.", ct);

    /// <summary>Who took the step gives it back to everyone it is offered to.</summary>
    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken ct) =>
        TakeOrGiveBackAsync(id, new ReleaseTask.Command(id), "Đã trả lại bước này để người khác được giao cũng nhận được.", ct);

    private async Task<IActionResult> TakeOrGiveBackAsync(Guid id, IRequest<ClaimTask.Result> command, string notice, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (await ModelState.TryAsync(() => mediator.Send(command, ct)))
        {
            TempData["Notice"] = notice;
            return Redirect($"/nhiem-vu/{id}");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>A criterion to verify confirmed for one nominee, with the reason (audited).</summary>
    public async Task<IActionResult> OnPostConfirmAsync(Guid id, int nomineeId, int ruleId, string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (await ModelState.TryAsync(() => mediator.Send(new Features.Eligibility.ConfirmCriterion.Command(Dossier.Id, nomineeId, ruleId, reason), ct)))
        {
            TempData["Notice"] = "Đã xác nhận tiêu chuẩn.";
            return Redirect($"/nhiem-vu/{id}#tieu-chuan");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Step = await mediator.Send(new GetTask.Query(id), ct);
            Dossier = await mediator.Send(new GetNomination.Query(Step.NominationId), ct);
            Eligibility = await mediator.Send(new Features.Eligibility.GetEligibility.Query(Step.NominationId), ct);
            Feedback = Step.IsOpen ? await mediator.Send(new ListDossierFeedback.Query(Step.NominationId), ct) : [];
            var diagram = await mediator.Send(new GetNominationDiagram.Query(Step.NominationId), ct);
            Diagram = diagram is null ? null : new DiagramView($"/nhiem-vu/{id}/so-do", diagram.Current, diagram.Done);
            ViewData["FilesUrl"] = $"/nhiem-vu/{id}/tep";
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class NomineeChoice
    {
        public int NomineeId { get; set; }
        public bool Keep { get; set; }
        public bool Postpone { get; set; }
        public string? Reason { get; set; }
    }
}
