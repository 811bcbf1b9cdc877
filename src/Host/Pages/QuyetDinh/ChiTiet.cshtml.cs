using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Features.Documents;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuyetDinh;

/// <summary>A decision as its document reads; on a draft, the office leaves nominees out and the decider signs.</summary>
public sealed class ChiTietModel(IMediator mediator, DecisionDocumentBuilder builder) : PageModel
{
    public GetDecision.Detail Decision { get; private set; } = null!;
    public DecisionDocument Document { get; private set; } = null!;

    [BindProperty] public SignInput Sign { get; set; } = new();
    [BindProperty] public LeaveOutInput LeaveOut { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSignAsync(int id, CancellationToken ct)
    {
        var command = new SignDecision.Command(id, Sign.Deputy, Sign.PaperNumber, Sign.PaperDate);
        if (await ModelState.TryAsync(() => mediator.Send(command, ct), "Sign"))
        {
            var signed = await mediator.Send(new GetDecision.Query(id), ct);
            TempData["Notice"] = $"Đã ký Quyết định số {signed.Number}.";
            return Redirect($"/quyet-dinh/{id}");
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostLeaveOutAsync(int id, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new LeaveOutNominee.Command(id, LeaveOut.NomineeId, LeaveOut.Reason), ct), "LeaveOut"))
        {
            TempData["Notice"] = "Đã để lại quyết định sau; người đó chờ quyết định tiếp theo.";
            return Redirect($"/quyet-dinh/{id}");
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDiscardAsync(int id, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new DiscardDecisionDraft.Command(id), ct), "Sign"))
        {
            TempData["Notice"] = "Đã hủy dự thảo; các tập thể, cá nhân trở lại chờ tổng hợp.";
            return Redirect("/quyet-dinh");
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>The office uploads the decision as signed; what the verification found is shown on the page.</summary>
    public async Task<IActionResult> OnPostBanDaKyAsync(int id, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("SignedCopy", "Hãy chọn tệp PDF của quyết định đã ký.");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        var errors = new ModelStateDictionary();
        SignedCopyView? copy = null;
        await using (var content = file.OpenReadStream())
            await errors.TryAsync(async () => copy = await mediator.Send(new UploadSignedCopy.Command(id, file.FileName, content), ct));
        foreach (var error in errors.Values.SelectMany(v => v.Errors)) ModelState.AddModelError("SignedCopy", error.ErrorMessage);
        if (!ModelState.IsValid || copy is null) return await LoadAsync(id, ct) ? Page() : NotFound();
        TempData["Notice"] = $"Đã lưu bản đã ký '{copy.FileName}' làm bản chính thức của quyết định.";
        return Redirect($"/quyet-dinh/{id}#ban-da-ky");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        try
        {
            Decision = await mediator.Send(new GetDecision.Query(id), ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        Document = builder.Build(Decision);
        return true;
    }

    public sealed class SignInput
    {
        public string? Deputy { get; set; }
        public int? PaperNumber { get; set; }
        [ModelBinder(typeof(QuanTri.VietnameseDateBinder))] public DateOnly? PaperDate { get; set; }
    }

    public sealed class LeaveOutInput
    {
        public int NomineeId { get; set; }
        public string? Reason { get; set; }
    }
}
