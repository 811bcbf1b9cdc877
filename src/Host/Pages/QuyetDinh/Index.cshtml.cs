using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuyetDinh;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int PageSize = 20;

    [FromQuery(Name = "trang")] public string? PageText { get; set; }

    public ListDecisions.Paged Decisions { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Pager.Read(PageText);
        Decisions = await mediator.Send(new ListDecisions.Query(page, PageSize), ct);
        Pager = new Pager(page, PageSize, Decisions.Total);
    }
}
