using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Disclosure;

namespace ToanDan.Awards.Host.Pages.CongKhai;

/// <summary>Public, without login: the rounds whose list of proposed nominees is disclosed today.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ListDisclosedRounds.Item> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rounds = await mediator.Send(new ListDisclosedRounds.Query(), ct);
}
