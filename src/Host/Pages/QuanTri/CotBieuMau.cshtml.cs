using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Statistics.ReportForms;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>Which column of form 0603.N/BNV-TĐKT (or of 0602, <c>?bieu=0602</c>) each award type counts in, as administrators place them.</summary>
public sealed class CotBieuMauModel(IMediator mediator) : PageModel
{
    [BindProperty] public int AwardTypeId { get; set; }
    [BindProperty] public int? Column { get; set; }
    [BindProperty] public string? Basis { get; set; }
    [BindProperty(SupportsGet = true, Name = "bieu")] public string? Form { get; set; }

    public ListReportColumns.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new ListReportColumns.Query(Form), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new SaveReportColumn.Command(AwardTypeId, Column, Basis, Form), ct)))
        {
            TempData["Notice"] = "Đã lưu cột của loại khen thưởng. Biểu xuất từ nay tính theo cột mới.";
            return Redirect(string.IsNullOrWhiteSpace(Form) ? "/quan-tri/cot-bieu-mau" : $"/quan-tri/cot-bieu-mau?bieu={Uri.EscapeDataString(Form)}");
        }
        Result = await mediator.Send(new ListReportColumns.Query(Form), ct);
        return Page();
    }
}
