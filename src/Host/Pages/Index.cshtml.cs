using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Home;

namespace ToanDan.Awards.Host.Pages;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public Dashboard.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new Dashboard.Query(), ct);
}
