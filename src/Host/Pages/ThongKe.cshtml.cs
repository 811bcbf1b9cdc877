using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Features.Statistics;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Pages;

public sealed class ThongKeModel(IMediator mediator, AwardsDbContext db) : PageModel
{
    public GetStatistics.Query Filter { get; private set; } = new();
    public GetStatistics.Report? Report { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<(int Id, string Name)> AwardTypes { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Rounds { get; private set; } = [];
    public string RawFrom => Request.Query["tuNgay"].ToString();
    public string RawTo => Request.Query["denNgay"].ToString();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = StatisticsEndpoints.FromQueryString(Request.Query);
        AwardTypes = [.. (await db.AwardTypes.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name))];
        Units = [.. (await db.Units.AsNoTracking().OrderBy(u => u.Path).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name))];
        Rounds = [.. (await db.Rounds.AsNoTracking().OrderByDescending(r => r.OpensOn).Select(r => new { r.Id, r.Name }).ToListAsync(ct)).Select(r => (r.Id, r.Name))];
        if ((RawFrom.Length > 0 && Filter.From is null) || (RawTo.Length > 0 && Filter.To is null))
        {
            Error = "Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 20/11/2026.";
            return;
        }
        try
        {
            Report = await mediator.Send(Filter, ct);
        }
        catch (FluentValidation.ValidationException e)
        {
            Error = string.Join(" ", e.Errors.Select(x => x.ErrorMessage));
        }
    }

    public string ExportLink => "/thong-ke/xuat-excel" + Request.QueryString.Value;
}
