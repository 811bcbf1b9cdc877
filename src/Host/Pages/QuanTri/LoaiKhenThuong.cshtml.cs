using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class LoaiKhenThuongModel(IMediator mediator) : PageModel
{
    public ListAwardTypeSettings.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new ListAwardTypeSettings.Query(), ct);
}
