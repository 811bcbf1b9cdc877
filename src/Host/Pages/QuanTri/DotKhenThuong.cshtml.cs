using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>The rounds, and a form that adds one or (with ?sua=id) changes one.</summary>
public sealed class DotKhenThuongModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang")] public int Trang { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "sua")] public int? EditId { get; set; }
    [BindProperty] public RoundInput Input { get; set; } = new();

    [BindProperty] public ReopenInput Reopen { get; set; } = new();

    public Paged<ListRounds.Item> Rounds { get; private set; } = null!;
    public IReadOnlyList<ListIssuers.Item> Issuers { get; private set; } = [];
    public IReadOnlyList<ListAwardTypeSettings.Item> AwardTypes { get; private set; } = [];

    public PagerView Pager => new("/quan-tri/dot-khen-thuong", Rounds.Page, Rounds.PageCount, Rounds.Total, new Dictionary<string, string?>());

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Rounds.Items.FirstOrDefault(r => r.Id == EditId) is { } round)
            Input = new RoundInput
            {
                Name = round.Name, IssuerId = round.IssuerId, AwardTypes = [.. round.AwardTypes], OpensOn = round.OpensOn, ClosesOn = round.ClosesOn,
                DisclosureFrom = round.DisclosureFrom, DisclosureTo = round.DisclosureTo,
            };
        else EditId = null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = new SaveRound.Command(EditId, Input.Name, Input.IssuerId, Input.AwardTypes, Input.OpensOn, Input.ClosesOn,
            Input.DisclosureFrom, Input.DisclosureTo);
        if (await ModelState.TryAsync(() => mediator.Send(command, ct), "Input"))
        {
            TempData["Notice"] = EditId is null ? $"Đã thêm đợt {Input.Name}." : $"Đã lưu đợt {Input.Name}.";
            return Redirect("/quan-tri/dot-khen-thuong");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReopenAsync(int id, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new ReopenRound.Command(id, Reopen.Until, Reopen.Reason), ct), "Reopen"))
        {
            TempData["Notice"] = $"Đã mở lại đợt, nhận hồ sơ đến hết ngày {VietnamTime.Date(Reopen.Until!.Value)}.";
            return Redirect("/quan-tri/dot-khen-thuong");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new CloseRound.Command(id), ct)))
        {
            TempData["Notice"] = "Đã dừng nhận hồ sơ của đợt.";
            return Redirect("/quan-tri/dot-khen-thuong");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rounds = await mediator.Send(new ListRounds.Query(Math.Max(1, Trang), 20), ct);
        Issuers = await mediator.Send(new ListIssuers.Query(), ct);
        AwardTypes = (await mediator.Send(new ListAwardTypeSettings.Query(), ct)).AwardTypes;
    }

    public sealed class ReopenInput
    {
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? Until { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class RoundInput
    {
        public string? Name { get; set; }
        public int? IssuerId { get; set; }
        public List<string> AwardTypes { get; set; } = [];
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? OpensOn { get; set; }
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? ClosesOn { get; set; }
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? DisclosureFrom { get; set; }
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? DisclosureTo { get; set; }
    }
}
