using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Statistics;

namespace ToanDan.Awards.Host.Pages;

public sealed class ThongKeModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public GetStatistics.Query Filter { get; private set; } = new();
    public GetStatistics.Report? Report { get; private set; }
    public string? Error { get; private set; }
    public ListStatisticsFilters.Result Options { get; private set; } = new([], [], []);
    public ListReportForms.Result ReportForms { get; private set; } = new([], [], []);

    /// <summary>The years a report form can be asked for, newest first.</summary>
    public IReadOnlyList<int> ReportYears { get; private set; } = [];

    public string RawFrom => Request.Query["tuNgay"].ToString();
    public string RawTo => Request.Query["denNgay"].ToString();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = StatisticsEndpoints.FromQueryString(Request.Query);
        Options = await mediator.Send(new ListStatisticsFilters.Query(), ct);
        ReportForms = await mediator.Send(new ListReportForms.Query(), ct);
        var thisYear = ToanDan.Awards.Host.Workflow.VietnamTime.Today(clock).Year;
        ReportYears = [.. Enumerable.Range(GetReportForm.FirstYear, thisYear - GetReportForm.FirstYear + 1).Reverse()];
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
