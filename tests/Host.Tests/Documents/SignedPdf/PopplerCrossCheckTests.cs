using System.Diagnostics;
using ToanDan.Awards.Host.Documents.SignedPdf;

namespace ToanDan.Awards.Host.Tests.Documents.SignedPdf;

/// <summary>
/// The test PDFs are real PDFs, and our verifier agrees with an independent one: poppler's <c>pdfsig</c> (installed
/// with pdftotext by scripts/prerequisites.sh) and <c>pdftotext</c>, which reads the newest revision.
/// </summary>
public class PopplerCrossCheckTests
{
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 2, 2, 30, 0, TimeSpan.Zero);
    private readonly SignedPdfVerifier _verifier = new(2 * 1024 * 1024);

    private static async Task<string> PdfsigAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"toandan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdfsig") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output + error;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Pdfsig_finds_the_signature_valid_whole_and_of_unknown_issuer_as_we_do()
    {
        using var certificate = TestPdfs.Certificate();
        var pdf = TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt);

        var poppler = await PdfsigAsync(pdf);
        var ours = Assert.Single(_verifier.Verify(pdf, SignedAt).Signatures);

        Assert.Contains("Signer Certificate Common Name: Nguyễn Văn Giám", poppler);
        Assert.Contains("O=Công an tỉnh Thanh Hóa", poppler);
        Assert.Contains("Signing Time: Nov 02 2026 02:30:00", poppler);
        Assert.Contains("Total document signed", poppler);
        Assert.Contains("Signature Validation: Signature is Valid.", poppler);
        Assert.Contains("Certificate issuer is unknown.", poppler);
        Assert.Matches($@"Signed Ranges: \[0 - \d+\], \[\d+ - {pdf.Length}\]", poppler);
        Assert.Equal(pdf.Length, ours.SignedRangeEnd);
        Assert.True(ours is { Valid: true, CoversWholeDocument: true, Trust: CertificateTrust.UnknownIssuer, SignerName: "Nguyễn Văn Giám" });
        Assert.Equal(TestPdfs.DecisionText, (await DocumentFiles.PdfTextAsync(pdf)).Trim());
    }

    [Fact]
    public async Task Pdfsig_sees_tampering_and_later_revisions_as_we_do()
    {
        using var certificate = TestPdfs.Certificate();
        var signed = TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt);
        var tampered = TestPdfs.Tampered(signed);
        var edited = TestPdfs.EditedAfterSigning(signed);
        var twice = TestPdfs.Sign(signed, certificate, SignedAt.AddMinutes(5));

        Assert.Contains("Signature Validation: Digest Mismatch.", await PdfsigAsync(tampered));
        Assert.True(Assert.Single(_verifier.Verify(tampered, SignedAt).Signatures).DigestMismatch);

        var poppler = await PdfsigAsync(edited);
        Assert.Contains("Not total document signed", poppler);
        Assert.Contains("Signature is Valid.", poppler);
        Assert.True(_verifier.Verify(edited, SignedAt).ChangedAfterSigning);
        Assert.Contains("99/QD-CAT", await DocumentFiles.PdfTextAsync(edited));

        poppler = await PdfsigAsync(twice);
        Assert.Contains("Signature #2:", poppler);
        Assert.Equal(1, poppler.Split("Not total document signed").Length - 1);
        var report = _verifier.Verify(twice, SignedAt);
        Assert.Equal([false, true], report.Signatures.Select(s => s.CoversWholeDocument));
        Assert.False(report.ChangedAfterSigning);
    }
}
