using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuyetDinh;

public sealed class ChiTietModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public GetDecision.Detail Decision { get; private set; } = null!;
    public DecisionHeading Heading { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    /// <summary>The office uploads the decision as signed; what the verification found is shown on the page.</summary>
    public async Task<IActionResult> OnPostBanDaKyAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("SignedCopy", "Hãy chọn tệp PDF của quyết định đã ký.");
            return await ShowAsync(ct);
        }
        var errors = new ModelStateDictionary();
        SignedCopyView? copy = null;
        await using (var content = file.OpenReadStream())
            await errors.TryAsync(async () => copy = await mediator.Send(new UploadSignedCopy.Command(Id, file.FileName, content), ct));
        foreach (var error in errors.Values.SelectMany(v => v.Errors)) ModelState.AddModelError("SignedCopy", error.ErrorMessage);
        if (!ModelState.IsValid || copy is null) return await ShowAsync(ct);
        TempData["Notice"] = $"Đã lưu bản đã ký '{copy.FileName}' làm bản chính thức của quyết định.";
        return Redirect($"/quyet-dinh/{Id}#ban-da-ky");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        try
        {
            Decision = await mediator.Send(new GetDecision.Query(Id), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Heading = DecisionHeading.For(Decision);
        return Page();
    }
}
