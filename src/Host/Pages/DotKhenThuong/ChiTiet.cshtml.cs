using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Features.Rounds;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.DotKhenThuong;

/// <summary>One round for the office: consolidate the waiting nominees into a draft, resume a postponed one.</summary>
public sealed class ChiTietModel(IMediator mediator) : PageModel
{
    public GetRound.Result Round { get; private set; } = null!;

    [BindProperty] public ResumeInput Resume { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostConsolidateAsync(int id, CancellationToken ct)
    {
        ConsolidateRound.Result? result = null;
        if (await ModelState.TryAsync(async () => result = await mediator.Send(new ConsolidateRound.Command(id), ct)))
        {
            var first = result!.Drafts[0];
            TempData["Notice"] = $"Đã tổng hợp {result.Drafts.Count} dự thảo quyết định; đã gửi thư đề nghị ký.";
            return Redirect($"/quyet-dinh/{first.DecisionId}");
        }
        return await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostResumeAsync(int id, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new ResumeNominee.Command(Resume.NominationId, Resume.NomineeId, Resume.Reason), ct), "Resume"))
        {
            TempData["Notice"] = "Đã tiếp tục xét: người này chờ quyết định tiếp theo của cùng hình thức khen thưởng.";
            return Redirect($"/dot-khen-thuong/{id}");
        }
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(int id, CancellationToken ct)
    {
        try
        {
            Round = await mediator.Send(new GetRound.Query(id), ct);
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

    public sealed class ResumeInput
    {
        public int NominationId { get; set; }
        public int NomineeId { get; set; }
        public string? Reason { get; set; }
    }
}
