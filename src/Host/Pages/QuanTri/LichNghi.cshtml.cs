using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class LichNghiModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty] public HolidayInput Input { get; set; } = new();

    public ListHolidays.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new AddHoliday.Command(Input.Date, Input.Name, Input.IsMakeUpWorkingDay), ct), "Input"))
        {
            TempData["Notice"] = $"Đã thêm ngày {VietnamTime.Date(Input.Date!.Value)} vào lịch. Hạn xử lý tính từ nay theo lịch mới.";
            return Redirect($"/quan-tri/lich-nghi?nam={Input.Date!.Value.Year}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int holidayId, CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new RemoveHoliday.Command(holidayId), ct)))
        {
            TempData["Notice"] = "Đã bỏ ngày khỏi lịch.";
            return Redirect($"/quan-tri/lich-nghi?nam={Year}");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Result = await mediator.Send(new ListHolidays.Query(Year ?? VietnamTime.Today(clock).Year), ct);

    public static string DayName(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    public sealed class HolidayInput
    {
        [ModelBinder(typeof(VietnameseDateBinder))] public DateOnly? Date { get; set; }
        public string? Name { get; set; }
        public bool IsMakeUpWorkingDay { get; set; }
    }
}
