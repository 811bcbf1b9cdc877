using System.Text;
using ToanDan.Awards.Host.Documents.SignedPdf;

namespace ToanDan.Awards.Host.Tests.Documents.SignedPdf;

public class SignedPdfVerifierTests
{
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 2, 2, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = SignedAt.AddDays(1);
    private readonly SignedPdfVerifier _verifier = new(2 * 1024 * 1024);

    private static IReadOnlyList<SignatureLine> Lines(SignedPdfReport report) =>
        [.. report.Signatures.Select(s => new SignatureLine(s.SignerName, s.Organisation, s.SigningTime, s.Valid, s.Trust == CertificateTrust.Trusted, s.Problem, s.TrustNote))];

    private static string Verification(SignedPdfReport report) =>
        SignedCopyWording.Verification(report.HasDigitalSignature, report.ChangedAfterSigning, Lines(report));

    [Fact]
    public void A_signed_decision_names_its_signer_and_time_and_is_unchanged()
    {
        using var certificate = TestPdfs.Certificate();
        var pdf = TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt);

        var report = _verifier.Verify(pdf, Now);

        Assert.True(report.Accepted);
        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Valid, signature.Problem);
        Assert.Equal("Nguyễn Văn Giám", signature.SignerName);
        Assert.Equal("Công an tỉnh Thanh Hóa", signature.Organisation);
        Assert.Equal(SignedAt, signature.SigningTime);
        Assert.Equal(SigningTimeSource.SignedAttribute, signature.TimeSource);
        Assert.True(signature.CoversWholeDocument);
        Assert.False(report.ChangedAfterSigning);
        Assert.True(report.Unchanged);
        Assert.Equal("adbe.pkcs7.detached", signature.SubFilter);
        Assert.Equal(certificate.Thumbprint, signature.CertificateThumbprint);
        Assert.Equal(
            "Chữ ký số hợp lệ của Nguyễn Văn Giám (Công an tỉnh Thanh Hóa) lúc 02/11/2026 09:30; tài liệu không bị thay đổi sau khi ký.",
            Verification(report));
    }

    [Fact]
    public void A_self_signed_certificate_is_reported_as_of_unknown_issuer_without_refusing_the_signature()
    {
        using var certificate = TestPdfs.Certificate();
        var report = _verifier.Verify(TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt), Now);

        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Valid);
        Assert.Equal(CertificateTrust.UnknownIssuer, signature.Trust);
        Assert.False(report.AllTrusted);
        Assert.Equal(
            ["Chứng thư số do “Nguyễn Văn Giám” cấp, không có trong kho chứng thư tin cậy của máy chủ: chưa xác minh được tổ chức cấp."],
            SignedCopyWording.TrustNotes(Lines(report)));
    }

    [Fact]
    public void A_time_stamp_of_an_authority_names_the_signing_time_before_the_signers_own_clock()
    {
        using var certificate = TestPdfs.Certificate();
        using var authority = TestPdfs.TimestampAuthority();
        var stampedAt = SignedAt.AddMinutes(3);
        var pdf = TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt, timestamp: (authority, stampedAt));

        var signature = Assert.Single(_verifier.Verify(pdf, Now).Signatures);

        Assert.True(signature.Valid, signature.Problem);
        Assert.Equal(SigningTimeSource.Timestamp, signature.TimeSource);
        Assert.Equal(stampedAt, signature.SigningTime);
    }

    [Fact]
    public void A_document_time_stamp_after_the_signature_is_checked_as_a_signature_of_its_authority()
    {
        using var certificate = TestPdfs.Certificate();
        using var authority = TestPdfs.TimestampAuthority();
        var signed = TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt);
        var stamped = TestPdfs.DocumentTimestamp(signed, authority, SignedAt.AddMinutes(1));

        var report = _verifier.Verify(stamped, Now);
        var broken = _verifier.Verify(TestPdfs.Tampered(stamped), Now);

        Assert.Equal(2, report.Signatures.Count);
        Assert.All(report.Signatures, s => Assert.True(s.Valid, s.Problem));
        var timestamp = report.Signatures[1];
        Assert.Equal("ETSI.RFC3161", timestamp.SubFilter);
        Assert.Equal("Dịch vụ cấp dấu thời gian thử nghiệm", timestamp.SignerName);
        Assert.Equal(SignedAt.AddMinutes(1), timestamp.SigningTime);
        Assert.True(report.Unchanged);
        Assert.All(broken.Signatures, s => Assert.True(s is { Valid: false, DigestMismatch: true }));
        Assert.Equal("Chữ ký số KHÔNG hợp lệ: tài liệu đã bị sửa sau khi ký.", Verification(broken));
    }

    [Fact]
    public void Without_a_signing_time_attribute_the_time_written_in_the_pdf_is_used()
    {
        using var certificate = TestPdfs.Certificate();
        var report = _verifier.Verify(TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt, withSigningTime: false), Now);

        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Valid, signature.Problem);
        Assert.Equal(SigningTimeSource.PdfDictionary, signature.TimeSource);
        Assert.Equal(SignedAt, signature.SigningTime);
    }

    [Fact]
    public void One_byte_changed_inside_the_signed_range_makes_the_signature_invalid()
    {
        using var certificate = TestPdfs.Certificate();
        var pdf = TestPdfs.Tampered(TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt));

        var report = _verifier.Verify(pdf, Now);

        var signature = Assert.Single(report.Signatures);
        Assert.False(signature.Valid);
        Assert.True(signature.DigestMismatch);
        Assert.False(report.Unchanged);
        Assert.Equal("Nguyễn Văn Giám", signature.SignerName);
        Assert.Equal("Chữ ký số KHÔNG hợp lệ: tài liệu đã bị sửa sau khi ký.", Verification(report));
    }

    [Fact]
    public void A_revision_appended_after_the_signature_is_changed_after_signing()
    {
        using var certificate = TestPdfs.Certificate();
        var pdf = TestPdfs.EditedAfterSigning(TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt));

        var report = _verifier.Verify(pdf, Now);

        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Valid, signature.Problem);
        Assert.False(signature.CoversWholeDocument);
        Assert.True(report.ChangedAfterSigning);
        Assert.False(report.Unchanged);
        Assert.Equal(
            "Chữ ký số hợp lệ của Nguyễn Văn Giám (Công an tỉnh Thanh Hóa) lúc 02/11/2026 09:30, nhưng tài liệu đã bị thay đổi sau khi ký " +
            "(có nội dung được thêm vào sau chữ ký cuối cùng).",
            Verification(report));
    }

    [Fact]
    public void Whitespace_after_the_last_signature_is_not_a_change()
    {
        using var certificate = TestPdfs.Certificate();
        var pdf = TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt).Concat("\r\n\n"u8.ToArray()).ToArray();

        var report = _verifier.Verify(pdf, Now);

        Assert.True(report.Unchanged);
    }

    [Fact]
    public void The_signer_and_then_the_agency_each_sign_and_both_are_checked()
    {
        using var director = TestPdfs.Certificate("Lê Văn Tuấn", "Công an tỉnh Thanh Hóa");
        using var agency = TestPdfs.Certificate("Công an tỉnh Thanh Hóa", "Công an tỉnh Thanh Hóa");
        var once = TestPdfs.Sign(TestPdfs.Unsigned(), director, SignedAt);
        var twice = TestPdfs.Sign(once, agency, SignedAt.AddMinutes(10));

        var report = _verifier.Verify(twice, Now);

        Assert.Equal(2, report.Signatures.Count);
        Assert.All(report.Signatures, s => Assert.True(s.Valid, s.Problem));
        Assert.Equal(["Lê Văn Tuấn", "Công an tỉnh Thanh Hóa"], report.Signatures.Select(s => s.SignerName));
        Assert.False(report.Signatures[0].CoversWholeDocument);
        Assert.True(report.Signatures[1].CoversWholeDocument);
        Assert.True(report.Unchanged);
        Assert.Equal(
            "Chữ ký số hợp lệ của Lê Văn Tuấn (Công an tỉnh Thanh Hóa) lúc 02/11/2026 09:30, của Công an tỉnh Thanh Hóa lúc 02/11/2026 09:40; " +
            "tài liệu không bị thay đổi sau khi ký.",
            Verification(report));
    }

    [Fact]
    public void A_change_to_the_first_revision_breaks_both_signatures()
    {
        using var director = TestPdfs.Certificate("Lê Văn Tuấn");
        using var agency = TestPdfs.Certificate("Công an tỉnh Thanh Hóa");
        var pdf = TestPdfs.Tampered(TestPdfs.Sign(TestPdfs.Sign(TestPdfs.Unsigned(), director, SignedAt), agency, SignedAt));

        var report = _verifier.Verify(pdf, Now);

        Assert.All(report.Signatures, s => Assert.False(s.Valid));
        Assert.False(report.Unchanged);
    }

    [Fact]
    public void An_unsigned_pdf_is_a_scan_without_digital_signature()
    {
        var report = _verifier.Verify(TestPdfs.Unsigned(), Now);

        Assert.True(report.Accepted);
        Assert.True(report.IsPdf);
        Assert.Empty(report.Signatures);
        Assert.False(report.Unchanged);
        Assert.Equal("Bản quét, không có chữ ký số.", Verification(report));
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_refused()
    {
        var report = _verifier.Verify(Encoding.UTF8.GetBytes("PK\u0003\u0004 quyết định.docx"), Now);

        Assert.False(report.Accepted);
        Assert.False(report.IsPdf);
        Assert.Equal("Tệp không phải là PDF (nội dung không bắt đầu bằng “%PDF-”).", report.Refusal);
    }

    [Fact]
    public void An_oversized_pdf_is_refused_naming_the_limit()
    {
        var pdf = TestPdfs.Unsigned();
        var report = new SignedPdfVerifier(pdf.Length - 1).Verify(pdf, Now);

        Assert.False(report.Accepted);
        Assert.Equal("Tệp vượt quá 1 KB.", report.Refusal);
        Assert.Equal("Tệp vượt quá 20 MB.", new SignedPdfVerifier(20 * 1024 * 1024).Verify(new byte[20 * 1024 * 1024 + 1], Now).Refusal);
    }

    [Fact]
    public void Empty_and_truncated_files_are_refused()
    {
        var pdf = TestPdfs.Unsigned();

        Assert.Equal("Tệp rỗng, không có nội dung.", _verifier.Verify([], Now).Refusal);
        Assert.StartsWith("Tệp PDF không trọn vẹn", _verifier.Verify(pdf[..(pdf.Length - 10)], Now).Refusal);
    }

    [Theory]
    [InlineData("/ByteRange [0 10 20]")]
    [InlineData("/ByteRange [0 10 20 (x)]")]
    [InlineData("/ByteRange [0 999999 1000000 5] /Contents <3082>")]
    [InlineData("/ByteRange [0 10 20 30] /Contents (not hex)")]
    [InlineData("/ByteRange [0 10 20 30 /Contents <30")]
    [InlineData("/ByteRange")]
    public void A_malformed_signature_dictionary_is_reported_not_thrown(string dictionary)
    {
        var pdf = Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj\n<< /Type /Sig {dictionary} >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

        var report = _verifier.Verify(pdf, Now);

        Assert.True(report.Accepted);
        var signature = Assert.Single(report.Signatures);
        Assert.False(signature.Valid);
        Assert.StartsWith("Chữ ký số không đọc được: ", signature.Problem);
        Assert.StartsWith("Chữ ký số KHÔNG hợp lệ: không đọc được chữ ký (", Verification(report));
    }

    [Fact]
    public void A_signature_hole_filled_with_garbage_is_reported_not_thrown()
    {
        using var certificate = TestPdfs.Certificate();
        var pdf = TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt);
        var text = Encoding.Latin1.GetString(pdf);
        var hole = text.IndexOf("/Contents <", StringComparison.Ordinal) + "/Contents <".Length;
        Encoding.ASCII.GetBytes("3082FFFF0102").CopyTo(pdf, hole);

        var report = _verifier.Verify(pdf, Now);

        var signature = Assert.Single(report.Signatures);
        Assert.False(signature.Valid);
        Assert.NotNull(signature.Problem);
    }

    [Fact]
    public void A_signature_whose_hole_is_not_its_contents_is_not_trusted()
    {
        using var certificate = TestPdfs.Certificate();
        var pdf = TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt);
        var text = Encoding.Latin1.GetString(pdf);
        var range = text.IndexOf("/ByteRange [0 ", StringComparison.Ordinal) + "/ByteRange [0 ".Length;
        // Moving the hole one byte earlier makes it start before the "<" of /Contents.
        var start = long.Parse(text.AsSpan(range, 10).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Encoding.ASCII.GetBytes($"{start - 1,-10}").CopyTo(pdf, range);

        var report = _verifier.Verify(pdf, Now);

        var signature = Assert.Single(report.Signatures);
        Assert.False(signature.Valid);
        Assert.Equal("Chữ ký số không đọc được: phần loại trừ khỏi vùng ký không đúng là giá trị chữ ký (/Contents).", signature.Problem);
    }

    [Fact]
    public void Damaged_signed_files_give_a_report_never_an_exception()
    {
        using var certificate = TestPdfs.Certificate();
        var signed = TestPdfs.Sign(TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt), certificate, SignedAt);
        var random = new Random(20261102);
        var tails = "\n%%EOF\n"u8.ToArray();

        for (var i = 0; i < 400; i++)
        {
            byte[] damaged;
            switch (i % 3)
            {
                case 0:
                    damaged = (byte[])signed.Clone();
                    for (var n = random.Next(1, 6); n > 0; n--) damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
                    break;
                case 1:
                    damaged = [.. signed.AsSpan(0, random.Next(6, signed.Length)).ToArray(), .. tails];
                    break;
                default:
                    var at = random.Next(signed.Length);
                    var junk = new byte[random.Next(1, 40)];
                    random.NextBytes(junk);
                    damaged = [.. signed.AsSpan(0, at).ToArray(), .. junk, .. signed.AsSpan(at).ToArray()];
                    break;
            }

            var report = _verifier.Verify(damaged, Now);

            Assert.True(report.Accepted || report.Refusal is not null);
            Assert.All(report.Signatures, s => Assert.Equal(s.Valid, s.Problem is null));
            Assert.NotEmpty(Verification(report));
        }
    }

    [Theory]
    [InlineData("D:20261102093000+07'00'", "2026-11-02T02:30:00+00:00")]
    [InlineData("D:20261102023000Z", "2026-11-02T02:30:00+00:00")]
    [InlineData("D:2026", "2026-01-01T00:00:00+00:00")]
    [InlineData("20261102093000-05'30", "2026-11-02T15:00:00+00:00")]
    public void Pdf_dates_are_read_with_their_offset(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SignedPdfVerifier.PdfDate(text));
    }

    [Theory]
    [InlineData("D:20261399")]
    [InlineData("D:")]
    [InlineData("hôm qua")]
    public void Bad_pdf_dates_are_none(string text) => Assert.Null(SignedPdfVerifier.PdfDate(text));
}
