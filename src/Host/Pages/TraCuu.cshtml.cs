using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.LookUp;
using ToanDan.Awards.Host.Features.Statistics;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Pages;

/// <summary>The look-up form is posted: a citizen ID typed in it must not end up in an address (logs, history, Referer).</summary>
public sealed class TraCuuModel(IMediator mediator, Access access) : PageModel
{
    /// <summary>The citizen ID field is offered only to those who may see citizen IDs.</summary>
    public bool MaySearchByCitizenId => access.SeesSomeCitizenIds;

    [BindProperty(Name = "ten")]
    public string? Name { get; set; }

    [BindProperty(Name = "cccd")]
    public string? CitizenId { get; set; }

    [BindProperty(Name = "ngaySinh")]
    public string? DateOfBirth { get; set; }

    public IReadOnlyList<LookUpAwards.Hit>? Hits { get; private set; }
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(CitizenId) && string.IsNullOrWhiteSpace(DateOfBirth)) return;
        var born = StatisticsEndpoints.Date(DateOfBirth);
        if (!string.IsNullOrWhiteSpace(DateOfBirth) && born is null)
        {
            Error = $"Ngày sinh '{DateOfBirth}' không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 12/05/1970.";
            return;
        }
        try
        {
            Hits = await mediator.Send(new LookUpAwards.Query(Name, CitizenId, born), ct);
        }
        catch (FluentValidation.ValidationException e)
        {
            Error = string.Join(" ", e.Errors.Select(x => x.ErrorMessage));
        }
        catch (ForbiddenException e)
        {
            Error = e.Message;
        }
    }
}
