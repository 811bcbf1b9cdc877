using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Documents.SignedPdf;

/// <summary>
/// Checks the digital signatures of a PDF as the signing tools of an agency make them (PAdES / PKCS #7 detached over
/// the <c>/ByteRange</c>): who signed, when, whether the signature holds, whether anything was added after the last
/// signature, and whether the certificate leads to a trusted root. Reads the signature dictionaries straight from the
/// bytes the signatures name, so no PDF library is needed and a malformed file yields a report, never an exception.
/// </summary>
public sealed class SignedPdfVerifier(long maxBytes)
{
    private const string TimestampTokenOid = "1.2.840.113549.1.9.16.2.14";
    private const int MaxSignatures = 50;
    private static readonly byte[] ByteRangeKey = "/ByteRange"u8.ToArray();

    public long MaxBytes => maxBytes;

    public SignedPdfReport Verify(byte[] pdf, DateTimeOffset now)
    {
        if (pdf.Length == 0) return SignedPdfReport.Refused("Tệp rỗng, không có nội dung.", 0);
        if (pdf.Length > maxBytes) return SignedPdfReport.Refused($"Tệp vượt quá {AttachmentStore.Readable(maxBytes)}.", pdf.Length);
        if (!pdf.AsSpan().StartsWith("%PDF-"u8))
            return SignedPdfReport.Refused("Tệp không phải là PDF (nội dung không bắt đầu bằng “%PDF-”).", pdf.Length);
        if (pdf.AsSpan(Math.Max(0, pdf.Length - 1024)).IndexOf("%%EOF"u8) < 0)
            return SignedPdfReport.Refused("Tệp PDF không trọn vẹn (thiếu dấu kết thúc “%%EOF”), có thể bị cắt khi sao chép. Hãy xuất lại tệp PDF.", pdf.Length);

        var reader = new PdfObjectReader(pdf);
        var signatures = new List<PdfSignatureReport>();
        var seenRanges = new HashSet<string>(StringComparer.Ordinal);
        for (var at = IndexOfKey(pdf, 0); at >= 0; at = IndexOfKey(pdf, at + ByteRangeKey.Length))
        {
            if (signatures.Count == MaxSignatures)
                return SignedPdfReport.Refused($"Tệp có hơn {MaxSignatures} chữ ký số, không kiểm tra được.", pdf.Length);
            var dictionary = EnclosingDictionary(reader, pdf, at);
            if (dictionary is null)
            {
                signatures.Add(Unreadable($"không đọc được từ điển chữ ký ở vị trí byte {at}"));
                continue;
            }
            var range = ByteRange(dictionary);
            // The same signature can be met twice when a later revision copies its dictionary; it is checked once.
            if (range is not null && !seenRanges.Add(string.Join(',', range))) continue;
            signatures.Add(Check(pdf, dictionary, range, now));
        }

        var lastEnd = signatures.Count == 0 ? 0 : signatures.Max(s => s.SignedRangeEnd);
        var changedAfter = signatures.Count > 0 && !OnlyWhitespace(pdf, lastEnd);
        var ordered = signatures
            .Select(s => s with { CoversWholeDocument = s.SignedRangeEnd == lastEnd && !changedAfter })
            .OrderBy(s => s.SignedRangeEnd)
            .ToList();
        return new SignedPdfReport(true, null, pdf.Length, ordered, changedAfter);
    }

    private static int IndexOfKey(byte[] pdf, int from)
    {
        while (from < pdf.Length)
        {
            var found = pdf.AsSpan(from).IndexOf(ByteRangeKey);
            if (found < 0) return -1;
            var at = from + found;
            var next = at + ByteRangeKey.Length;
            // "/ByteRangeX" is another name.
            if (next >= pdf.Length || PdfObjectReader.IsWhitespace(pdf[next]) || pdf[next] is (byte)'[' or (byte)'/' or (byte)'<' or (byte)'(')
                return at;
            from = next;
        }
        return -1;
    }

    /// <summary>The innermost dictionary that holds this <c>/ByteRange</c> key at its own level.</summary>
    private static PdfDictionary? EnclosingDictionary(PdfObjectReader reader, byte[] pdf, int keyOffset)
    {
        const int maxCandidates = 64;
        var candidates = 0;
        for (var i = keyOffset - 2; i >= 0 && candidates < maxCandidates; i--)
        {
            if (pdf[i] != '<' || pdf[i + 1] != '<') continue;
            candidates++;
            try
            {
                if (reader.ReadAt(i) is PdfDictionary d && d.KeyOffsets.TryGetValue("ByteRange", out var offset) && offset == keyOffset)
                    return d;
            }
            catch (PdfSyntaxException)
            {
                // Not the start of the signature dictionary (a dictionary that is cut, or "<<" inside a string): look further back.
            }
            if (i > 0 && pdf[i - 1] == '<') i--;
        }
        return null;
    }

