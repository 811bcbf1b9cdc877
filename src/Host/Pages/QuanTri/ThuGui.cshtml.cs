using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Outbox;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class ThuGuiModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trangThai")]
    public string Status { get; set; } = "failed";

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public ListOutbox.Result Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new ListOutbox.Query(Status, Math.Max(1, PageNumber)), ct);

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new RetryOutboxMessage.Command(id), ct)))
        {
            TempData["Notice"] = "Đã đưa thư vào hàng đợi để gửi lại.";
            return RedirectToPage(new { trangThai = Status });
        }
        await OnGetAsync(ct);
        return Page();
    }
}
