using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Movements;
using ToanDan.Awards.Host.Pages.QuanTri;
using ToanDan.Awards.Host.Pages.Shared;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Pages;

/// <summary>The phong trào thi đua of the issuers the caller files reports for: recorded here, counted in form 0601.N/BNV-TĐKT.</summary>
public sealed class PhongTraoThiDuaModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty] public MovementForm Movement { get; set; } = new();

    /// <summary>The movement being changed (<c>?sua=</c>); null: the form records a new one.</summary>
    [BindProperty(SupportsGet = true, Name = "sua")] public int? EditId { get; set; }

    public ListMovements.Result Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Result.Issuers.Count == 0) return NotFound();
        if (EditId is int id)
        {
            var m = (await mediator.Send(new ListMovements.Query(), ct)).Movements.FirstOrDefault(x => x.Id == id);
            if (m is null) return NotFound();
            Movement = new MovementForm
            {
                IssuerId = m.IssuerId, Name = m.Name, LaunchedBy = m.LaunchedBy, Level = m.Level, Scope = m.Scope, Method = m.Method,
                StartsOn = m.StartsOn, EndsOn = m.EndsOn, ParticipatingUnits = m.ParticipatingUnits,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MayRecordAsync(ct)) return NotFound();
        if (ModelState.IsValid && await ModelState.TryAsync(() => mediator.Send(new SaveMovement.Command(EditId, Movement.ToInput()), ct)))
        {
            TempData["Notice"] = $"Đã {(EditId is null ? "ghi" : "sửa")} phong trào “{Movement.Name?.Trim()}”. Biểu số 0601.N/BNV-TĐKT tính phong trào này trong các năm nó diễn ra.";
            return Redirect($"/thong-ke/phong-trao-thi-dua?nam={Movement.StartsOn!.Value.Year}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int movementId, CancellationToken ct)
    {
        if (!await MayRecordAsync(ct)) return NotFound();
        if (await ModelState.TryAsync(() => mediator.Send(new DeleteMovement.Command(movementId), ct)))
        {
            TempData["Notice"] = "Đã xóa phong trào thi đua.";
            return Redirect($"/thong-ke/phong-trao-thi-dua?nam={Year}");
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Only those who file some issuer's reports see the page at all.</summary>
    private async Task<bool> MayRecordAsync(CancellationToken ct) => (await mediator.Send(new Features.Statistics.ListReportForms.Query(), ct)).Issuers.Count > 0;

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= VietnamTime.Today(clock).Year;
        Result = await mediator.Send(new ListMovements.Query(Year), ct);
    }

    public sealed class MovementForm
    {
        public int? IssuerId { get; set; }
        public string? Name { get; set; }
        public string? LaunchedBy { get; set; }
        public string? Level { get; set; }
        public string? Scope { get; set; }
        public string? Method { get; set; }
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? StartsOn { get; set; }
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? EndsOn { get; set; }
        public int? ParticipatingUnits { get; set; }

        public MovementInput ToInput() => new(IssuerId, Name, LaunchedBy, Level, Scope, Method, StartsOn, EndsOn, ParticipatingUnits);
    }
}
