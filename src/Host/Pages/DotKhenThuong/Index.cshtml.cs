using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Rounds;

namespace ToanDan.Awards.Host.Pages.DotKhenThuong;

/// <summary>The rounds the office works on (<see cref="ListOfficeRounds"/>).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ListOfficeRounds.Item> Rounds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Rounds = await mediator.Send(new ListOfficeRounds.Query(), ct);
        }
        catch (ForbiddenException)
        {
            return Forbid();
        }
        return Page();
    }
}
