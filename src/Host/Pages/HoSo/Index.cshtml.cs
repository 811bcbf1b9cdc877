using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.HoSo;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "trangThai")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? AwardTypeCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "donVi")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public ListNominations.Result Result { get; private set; } = new([], 0, 1, PageSize);
    public NominationChoices.Result Choices { get; private set; } = null!;

    public bool IsClerk => User.IsInRole(Roles.UnitClerk);
    public bool FiltersByUnit => User.IsInRole(Roles.Admin) || Roles.Reviewers.Any(User.IsInRole);
    public int PageCount => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Status is not null || AwardTypeCode is not null || UnitId is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Choices = await mediator.Send(new NominationChoices.Query(), ct);
        var query = new ListNominations.Query(Status, AwardTypeCode, UnitId, Math.Max(1, PageNumber), PageSize, Search?.Trim());
        await ModelState.TryAsync(async () => Result = await mediator.Send(query, ct));
    }

    /// <summary>The link to another page of the same list, keeping the filters.</summary>
    public string PageLink(int page) => Url.Page("Index", new { q = Search, trangThai = Status, loai = AwardTypeCode, donVi = UnitId, trang = page })!;
}