    private static long[]? ByteRange(PdfDictionary dictionary) =>
        dictionary["ByteRange"] is PdfArray { Items.Count: 4 } array
        && array.Items.All(v => v is PdfNumber { IsInteger: true, Value: >= 0 and <= int.MaxValue })
            ? [.. array.Items.Cast<PdfNumber>().Select(n => (long)n.Value)]
            : null;

    private static PdfSignatureReport Unreadable(string problem, long end = 0) =>
        new(null, null, null, null, null, null, SigningTimeSource.None, false, false, false, CertificateTrust.NoCertificate, null,
            $"Chữ ký số không đọc được: {problem}.", null, end);

    private static PdfSignatureReport Check(byte[] pdf, PdfDictionary dictionary, long[]? range, DateTimeOffset now)
    {
        var subFilter = (dictionary["SubFilter"] as PdfName)?.Value;
        if (range is null) return Unreadable("vùng ký (/ByteRange) không phải là bốn số nguyên") with { SubFilter = subFilter };
        var (start1, length1, start2, length2) = (range[0], range[1], range[2], range[3]);
        var end = start2 + length2;
        if (start1 != 0 || length1 <= 0 || start2 <= length1 || end > pdf.Length)
            return Unreadable("vùng ký (/ByteRange) không khớp với tệp") with { SubFilter = subFilter };
        if (dictionary["Contents"] is not PdfString { IsHex: true } contents
            || !((contents.Start == length1 && contents.End == start2) || (contents.Start == length1 - 1 && contents.End == start2 + 1)))
            return Unreadable("phần loại trừ khỏi vùng ký không đúng là giá trị chữ ký (/Contents)", end) with { SubFilter = subFilter };

        var signed = new byte[length1 + length2];
        pdf.AsSpan(0, (int)length1).CopyTo(signed);
        pdf.AsSpan((int)start2, (int)length2).CopyTo(signed.AsSpan((int)length1));
        var dictionaryTime = (dictionary["M"] as PdfString) is { } m ? PdfDate(m.Text) : null;

        byte[] der;
        try
        {
            der = TrimDer(contents.Bytes);
        }
        catch (FormatException e)
        {
            return Unreadable(e.Message, end) with { SubFilter = subFilter };
        }

        try
        {
            return subFilter switch
            {
                "ETSI.RFC3161" => CheckDocumentTimestamp(der, signed, subFilter, end, now),
                "adbe.x509.rsa_sha1" => Unreadable("kiểu chữ ký adbe.x509.rsa_sha1 (cũ) chưa được hỗ trợ", end) with { SubFilter = subFilter },
                _ => CheckCms(der, signed, subFilter, dictionaryTime, end, now),
            };
        }
        catch (CryptographicException e)
        {
            return Unreadable($"cấu trúc chữ ký CMS hỏng ({e.Message})", end) with { SubFilter = subFilter };
        }
    }

