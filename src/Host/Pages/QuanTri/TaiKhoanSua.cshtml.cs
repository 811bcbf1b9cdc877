using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class TaiKhoanSuaModel(IMediator mediator) : PageModel
{
    [BindProperty] public AccountInput Input { get; set; } = new();
    [BindProperty] public string? NewPassword { get; set; }

    public GetAccount.Result Account { get; private set; } = null!;
    public IReadOnlyList<ListUnitChoices.Choice> Units { get; private set; } = [];

    public async Task OnGetAsync(string id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input = new AccountInput { FullName = Account.FullName, Email = Account.Email, UnitId = Account.UnitId, Roles = [.. Account.Roles] };
    }

    public Task<IActionResult> OnPostAsync(string id, CancellationToken ct) =>
        RunAsync(id, new UpdateAccount.Command(id, Input.FullName, Input.Email, Input.UnitId, Input.Roles), "Đã lưu tài khoản.", "Input", ct);

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct) =>
        RunAsync(id, new LockAccount.Command(id, true), "Đã khóa tài khoản.", null, ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) =>
        RunAsync(id, new LockAccount.Command(id, false), "Đã mở khóa tài khoản.", null, ct);

    public Task<IActionResult> OnPostPasswordAsync(string id, CancellationToken ct) =>
        RunAsync(id, new ResetPassword.Command(id, NewPassword), "Đã đặt lại mật khẩu.", null, ct);

    private async Task<IActionResult> RunAsync(string id, IRequest<MediatR.Unit> command, string notice, string? prefix, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(command, ct), prefix))
        {
            TempData["Notice"] = notice;
            return Redirect($"/quan-tri/tai-khoan/{Uri.EscapeDataString(id)}");
        }
        await LoadAsync(id, ct);
        if (prefix is null) Input = new AccountInput { FullName = Account.FullName, Email = Account.Email, UnitId = Account.UnitId, Roles = [.. Account.Roles] };
        return Page();
    }

    private async Task LoadAsync(string id, CancellationToken ct)
    {
        Account = await mediator.Send(new GetAccount.Query(id), ct);
        Units = await mediator.Send(new ListUnitChoices.Query(), ct);
    }
}
