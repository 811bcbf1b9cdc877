using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class DonViModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "cha")] public int? ParentId { get; set; }
    [BindProperty(SupportsGet = true, Name = "tim")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int Trang { get; set; } = 1;
    [BindProperty] public UnitInput Input { get; set; } = new();

    public ListUnits.Result Result { get; private set; } = null!;

    public PagerView Pager => new("/quan-tri/don-vi", Result.Units.Page, Result.Units.PageCount, Result.Units.Total,
        new Dictionary<string, string?> { ["cha"] = ParentId?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["tim"] = Search });

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        CreateUnit.Result? created = null;
        if (await ModelState.TryAsync(async () => created = await mediator.Send(
                new CreateUnit.Command(Input.Code, Input.Name, Input.Level, ParentId, Input.EffectiveFrom), ct), "Input"))
        {
            TempData["Notice"] = $"Đã thêm đơn vị {Input.Name}.";
            return Redirect(ParentId is null ? "/quan-tri/don-vi" : $"/quan-tri/don-vi?cha={ParentId}");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Result = await mediator.Send(new ListUnits.Query(ParentId, Search, Math.Max(1, Trang), 30), ct);

    public sealed class UnitInput
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Level { get; set; }
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? EffectiveFrom { get; set; }
    }
}
