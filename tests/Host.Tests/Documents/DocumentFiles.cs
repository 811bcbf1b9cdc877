using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ToanDan.Awards.Host.Demo;

namespace ToanDan.Awards.Host.Tests.Documents;

/// <summary>Reads generated files back: the text of a DOCX, of an XLSX sheet, of a PDF (poppler's pdftotext).</summary>
public static partial class DocumentFiles
{
    /// <summary>The visible text of word/document.xml, one paragraph a line.</summary>
    public static string DocxText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        var withBreaks = xml.Replace("</w:p>", "\n", StringComparison.Ordinal);
        return System.Net.WebUtility.HtmlDecode(Tags().Replace(withBreaks, ""));
    }

    /// <summary>What Word's schema (Office 2019) finds wrong in a DOCX, each with where it is: none for a file Word opens without repairs.</summary>
    public static IReadOnlyList<string> WordSchemaErrors(byte[] docx)
    {
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"toandan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            // Lines wrap where the page ends them: compare with single spaces.
            return Spaces().Replace(await RunAsync("pdftotext", file, "-"), " ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Page count and whether the pages are landscape, from poppler's pdfinfo.</summary>
    public static async Task<(int Pages, bool Landscape)> PdfInfoAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"toandan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var info = await RunAsync("pdfinfo", file);
            var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var size = SizeLine().Match(info);
            return (pages, double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Page 1 as a PNG in artifacts/screenshots, to look at.</summary>
    public static async Task<string> RenderFirstPageAsync(byte[] pdf, string name)
    {
        var file = Path.Combine(Path.GetTempPath(), $"toandan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var target = Path.Combine(Pages.BrowserApp.ScreenshotFolder, name);
            await RunAsync("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, target);
            return target + ".png";
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Where a word starts on page 1, in millimetres from the left and top edges (poppler's pdftotext -bbox).</summary>
    public static async Task<(double X, double Y)> PdfWordPositionAsync(byte[] pdf, string word) =>
        (await PdfWordPositionsAsync(pdf, word)).FirstOrDefault() is { } first && first != default
            ? first
            : throw new Xunit.Sdk.XunitException($"'{word}' is not on page 1.");

    /// <summary>Where each occurrence of a word starts on page 1, top to bottom, in millimetres from the left and top edges.</summary>
    public static async Task<IReadOnlyList<(double X, double Y)>> PdfWordPositionsAsync(byte[] pdf, string word)
    {
        var file = Path.Combine(Path.GetTempPath(), $"toandan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var boxes = await RunAsync("pdftotext", "-bbox", "-f", "1", "-l", "1", file, "-");
            const double MillimetresPerPoint = 25.4 / 72;
            return [.. WordBox().Matches(boxes).Where(m => System.Net.WebUtility.HtmlDecode(m.Groups[3].Value) == word)
                .Select(m => (double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * MillimetresPerPoint,
                    double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) * MillimetresPerPoint))
                .OrderBy(p => p.Item2)];
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static int PdfPageCount(byte[] pdf) => PageMarker().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool}: {error}");
        return output;
    }

    /// <summary>The antiforgery token of a page's form, to post it as a browser would.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path) =>
        Antiforgery().Match(await client.GetStringAsync(path)).Groups[1].Value;

    /// <summary>A client signed in with the cookie through the login page, as a browser would be.</summary>
    public static async Task<HttpClient> CookieClientAsync(AwardsApp app, string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/dang-nhap");
        var token = Antiforgery().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.Password"] = DemoData.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("""<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>""")]
    private static partial Regex WordBox();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+)")]
    private static partial Regex SizeLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageMarker();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
