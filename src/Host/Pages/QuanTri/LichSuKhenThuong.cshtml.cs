using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.History;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>The awards of before the system: the template, the import of a filled copy (whole or nothing) and what was imported.</summary>
[RequestSizeLimit(PastAwardSpreadsheet.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = PastAwardSpreadsheet.MaxBytes + 64 * 1024)]
public sealed class LichSuKhenThuongModel(IMediator mediator) : PageModel
{
    public ListPastAwards.Result Result { get; private set; } = null!;

    public IReadOnlyList<NomineeSpreadsheet.RowError> RowErrors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new ListPastAwards.Query(), ct);

    public IActionResult OnGetMau() => File(PastAwardSpreadsheet.Template(), NomineeSpreadsheet.ContentType, PastAwardSpreadsheet.TemplateFileName);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream();
        ImportPastAwards.Result? imported = null;
        if (await ModelState.TryAsync(async () => imported = await mediator.Send(new ImportPastAwards.Command(file?.FileName, file?.Length ?? 0, content), ct), "File")
            && imported!.Errors.Count == 0)
        {
            TempData["Notice"] = $"Đã nhập {imported.Imported} dòng khen thưởng từ tệp '{file!.FileName}'.";
            return Redirect("/quan-tri/lich-su-khen-thuong");
        }
        RowErrors = imported?.Errors ?? [];
        if (RowErrors.Count > 0)
            ModelState.AddModelError("", $"Chưa nhập dòng nào: {RowErrors.Select(e => e.Row).Distinct().Count()} dòng có lỗi. Hãy sửa các dòng dưới đây rồi nhập lại cả tệp.");
        Result = await mediator.Send(new ListPastAwards.Query(), ct);
        return Page();
    }
}
