using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Council;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.HoiDong;

/// <summary>The emulation council's view: the rounds it weighs, then one round ranked, where its secretary records the votes.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ListCouncilRounds.Item> Rounds { get; private set; } = [];

    public GetCouncilView.Result? Round { get; private set; }

    [BindProperty] public List<RecordCouncilVotes.Vote> Votes { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostVotesAsync(int id, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new RecordCouncilVotes.Command(id, Votes), ct)))
        {
            TempData["Notice"] = "Đã ghi kết quả họp Hội đồng; danh sách đã xếp lại theo số phiếu.";
            return Redirect($"/hoi-dong/{id}");
        }
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(int? id, CancellationToken ct)
    {
        try
        {
            if (id is int roundId) Round = await mediator.Send(new GetCouncilView.Query(roundId), ct);
            else Rounds = await mediator.Send(new ListCouncilRounds.Query(), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ForbiddenException)
        {
            return Forbid();
        }
        return Page();
    }
}