    private static PdfSignatureReport CheckCms(byte[] der, byte[] signed, string? subFilter, DateTimeOffset? dictionaryTime, long end, DateTimeOffset now)
    {
        // adbe.pkcs7.sha1 carries the SHA-1 of the signed bytes as its content; every other kind signs the bytes themselves.
        var encapsulated = subFilter == "adbe.pkcs7.sha1";
        var cms = encapsulated ? new SignedCms() : new SignedCms(new ContentInfo(signed), detached: true);
        cms.Decode(der);
        if (cms.SignerInfos.Count != 1)
            return Unreadable($"chữ ký có {cms.SignerInfos.Count} người ký thay vì một", end) with { SubFilter = subFilter };
        var signer = cms.SignerInfos[0];
        var certificate = signer.Certificate;

        var (time, source) = TimestampOf(signer) is { } stamped ? (stamped, SigningTimeSource.Timestamp)
            : signer.SignedAttributes.OfType<CryptographicAttributeObject>().SelectMany(a => a.Values.Cast<AsnEncodedData>())
                .OfType<Pkcs9SigningTime>().Select(t => (DateTimeOffset?)new DateTimeOffset(DateTime.SpecifyKind(t.SigningTime, DateTimeKind.Utc)))
                .FirstOrDefault() is { } attributed ? (attributed, SigningTimeSource.SignedAttribute)
            : dictionaryTime is { } written ? (written, SigningTimeSource.PdfDictionary)
            : ((DateTimeOffset?)null, SigningTimeSource.None);

        var digestMismatch = encapsulated
            ? !cms.ContentInfo.Content.AsSpan().SequenceEqual(SHA1.HashData(signed))
            : MessageDigestDiffers(signer, signed);
        string? problem = null;
        if (certificate is null) problem = "Chữ ký số không kèm chứng thư số của người ký, không kiểm tra được.";
        else if (digestMismatch) problem = SignedCopyWording.EditedAfterSigning;
        else
        {
            try
            {
                signer.CheckSignature(verifySignatureOnly: true);
            }
            catch (CryptographicException)
            {
                problem = "Giá trị chữ ký không khớp với chứng thư số của người ký.";
            }
        }

        var (trust, note) = certificate is null ? (CertificateTrust.NoCertificate, null) : Chain(certificate, cms.Certificates, time ?? now);
        return new PdfSignatureReport(
            certificate is null ? null : NamePart(certificate.SubjectName, "2.5.4.3"),
            certificate is null ? null : NamePart(certificate.SubjectName, "2.5.4.10"),
            certificate?.Subject, certificate?.Issuer, certificate?.Thumbprint,
            time, source, problem is null, digestMismatch, false, trust, subFilter, problem, note, end);
    }

    private static PdfSignatureReport CheckDocumentTimestamp(byte[] der, byte[] signed, string subFilter, long end, DateTimeOffset now)
    {
        if (!Rfc3161TimestampToken.TryDecode(der, out var token, out _))
            return Unreadable("dấu thời gian (RFC 3161) hỏng", end) with { SubFilter = subFilter };
        var valid = token.VerifySignatureForData(signed, out var certificate);
        var digestMismatch = !valid && HashName(token.TokenInfo.HashAlgorithmId.Value) is { } name
            && !IncrementalHashOf(name, signed).AsSpan().SequenceEqual(token.TokenInfo.GetMessageHash().Span);
        var signerCertificate = certificate ?? token.AsSignedCms().SignerInfos.Cast<SignerInfo>().FirstOrDefault()?.Certificate;
        var (trust, note) = signerCertificate is null ? (CertificateTrust.NoCertificate, null)
            : Chain(signerCertificate, token.AsSignedCms().Certificates, token.TokenInfo.Timestamp);
        return new PdfSignatureReport(
            signerCertificate is null ? null : NamePart(signerCertificate.SubjectName, "2.5.4.3"),
            signerCertificate is null ? null : NamePart(signerCertificate.SubjectName, "2.5.4.10"),
            signerCertificate?.Subject, signerCertificate?.Issuer, signerCertificate?.Thumbprint,
            token.TokenInfo.Timestamp, SigningTimeSource.Timestamp, valid, digestMismatch, false, trust, subFilter,
            valid ? null : digestMismatch ? SignedCopyWording.EditedAfterSigning : "Dấu thời gian không khớp với chứng thư số của đơn vị cấp.",
            note, end);
    }

    private static bool MessageDigestDiffers(SignerInfo signer, byte[] signed)
    {
        var digest = signer.SignedAttributes.OfType<CryptographicAttributeObject>().SelectMany(a => a.Values.Cast<AsnEncodedData>())
            .OfType<Pkcs9MessageDigest>().FirstOrDefault();
        // Without signed attributes the signature is over the content itself: CheckSignature alone tells.
        if (digest is null || HashName(signer.DigestAlgorithm.Value) is not { } name) return false;
        return !IncrementalHashOf(name, signed).AsSpan().SequenceEqual(digest.MessageDigest);
    }

    private static byte[] IncrementalHashOf(HashAlgorithmName name, byte[] data)
    {
        using var hash = IncrementalHash.CreateHash(name);
        hash.AppendData(data);
        return hash.GetHashAndReset();
    }

    private static HashAlgorithmName? HashName(string? oid) => oid switch
    {
        "1.3.14.3.2.26" => HashAlgorithmName.SHA1,
        "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
        "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
        "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
        _ => null,
    };

