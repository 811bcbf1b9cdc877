using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class TaiKhoanTaoModel(IMediator mediator) : PageModel
{
    [BindProperty] public AccountInput Input { get; set; } = new();

    public IReadOnlyList<ListUnitChoices.Choice> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await mediator.Send(new ListUnitChoices.Query(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        CreateAccount.Result? created = null;
        var command = new CreateAccount.Command(Input.UserName, Input.FullName, Input.Email, Input.UnitId, Input.Roles, Input.Password);
        if (await ModelState.TryAsync(async () => created = await mediator.Send(command, ct), "Input"))
        {
            TempData["Notice"] = $"Đã tạo tài khoản {created!.UserName}.";
            return Redirect($"/quan-tri/tai-khoan/{created.Id}");
        }
        if (ModelState.TryGetValue("Input.InitialPassword", out var passwordErrors))
        {
            foreach (var e in passwordErrors.Errors) ModelState.AddModelError("Input.Password", e.ErrorMessage);
            ModelState.Remove("Input.InitialPassword");
        }
        Units = await mediator.Send(new ListUnitChoices.Query(), ct);
        return Page();
    }
}
