using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class ThuHoiModel(IMediator mediator) : PageModel
{
    [BindProperty] public string? Reason { get; set; }

    public GetDecision.Detail Decision { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Decision = await mediator.Send(new GetDecision.Query(id), ct);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new RevokeDecision.Command(id, Reason ?? ""), ct)))
        {
            TempData["Notice"] = "Đã thu hồi quyết định.";
            return Redirect("/quan-tri/quyet-dinh");
        }
        Decision = await mediator.Send(new GetDecision.Query(id), ct);
        return Page();
    }
}
