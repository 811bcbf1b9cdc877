using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class NhatKyModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nguoiDung")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "thaoTac")] public string? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "doiTuong")] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true, Name = "tuNgay", BinderType = typeof(VietnameseDateBinder))] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "denNgay", BinderType = typeof(VietnameseDateBinder))] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "noiDung")] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int Trang { get; set; } = 1;

    public SearchAudit.Result? Result { get; private set; }

    public PagerView Pager => new("/quan-tri/nhat-ky", Result!.Entries.Page, Result.Entries.PageCount, Result.Entries.Total,
        new Dictionary<string, string?>
        {
            ["nguoiDung"] = UserName, ["thaoTac"] = Action, ["doiTuong"] = EntityType, ["noiDung"] = Text,
            ["tuNgay"] = VietnameseDateBinder.Show(From), ["denNgay"] = VietnameseDateBinder.Show(To),
        });

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = new SearchAudit.Query(UserName, Action, EntityType, null, From, To, Text, Math.Max(1, Trang), 30);
        SearchAudit.Result? result = null;
        if (ModelState.IsValid && await ModelState.TryAsync(async () => result = await mediator.Send(query, ct)))
            Result = result;
        else
            Result = await mediator.Send(query with { From = null, To = null }, ct);
        if (ModelState.Remove("To")) ModelState.AddModelError("denNgay", Periods.EndsBeforeStart);
    }
}
