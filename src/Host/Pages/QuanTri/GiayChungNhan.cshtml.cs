using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Documents;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>
/// Where the certificate text sits on the pre-printed form: the administrator tries positions on a sample, prints it on
/// a blank form, and puts the result in the configuration (Documents:Certificate).
/// </summary>
public sealed class GiayChungNhanModel(IOptionsMonitor<DocumentOptions> options, PdfPrinter printer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CertificateLayout Layout { get; set; } = new();

    public static readonly (string Key, string Label)[] Fields =
    [
        ("Name", "Họ tên / tên tập thể"), ("Workplace", "Chức vụ, đơn vị"), ("Achievement", "Dòng thành tích"),
        ("Decision", "Số, ngày quyết định"), ("PlaceDate", "Địa danh, ngày tháng"),
    ];

    public static CertificateField Of(CertificateLayout layout, string key) => key switch
    {
        "Name" => layout.Name,
        "Workplace" => layout.Workplace,
        "Achievement" => layout.Achievement,
        "Decision" => layout.Decision,
        _ => layout.PlaceDate,
    };

    public string Json => JsonSerializer.Serialize(new { Documents = new { Certificate = Layout } }, new JsonSerializerOptions { WriteIndented = true });

    public void OnGet() => UseConfiguredUnlessTyped();

    public async Task<IActionResult> OnGetXemThuAsync(CancellationToken ct)
    {
        UseConfiguredUnlessTyped();
        var pdf = await printer.PrintAsync(CertificateHtml.Build([CertificateHtml.Sample], Layout, preview: Request.Query["khung"] == "1"), ct);
        return File(pdf, "application/pdf");
    }

    private void UseConfiguredUnlessTyped()
    {
        if (!Request.Query.Keys.Any(k => k.StartsWith("Layout.", StringComparison.Ordinal))) Layout = options.CurrentValue.Certificate;
    }
}