    /// <summary>The time of a time-stamp token attached to the signature, when the token holds for it.</summary>
    private static DateTimeOffset? TimestampOf(SignerInfo signer)
    {
        foreach (var attribute in signer.UnsignedAttributes.OfType<CryptographicAttributeObject>().Where(a => a.Oid.Value == TimestampTokenOid))
            foreach (var value in attribute.Values.Cast<AsnEncodedData>())
                if (Rfc3161TimestampToken.TryDecode(value.RawData, out var token, out _) && token.VerifySignatureForSignerInfo(signer, out _))
                    return token.TokenInfo.Timestamp;
        return null;
    }

    private static (CertificateTrust, string?) Chain(X509Certificate2 certificate, X509Certificate2Collection embedded, DateTimeOffset at)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.ExtraStore.AddRange(embedded);
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        if (chain.Build(certificate)) return (CertificateTrust.Trusted, null);
        var flags = chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status);
        var issuer = NamePart(certificate.IssuerName, "2.5.4.3") ?? certificate.Issuer;
        if ((flags & X509ChainStatusFlags.NotTimeValid) != 0)
            return (CertificateTrust.NotTrusted, $"Chứng thư số của người ký không có hiệu lực vào thời điểm ký (hiệu lực từ {Day(certificate.NotBefore)} đến {Day(certificate.NotAfter)}).");
        if ((flags & ~(X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain)) == 0)
            return (CertificateTrust.UnknownIssuer, SignedCopyWording.UnknownIssuer(issuer));
        return (CertificateTrust.NotTrusted,
            $"Chuỗi chứng thư số của người ký không hợp lệ ({string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct())}).");
    }

    private static string Day(DateTime at) => at.ToUniversalTime().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string? NamePart(X500DistinguishedName name, string oid) =>
        name.EnumerateRelativeDistinguishedNames()
            .Where(r => !r.HasMultipleElements && r.GetSingleElementType().Value == oid)
            .Select(r => r.GetSingleElementValue())
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The DER value at the start of the signature hole, without the zeros that pad the hole.</summary>
    private static byte[] TrimDer(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] != 0x30)
            throw new FormatException(bytes.All(b => b == 0) ? "ô chữ ký còn trống (chưa ký)" : "giá trị chữ ký không phải là cấu trúc CMS");
        int length, header;
        if (bytes[1] < 0x80) (length, header) = (bytes[1], 2);
        else
        {
            var count = bytes[1] & 0x7F;
            if (count is 0 or > 4 || bytes.Length < 2 + count) throw new FormatException("độ dài cấu trúc CMS không hợp lệ");
            long value = 0;
            for (var i = 0; i < count; i++) value = value * 256 + bytes[2 + i];
            if (value > int.MaxValue) throw new FormatException("độ dài cấu trúc CMS không hợp lệ");
            (length, header) = ((int)value, 2 + count);
        }
        if ((long)header + length > bytes.Length) throw new FormatException("cấu trúc CMS bị cắt cụt");
        return bytes[..(header + length)];
    }

    private static bool OnlyWhitespace(byte[] pdf, long from)
    {
        for (var i = from; i < pdf.Length; i++)
            if (!PdfObjectReader.IsWhitespace(pdf[i])) return false;
        return true;
    }

    /// <summary>A PDF date, <c>D:YYYYMMDDHHmmSSOHH'mm'</c>, every part after the year optional.</summary>
    internal static DateTimeOffset? PdfDate(string text)
    {
        var s = text.Trim();
        if (s.StartsWith("D:", StringComparison.Ordinal)) s = s[2..];
        var digits = new string([.. s.TakeWhile(char.IsAsciiDigit)]);
        if (digits.Length < 4) return null;
        int Part(int at, int length, int fallback) =>
            digits.Length >= at + length ? int.Parse(digits.AsSpan(at, length), CultureInfo.InvariantCulture) : fallback;
        var rest = s[digits.Length..];
        var offset = TimeSpan.Zero;
        if (rest.Length > 0 && rest[0] is '+' or '-')
        {
            var zone = new string([.. rest[1..].Where(char.IsAsciiDigit)]);
            var hours = zone.Length >= 2 ? int.Parse(zone.AsSpan(0, 2), CultureInfo.InvariantCulture) : 0;
            var minutes = zone.Length >= 4 ? int.Parse(zone.AsSpan(2, 2), CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59) return null;
            offset = new TimeSpan(hours, minutes, 0) * (rest[0] == '-' ? -1 : 1);
        }
        try
        {
            return new DateTimeOffset(Part(0, 4, 1), Part(4, 2, 1), Part(6, 2, 1), Part(8, 2, 0), Part(10, 2, 0), Part(12, 2, 0), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
