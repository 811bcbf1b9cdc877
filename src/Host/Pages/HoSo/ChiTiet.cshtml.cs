using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Pages.Shared;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Pages.HoSo;

/// <summary>One dossier for anyone who may see it; its unit's clerk also attaches files, submits and withdraws here.</summary>
public sealed class ChiTietModel(IMediator mediator, Access access) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public GetNomination.Result Dossier { get; private set; } = null!;
    public DiagramView? Diagram { get; private set; }
    public Features.Eligibility.GetEligibility.Result Eligibility { get; private set; } = null!;
    public bool IsOwnClerk { get; private set; }

    /// <summary>The part the upload offers first: the one just refused, else the first one missing.</summary>
    public string ChosenPart { get; private set; } = "";

    public bool CanEdit => IsOwnClerk && Dossier.Status is NominationStatus.Draft or NominationStatus.Returned;
    public bool CanAttach => IsOwnClerk && Dossier.Status is not (NominationStatus.Approved or NominationStatus.Refused or NominationStatus.Withdrawn);
    public bool CanWithdraw => CanAttach;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostGuiAsync(CancellationToken ct)
    {
        if (!await ModelState.TryAsync(() => mediator.Send(new SubmitNomination.Command(Id), ct))) return await ShowAsync(ct);
        TempData["Notice"] = "Đã gửi hồ sơ đi xét duyệt.";
        return Redirect($"/ho-so/{Id}");
    }

    public async Task<IActionResult> OnPostRutAsync(string? reason, CancellationToken ct)
    {
        if (!await ModelState.TryAsync(() => mediator.Send(new WithdrawNomination.Command(Id, reason), ct))) return await ShowAsync(ct);
        TempData["Notice"] = "Đã rút hồ sơ.";
        return Redirect($"/ho-so/{Id}");
    }

    /// <summary>The emulation office records that what the workflow waits for has arrived (a BPMN message).</summary>
    public async Task<IActionResult> OnPostThongDiepAsync(string? message, string? comment, CancellationToken ct)
    {
        if (!await ModelState.TryAsync(() => mediator.Send(new DeliverMessage.Command(Id, message, comment), ct))) return await ShowAsync(ct);
        TempData["Notice"] = $"Đã ghi nhận “{message}”; hồ sơ đi tiếp theo quy trình.";
        return Redirect($"/ho-so/{Id}");
    }

    /// <summary>The upload's choice of part: its code, and for a per-nominee part the nominee ("bao-cao-thanh-tich:12").</summary>
    public static string PartValue(string code, int? nomineeId) => nomineeId is int id ? $"{code}:{id}" : code;

    public async Task<IActionResult> OnPostDinhKemAsync(string? part, IFormFile? file, CancellationToken ct)
    {
        var chosen = (part ?? "").Trim();
        var separator = chosen.LastIndexOf(':');
        var (code, nomineeId) = separator > 0 && int.TryParse(chosen[(separator + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? (chosen[..separator], (int?)id)
            : (chosen, null);
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", "Hãy chọn tệp cần đính kèm.");
            return await ShowAsync(ct, chosen);
        }
        var errors = new ModelStateDictionary();
        await using (var content = file.OpenReadStream())
            await errors.TryAsync(() => mediator.Send(new UploadAttachment.Command(Id, null, file.FileName, content, code.Length == 0 ? null : code, nomineeId), ct));
        foreach (var error in errors.Values.SelectMany(v => v.Errors)) ModelState.AddModelError("File", error.ErrorMessage);
        if (!ModelState.IsValid) return await ShowAsync(ct, chosen);
        TempData["Notice"] = $"Đã đính kèm tệp '{Path.GetFileName(file.FileName)}'.";
        return Redirect($"/ho-so/{Id}#tep");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct, string? chosenPart = null)
    {
        try
        {
            Dossier = await mediator.Send(new GetNomination.Query(Id), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        IsOwnClerk = access.IsClerkOf(Dossier.UnitId);
        Eligibility = await mediator.Send(new Features.Eligibility.GetEligibility.Query(Id), ct);
        ChosenPart = chosenPart ?? Dossier.Checklist.Where(l => !l.Fulfilled).Select(l => PartValue(l.Code, l.NomineeId)).FirstOrDefault() ?? "";
        if (CanAttach) ViewData["AttachUrl"] = "#tep";
        if (await mediator.Send(new GetNominationDiagram.Query(Id), ct) is { } diagram)
            Diagram = new DiagramView($"/ho-so/{Id}/so-do", diagram.Current, diagram.Done, access.IsAdmin ? $"/quan-tri/quy-trinh/ho-so/{Id}" : null);
        return Page();
    }
}
