using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Features.AwardTypes;
using ToanDan.Awards.Host.Features.Documents;
using ToanDan.Awards.Host.Pages.Shared;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>
/// Each award type's certificate form: the administrator chooses the award type, tries its paper, words and positions on
/// a sample, prints it on a blank of that award's form, and saves them once they match; that award's certificates
/// printed afterwards use them, the other awards' stay as they were.
/// </summary>
public sealed class GiayChungNhanModel(IMediator mediator, IValidator<SaveCertificateLayout.Command> validator) : PageModel
{
    private static readonly JsonSerializerOptions ConfigJson = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>The award type whose form is shown; the first one when none is chosen.</summary>
    [BindProperty(SupportsGet = true, Name = "loai")]
    public int? AwardTypeId { get; set; }

    [BindProperty]
    public CertificateLayout Layout { get; set; } = new();

    public IReadOnlyList<ListAwardTypes.Item> AwardTypes { get; private set; } = [];

    public GetCertificateLayout.Result Current { get; private set; } = null!;

    /// <summary>True while the form shows a form typed but not saved.</summary>
    public bool Unsaved { get; private set; }

    public string Address => $"/quan-tri/giay-chung-nhan?loai={Current.AwardTypeId}";

    public string Json => JsonSerializer.Serialize(
        new { Documents = new { Certificates = new Dictionary<string, CertificateLayout> { [Current.AwardTypeCode] = Layout } } }, ConfigJson);

    public string CurrentDescription => Current.Saved
        ? $"{Current.AwardTypeName}: đang in theo mẫu đã lưu lúc {VietnamTime.DateTime(Current.ChangedAt!.Value)} ({Current.ChangedBy})."
        : $"{Current.AwardTypeName}: đang in theo mẫu mặc định trong cấu hình của máy chủ.";

    public async Task OnGetAsync(CancellationToken ct) => await UseCurrentUnlessTypedAsync(ct);

    /// <summary>A sample printed with the form in the address (or the current one), e.g. linked from elsewhere.</summary>
    public async Task<IActionResult> OnGetXemThuAsync(string? khung, CancellationToken ct)
    {
        await UseCurrentUnlessTypedAsync(ct);
        return await SampleAsync(khung, ct);
    }

    /// <summary>A sample printed with the form typed on the page, saved or not; lines off the paper are named instead.</summary>
    public async Task<IActionResult> OnPostXemThuAsync(string? khung, CancellationToken ct)
    {
        await LoadAsync(ct);
        var check = await validator.ValidateAsync(new SaveCertificateLayout.Command(Current.AwardTypeId, Layout), ct);
        if (check.IsValid) return await SampleAsync(khung, ct);
        foreach (var error in check.Errors) ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        Unsaved = true;
        return Page();
    }

    private async Task<IActionResult> SampleAsync(string? frame, CancellationToken ct) =>
        File(await mediator.Send(new GetCertificateSample.Query(Current.AwardTypeId, Layout, Frame: frame is "1" or "true"), ct), "application/pdf");

    public async Task<IActionResult> OnPostLuuAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (await ModelState.TryAsync(() => mediator.Send(new SaveCertificateLayout.Command(Current.AwardTypeId, Layout), ct)))
        {
            TempData["Notice"] = $"Đã lưu mẫu giấy chứng nhận của {Current.AwardTypeName}. Giấy chứng nhận loại này in từ nay theo mẫu này.";
            return Redirect(Address);
        }
        Unsaved = true;
        return Page();
    }

    public async Task<IActionResult> OnPostKhoiPhucAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await mediator.Send(new ResetCertificateLayout.Command(Current.AwardTypeId), ct);
        TempData["Notice"] = $"Đã bỏ mẫu đã lưu của {Current.AwardTypeName}: giấy chứng nhận loại này in lại theo mẫu mặc định trong cấu hình.";
        return Redirect(Address);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        AwardTypes = await mediator.Send(new ListAwardTypes.Query(), ct);
        var id = AwardTypeId is int chosen && AwardTypes.Any(a => a.Id == chosen) ? chosen
            : AwardTypes.Count > 0 ? AwardTypes[0].Id
            : throw new Domain.NotFoundException("Chưa có loại khen thưởng nào.");
        Current = await mediator.Send(new GetCertificateLayout.Query(id), ct);
    }

    /// <summary>The current form, with whatever the address types over it ("…?loai=2&amp;Layout.Name.X=70").</summary>
    private async Task UseCurrentUnlessTypedAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Layout = Current.Layout;
        Unsaved = Request.Query.Keys.Any(k => k.StartsWith("Layout.", StringComparison.Ordinal));
        if (Unsaved) await TryUpdateModelAsync(Layout, nameof(Layout), new Microsoft.AspNetCore.Mvc.ModelBinding.QueryStringValueProvider(
            Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query, Request.Query, System.Globalization.CultureInfo.InvariantCulture));
    }
}
