using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Features.Documents;
using ToanDan.Awards.Host.Pages.Shared;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>
/// Where the certificate text sits on the pre-printed form: the administrator tries positions on a sample, prints it on
/// a blank form, and saves them once they match; certificates printed afterwards use them.
/// </summary>
public sealed class GiayChungNhanModel(IMediator mediator, PdfPrinter printer, IValidator<SaveCertificateLayout.Command> validator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CertificateLayout Layout { get; set; } = new();

    public GetCertificateLayout.Result Current { get; private set; } = null!;

    /// <summary>True while the form shows positions typed but not saved.</summary>
    public bool Unsaved { get; private set; }

    public string Json => JsonSerializer.Serialize(new { Documents = new { Certificate = Layout } }, new JsonSerializerOptions { WriteIndented = true });

    public string CurrentDescription => Current.Saved
        ? $"Đang in theo vị trí đã lưu lúc {VietnamTime.DateTime(Current.ChangedAt!.Value)} ({Current.ChangedBy})."
        : "Đang in theo vị trí mặc định trong cấu hình của máy chủ.";

    public async Task OnGetAsync(CancellationToken ct) => await UseCurrentUnlessTypedAsync(ct);

    /// <summary>A sample printed with the positions in the address (or the current ones), e.g. linked from elsewhere.</summary>
    public async Task<IActionResult> OnGetXemThuAsync(string? khung, CancellationToken ct)
    {
        await UseCurrentUnlessTypedAsync(ct);
        return await SampleAsync(khung, ct);
    }

    /// <summary>A sample printed with the positions typed in the form, saved or not; positions off the form are named instead.</summary>
    public async Task<IActionResult> OnPostXemThuAsync(string? khung, CancellationToken ct)
    {
        var check = await validator.ValidateAsync(new SaveCertificateLayout.Command(Layout), ct);
        if (check.IsValid) return await SampleAsync(khung, ct);
        foreach (var error in check.Errors) ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        Current = await mediator.Send(new GetCertificateLayout.Query(), ct);
        Unsaved = true;
        return Page();
    }

    private async Task<IActionResult> SampleAsync(string? frame, CancellationToken ct)
    {
        var pdf = await printer.PrintAsync(CertificateHtml.Build([CertificateHtml.Sample], Layout, preview: frame is "1" or "true"), ct);
        return File(pdf, "application/pdf");
    }

    public async Task<IActionResult> OnPostLuuAsync(CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new SaveCertificateLayout.Command(Layout), ct)))
        {
            TempData["Notice"] = "Đã lưu vị trí chữ. Giấy chứng nhận in từ nay theo vị trí này.";
            return Redirect("/quan-tri/giay-chung-nhan");
        }
        Current = await mediator.Send(new GetCertificateLayout.Query(), ct);
        Unsaved = true;
        return Page();
    }

    public async Task<IActionResult> OnPostKhoiPhucAsync(CancellationToken ct)
    {
        await mediator.Send(new ResetCertificateLayout.Command(), ct);
        TempData["Notice"] = "Đã bỏ vị trí đã lưu: giấy chứng nhận in lại theo vị trí mặc định trong cấu hình.";
        return Redirect("/quan-tri/giay-chung-nhan");
    }

    private async Task UseCurrentUnlessTypedAsync(CancellationToken ct)
    {
        Current = await mediator.Send(new GetCertificateLayout.Query(), ct);
        Unsaved = Request.Query.Keys.Any(k => k.StartsWith("Layout.", StringComparison.Ordinal));
        if (!Unsaved) Layout = Current.Layout;
    }
}
