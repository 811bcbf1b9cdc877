using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class LoaiKhenThuongSuaModel(IMediator mediator) : PageModel
{
    [BindProperty] public AwardTypeInput Input { get; set; } = new();

    public string Code { get; private set; } = "";
    public IReadOnlyList<ListAwardTypeSettings.WorkflowChoice> Workflows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var a = await LoadAsync(id, ct);
        Input = new AwardTypeInput
        {
            Name = a.Name, Decider = a.Decider, IssuerKind = a.IssuerKind, AllowsCollectives = a.AllowsCollectives,
            AllowsIndividuals = a.AllowsIndividuals, OncePerLifetime = a.OncePerLifetime, WorkflowKey = a.WorkflowKey, Criteria = a.Criteria,
            WomenCollectivePercent = a.WomenCollectivePercent, TiePreferenceBasis = a.TiePreferenceBasis,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var command = new UpdateAwardType.Command(id, Input.Name, Input.Decider, Input.IssuerKind, Input.AllowsCollectives,
            Input.AllowsIndividuals, Input.OncePerLifetime, Input.WorkflowKey, Input.Criteria,
            Input.WomenCollectivePercent, Input.TiePreferenceBasis);
        if (await ModelState.TryAsync(() => mediator.Send(command, ct), "Input"))
        {
            TempData["Notice"] = $"Đã lưu {Input.Name}. Hồ sơ lập từ nay áp dụng thiết lập mới.";
            return Redirect("/quan-tri/loai-khen-thuong");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<ListAwardTypeSettings.Item> LoadAsync(int id, CancellationToken ct)
    {
        var all = await mediator.Send(new ListAwardTypeSettings.Query(), ct);
        var a = all.AwardTypes.SingleOrDefault(x => x.Id == id) ?? throw AwardType.NotFound(id);
        (Code, Workflows) = (a.Code, all.Workflows);
        return a;
    }

    public sealed class AwardTypeInput : AwardTypeFields
    {
        public int? WomenCollectivePercent { get; set; }
        public string? TiePreferenceBasis { get; set; }
    }
}
