using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Eligibility;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>An award type's groups of people and criteria, each with its legal basis: add, change, remove.</summary>
public sealed class TieuChuanModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public ListEligibilityRules.Result Result { get; private set; } = null!;

    public static readonly (RuleKind Kind, string Name)[] Kinds =
    [
        (RuleKind.ServiceTime, "Thời gian công tác (theo giới tính)"),
        (RuleKind.RequiredHonour, "Đã được khen thưởng (không tính khen đột xuất)"),
        (RuleKind.ExcludedHonour, "Loại trừ người đã có hình thức khen thưởng"),
        (RuleKind.Postponing, "Tạm hoãn khi chờ kết luận"),
        (RuleKind.Manual, "Người xét duyệt xác nhận"),
    ];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(int? ruleId, RuleKind? kind, string? groupCode, string? title, string? legalBasis,
        int? minYearsMen, int? minYearsWomen, bool doubleTimeCounts, string? honour, PendingMatter? matter, string? sourceNote, CancellationToken ct)
    {
        var body = new SaveEligibilityRule.Body(kind, groupCode, title, legalBasis, minYearsMen, minYearsWomen, doubleTimeCounts, honour, matter, sourceNote);
        return await ModelState.TryAsync(() => mediator.Send(new SaveEligibilityRule.Command(Id, ruleId, body), ct))
            ? Done(ruleId is null ? "Đã thêm tiêu chuẩn." : "Đã lưu tiêu chuẩn. Hồ sơ được xét theo tiêu chuẩn mới từ lần gửi hoặc lần duyệt tới.")
            : await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int ruleId, CancellationToken ct) =>
        await ModelState.TryAsync(() => mediator.Send(new RemoveEligibilityRule.Command(Id, ruleId), ct)) ? Done("Đã bỏ tiêu chuẩn.") : await ShowAsync(ct);

    public async Task<IActionResult> OnPostGroupAsync(string? code, string? name, string? legalBasis, CancellationToken ct) =>
        await ModelState.TryAsync(() => mediator.Send(new SaveNomineeGroup.Command(Id, code, name, legalBasis), ct))
            ? Done("Đã lưu nhóm đối tượng.")
            : await ShowAsync(ct);

    private RedirectResult Done(string notice)
    {
        TempData["Notice"] = notice;
        return Redirect($"/quan-tri/loai-khen-thuong/{Id}/tieu-chuan");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        try
        {
            Result = await mediator.Send(new ListEligibilityRules.Query(Id), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }
}
