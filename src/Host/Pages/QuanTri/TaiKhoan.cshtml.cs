using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class TaiKhoanModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tim")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "vaiTro")] public string? Role { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int Trang { get; set; } = 1;

    public Paged<ListAccounts.Item> Accounts { get; private set; } = null!;

    public PagerView Pager => new("/quan-tri/tai-khoan", Accounts.Page, Accounts.PageCount, Accounts.Total,
        new Dictionary<string, string?> { ["tim"] = Search, ["vaiTro"] = Role });

    public async Task OnGetAsync(CancellationToken ct) =>
        Accounts = await mediator.Send(new ListAccounts.Query(Search, null, Role, Math.Max(1, Trang), 20), ct);
}
