using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Decisions;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class QuyetDinhModel(IMediator mediator) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "trang")] public int Trang { get; set; } = 1;

    public ListDecisions.Paged Decisions { get; private set; } = null!;

    public PagerView Pager => new("/quan-tri/quyet-dinh", Math.Max(1, Trang), Math.Max(1, (Decisions.Total + PageSize - 1) / PageSize),
        Decisions.Total, new Dictionary<string, string?>());

    public async Task OnGetAsync(CancellationToken ct) => Decisions = await mediator.Send(new ListDecisions.Query(Math.Max(1, Trang), PageSize), ct);
}
