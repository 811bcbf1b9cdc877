using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>The rounds, and a form that adds one or (with ?sua=id) changes one.</summary>
public sealed class DotKhenThuongModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang")] public int Trang { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "sua")] public int? EditId { get; set; }
    [BindProperty] public RoundInput Input { get; set; } = new();

    public Paged<ListRounds.Item> Rounds { get; private set; } = null!;

    public PagerView Pager => new("/quan-tri/dot-khen-thuong", Rounds.Page, Rounds.PageCount, Rounds.Total, new Dictionary<string, string?>());

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Rounds.Items.FirstOrDefault(r => r.Id == EditId) is { } round)
            Input = new RoundInput { Name = round.Name, OpensOn = round.OpensOn, ClosesOn = round.ClosesOn };
        else EditId = null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new SaveRound.Command(EditId, Input.Name, Input.OpensOn, Input.ClosesOn), ct), "Input"))
        {
            TempData["Notice"] = EditId is null ? $"Đã thêm đợt {Input.Name}." : $"Đã lưu đợt {Input.Name}.";
            return Redirect("/quan-tri/dot-khen-thuong");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Rounds = await mediator.Send(new ListRounds.Query(Math.Max(1, Trang), 20), ct);

    public sealed class RoundInput
    {
        public string? Name { get; set; }
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? OpensOn { get; set; }
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? ClosesOn { get; set; }
    }
}
