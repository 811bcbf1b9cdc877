using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Tasks;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.NhiemVu;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int PageSize = 20;

    public static readonly IReadOnlyList<(string Value, string Label)> Sorts =
    [
        (ListMyTasks.ByWaiting, "Chờ lâu nhất trước"),
        (ListMyTasks.ByDeadline, "Hạn xử lý gần nhất trước"),
        (ListMyTasks.ByUnit, "Theo đơn vị đề nghị"),
    ];

    [FromQuery(Name = "loai")] public string? AwardType { get; set; }
    [FromQuery(Name = "buoc")] public string? Step { get; set; }
    [FromQuery(Name = "sapXep")] public string? Sort { get; set; }
    [FromQuery(Name = "trang")] public string? PageText { get; set; }

    public ListMyTasks.InboxPage Inbox { get; private set; } = null!;
    public IReadOnlyList<ListOfficeWork.Item> OfficeWork { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!Sorts.Any(s => s.Value == Sort)) Sort = ListMyTasks.ByWaiting;
        var page = Pager.Read(PageText);
        Inbox = await mediator.Send(new ListMyTasks.Inbox(AwardType, Step, Sort, page, PageSize), ct);
        OfficeWork = await mediator.Send(new ListOfficeWork.Query(), ct);
        Pager = new Pager(page, PageSize, Inbox.Total);
    }
}
