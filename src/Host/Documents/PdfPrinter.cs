using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace ToanDan.Awards.Host.Documents;

/// <summary>Prints an HTML page to PDF with Debian's headless Chromium; temporary files are removed afterwards.</summary>
public sealed class PdfPrinter(IOptions<DocumentOptions> options, ILogger<PdfPrinter> logger)
{
    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        var chromium = options.Value.ChromiumPath;
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"Không tìm thấy Chromium tại '{chromium}' để in PDF: cài gói 'chromium' (apt-get install chromium) hoặc đặt đường dẫn trong cấu hình Documents:ChromiumPath.");
        var folder = Path.Combine(Path.GetTempPath(), "toandan-pdf", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var htmlFile = Path.Combine(folder, "page.html");
            var pdfFile = Path.Combine(folder, "page.pdf");
            await File.WriteAllTextAsync(htmlFile, html, System.Text.Encoding.UTF8, ct);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-pdf-header-footer",
                         $"--user-data-dir={Path.Combine(folder, "profile")}", $"--print-to-pdf={pdfFile}", new Uri(htmlFile).AbsoluteUri,
                     })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Không khởi động được Chromium để in PDF.");
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.PrintTimeoutSeconds));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"Chromium không in xong PDF trong {options.Value.PrintTimeoutSeconds} giây.");
            }
            if (!File.Exists(pdfFile) || new FileInfo(pdfFile).Length == 0)
            {
                logger.LogError("Chromium exited with {Code} without a PDF: {Error}", process.ExitCode, await stderr);
                throw new InvalidOperationException($"Chromium không tạo được tệp PDF (mã thoát {process.ExitCode}).");
            }
            return await File.ReadAllBytesAsync(pdfFile, ct);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* left for the OS's temp cleanup */ }
        }
    }
}
