using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Statistics.ReportForms;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>Which column of form 0603.N/BNV-TĐKT each award type counts in, as administrators place them.</summary>
public sealed class CotBieuMauModel(IMediator mediator) : PageModel
{
    [BindProperty] public int AwardTypeId { get; set; }
    [BindProperty] public int? Column { get; set; }
    [BindProperty] public string? Basis { get; set; }

    public ListReportColumns.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new ListReportColumns.Query(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new SaveReportColumn.Command(AwardTypeId, Column, Basis), ct)))
        {
            TempData["Notice"] = "Đã lưu cột của loại khen thưởng. Biểu xuất từ nay tính theo cột mới.";
            return Redirect("/quan-tri/cot-bieu-mau");
        }
        Result = await mediator.Send(new ListReportColumns.Query(), ct);
        return Page();
    }
}
