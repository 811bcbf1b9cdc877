using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class LoaiKhenThuongTaoModel(IMediator mediator) : PageModel
{
    [BindProperty] public NewAwardTypeInput Input { get; set; } = new();

    public IReadOnlyList<ListAwardTypeSettings.WorkflowChoice> Workflows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Most award types are given to both; the administrator unticks the one that does not apply.
        Input = new NewAwardTypeInput { AllowsCollectives = true, AllowsIndividuals = true };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        CreateAwardType.Result? created = null;
        var command = new CreateAwardType.Command(new CreateAwardType.Body(Input.Code, Input.Name, Input.Decider, Input.IssuerKind,
            Input.AllowsCollectives, Input.AllowsIndividuals, Input.OncePerLifetime, Input.WorkflowKey, Input.Criteria));
        if (await ModelState.TryAsync(async () => created = await mediator.Send(command, ct), "Input"))
        {
            TempData["Notice"] = $"Đã thêm loại khen thưởng {Input.Name}.";
            return Redirect($"/quan-tri/loai-khen-thuong/{created!.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Workflows = (await mediator.Send(new ListAwardTypeSettings.Query(), ct)).Workflows;

    public sealed class NewAwardTypeInput : AwardTypeFields
    {
        public string? Code { get; set; }
    }
}
