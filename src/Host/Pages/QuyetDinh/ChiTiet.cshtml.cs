using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Decisions;

namespace ToanDan.Awards.Host.Pages.QuyetDinh;

public sealed class ChiTietModel(IMediator mediator) : PageModel
{
    public GetDecision.Detail Decision { get; private set; } = null!;
    public DecisionHeading Heading { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        try
        {
            Decision = await mediator.Send(new GetDecision.Query(id), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Heading = DecisionHeading.For(Decision);
        return Page();
    }
}
