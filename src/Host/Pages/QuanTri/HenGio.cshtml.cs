using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Timers;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class HenGioModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "dangCho")]
    public bool Waiting { get; set; }

    public IReadOnlyList<ListTimers.Item> Timers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Timers = await mediator.Send(new ListTimers.Query(Parked: !Waiting), ct);

    public Task<IActionResult> OnPostRetryAsync(int id, CancellationToken ct) =>
        SendAsync(new RetryTimer.Command(id), "Đã cho hẹn giờ chạy lại ở lượt kế tiếp.", ct);

    public Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct) =>
        SendAsync(new CancelTimer.Command(id), "Đã hủy hẹn giờ; bước xử lý vẫn mở.", ct);

    private async Task<IActionResult> SendAsync(IRequest<MediatR.Unit> command, string notice, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(command, ct)))
        {
            TempData["Notice"] = notice;
            return RedirectToPage();
        }
        await OnGetAsync(ct);
        return Page();
    }
}
