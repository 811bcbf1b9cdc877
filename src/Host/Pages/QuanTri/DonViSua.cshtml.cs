using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class DonViSuaModel(IMediator mediator) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty(BinderType = typeof(VietnameseDateBinder))] public DateOnly? EffectiveTo { get; set; }
    [BindProperty(BinderType = typeof(VietnameseDateBinder))] public DateOnly? RenameFrom { get; set; }

    public GetUnit.Result Unit { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Unit = await mediator.Send(new GetUnit.Query(id), ct);
        Name = Unit.Name;
    }

    public Task<IActionResult> OnPostRenameAsync(int id, CancellationToken ct) =>
        RunAsync(id, new RenameUnit.Command(id, Name, RenameFrom),
            RenameFrom is { } from ? $"Đơn vị dùng tên mới từ ngày {VietnamTime.Date(from)}; hồ sơ, thống kê trước ngày đó giữ tên cũ." : "Đã sửa tên đơn vị.", ct);

    public Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct) =>
        RunAsync(id, new RetireUnit.Command(id, EffectiveTo), "Đơn vị đã thôi hiệu lực; hồ sơ cũ vẫn giữ tên đơn vị.", ct);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        Unit = await mediator.Send(new GetUnit.Query(id), ct);
        if (await ModelState.TryAsync(() => mediator.Send(new DeleteUnit.Command(id), ct)))
        {
            TempData["Notice"] = $"Đã xóa đơn vị {Unit.Name}.";
            return Redirect(Unit.ParentId is null ? "/quan-tri/don-vi" : $"/quan-tri/don-vi?cha={Unit.ParentId}");
        }
        return Page();
    }

    private async Task<IActionResult> RunAsync(int id, IRequest<MediatR.Unit> command, string notice, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(command, ct)))
        {
            TempData["Notice"] = notice;
            return Redirect($"/quan-tri/don-vi/{id}");
        }
        Unit = await mediator.Send(new GetUnit.Query(id), ct);
        return Page();
    }
}
