using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Me;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages;

/// <summary>An approver names a colleague to act for them during leave or a mission, and sees whom they stand in for.</summary>
public sealed class UyQuyenModel(IMediator mediator) : PageModel
{
    public ListSubstitutions.Result Substitutions { get; private set; } = null!;

    [BindProperty] public string? Deputy { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Substitutions = await mediator.Send(new ListSubstitutions.Query(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new NameDeputy.Command(Deputy, From, To, Reason), ct)))
        {
            TempData["Notice"] = "Đã ủy quyền xử lý thay; các bước giao cho anh/chị trong thời gian này cũng được giao cho người được ủy quyền.";
            return Redirect("/uy-quyen");
        }
        Substitutions = await mediator.Send(new ListSubstitutions.Query(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(int id, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new EndSubstitution.Command(id), ct)))
        {
            TempData["Notice"] = "Đã kết thúc ủy quyền.";
            return Redirect("/uy-quyen");
        }
        Substitutions = await mediator.Send(new ListSubstitutions.Query(), ct);
        return Page();
    }
}
