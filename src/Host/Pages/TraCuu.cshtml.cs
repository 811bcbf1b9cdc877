using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.LookUp;
using ToanDan.Awards.Host.Features.Statistics;

namespace ToanDan.Awards.Host.Pages;

public sealed class TraCuuModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ten")]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true, Name = "cccd")]
    public string? CitizenId { get; set; }

    [BindProperty(SupportsGet = true, Name = "ngaySinh")]
    public string? DateOfBirth { get; set; }

    public IReadOnlyList<LookUpAwards.Hit>? Hits { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
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
    }
}
