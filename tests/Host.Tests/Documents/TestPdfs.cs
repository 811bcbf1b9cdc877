using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace ToanDan.Awards.Host.Tests.Documents;

/// <summary>
/// Writes small but complete PDFs byte by byte (catalog, page, text, cross-reference table) and signs them as the
/// agencies' signing tools do: an incremental revision with a signature field whose dictionary holds a
/// <c>/ByteRange</c> and a <c>/Contents</c> hole, filled with a CMS detached signature over the range.
/// </summary>
public static partial class TestPdfs
{
    private const int HoleBytes = 8192;

    public const string DecisionText = "Quyet dinh so 05/QD-CAT ve viec tang Giay khen";

    /// <summary>A self-signed RSA certificate with its private key, as the agency's signer would hold.</summary>
    public static X509Certificate2 Certificate(string commonName = "Nguyễn Văn Giám", string organisation = "Công an tỉnh Thanh Hóa")
    {
        using var rsa = RSA.Create(2048);
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("VN");
        name.AddOrganizationName(organisation);
        name.AddCommonName(commonName);
        var request = new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        return request.CreateSelfSigned(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>A one-page PDF without any signature, as a scanner or a word processor writes it.</summary>
    public static byte[] Unsigned(string text = DecisionText)
    {
        var content = $"BT /F1 14 Tf 72 760 Td ({text}) Tj ET";
        var objects = new (int, string)[]
        {
            (1, "<< /Type /Catalog /Pages 2 0 R >>"),
            (2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            (3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
            (4, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
            (5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        return Revision([], objects);
    }

    /// <summary>The PDF with one more signature, in a revision of its own, signed at <paramref name="at"/> (signingTime attribute and /M).</summary>
    public static byte[] Sign(byte[] pdf, X509Certificate2 certificate, DateTimeOffset at, bool withSigningTime = true,
        (X509Certificate2 Authority, DateTimeOffset At)? timestamp = null) =>
        SignatureRevision(pdf, "/Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached", at, signed =>
        {
            var cms = new SignedCms(new ContentInfo(signed), detached: true);
            var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
            {
                DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
                IncludeOption = X509IncludeOption.EndCertOnly,
            };
            if (withSigningTime) signer.SignedAttributes.Add(new Pkcs9SigningTime(at.UtcDateTime));
            cms.ComputeSignature(signer);
            if (timestamp is { } stamp)
                cms.SignerInfos[0].AddUnsignedAttribute(new AsnEncodedData(new Oid("1.2.840.113549.1.9.16.2.14"),
                    TimestampToken(stamp.Authority, stamp.At, SHA256.HashData(cms.SignerInfos[0].GetSignature()))));
            return cms.Encode();
        });

    /// <summary>The PDF with a document time-stamp (PAdES, ETSI.RFC3161) of an authority over everything before it.</summary>
    public static byte[] DocumentTimestamp(byte[] pdf, X509Certificate2 authority, DateTimeOffset at) =>
        SignatureRevision(pdf, "/Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161", at,
            signed => TimestampToken(authority, at, SHA256.HashData(signed)));

    /// <summary>Appends a revision with a signature field and its dictionary, then fills the hole with what <paramref name="sign"/> makes of the range.</summary>
    private static byte[] SignatureRevision(byte[] pdf, string kind, DateTimeOffset at, Func<byte[], byte[]> sign)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var size = int.Parse(SizeEntry().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var fields = SignatureFields().Matches(text).Select(m => m.Groups[1].Value).Append(size.ToString(CultureInfo.InvariantCulture)).ToList();
        var references = string.Join(" ", fields.Select(f => $"{f} 0 R"));
        var date = at.ToOffset(TimeSpan.FromHours(7)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+07'00'";
        var objects = new (int, string)[]
        {
            (1, $"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{references}] /SigFlags 3 >> >>"),
            (3, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [{references}] >>"),
            (size, $"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature{fields.Count}) /Rect [0 0 0 0] /F 132 /P 3 0 R /V {size + 1} 0 R >>"),
            (size + 1, $"<< {kind} /M (D:{date}) /ByteRange [0 ********** ********** **********] /Contents <{new string('0', HoleBytes * 2)}> >>"),
        };
        var bytes = Revision(pdf, objects);

        var rangeAt = Encoding.Latin1.GetString(bytes).LastIndexOf("/ByteRange [0 ", StringComparison.Ordinal) + "/ByteRange [".Length;
        var holeStart = Encoding.Latin1.GetString(bytes).LastIndexOf("/Contents <", StringComparison.Ordinal) + "/Contents ".Length;
        var holeEnd = holeStart + HoleBytes * 2 + 2;
        var range = $"0 {holeStart,-10} {holeEnd,-10} {bytes.Length - holeEnd,-10}";
        Encoding.ASCII.GetBytes(range).CopyTo(bytes, rangeAt);

        var signed = bytes[..holeStart].Concat(bytes[holeEnd..]).ToArray();
        Encoding.ASCII.GetBytes(Convert.ToHexString(sign(signed))).CopyTo(bytes, holeStart + 1);
        return bytes;
    }

    /// <summary>A certificate for a time-stamping authority (extended key usage timeStamping, critical).</summary>
    public static X509Certificate2 TimestampAuthority(string commonName = "Dịch vụ cấp dấu thời gian thử nghiệm")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}, C=VN", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        return request.CreateSelfSigned(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>An RFC 3161 time-stamp token over a SHA-256 digest, as a time-stamping authority answers.</summary>
    private static byte[] TimestampToken(X509Certificate2 authority, DateTimeOffset at, byte[] digest)
    {
        var info = new AsnWriter(AsnEncodingRules.DER);
        using (info.PushSequence())
        {
            info.WriteInteger(1);
            info.WriteObjectIdentifier("1.3.6.1.4.1.99999.1");
            using (info.PushSequence())
            {
                using (info.PushSequence()) info.WriteObjectIdentifier("2.16.840.1.101.3.4.2.1");
                info.WriteOctetString(digest);
            }
            info.WriteInteger(Random.Shared.NextInt64(1, long.MaxValue));
            info.WriteGeneralizedTime(at, omitFractionalSeconds: true);
        }
        var certificateId = new AsnWriter(AsnEncodingRules.DER);
        using (certificateId.PushSequence())
        using (certificateId.PushSequence())
        using (certificateId.PushSequence())
            certificateId.WriteOctetString(SHA256.HashData(authority.RawData));

        var token = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.9.16.1.4"), info.Encode()));
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, authority)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(new Oid("1.2.840.113549.1.9.16.2.47"), certificateId.Encode()));
        token.ComputeSignature(signer);
        return token.Encode();
    }

    /// <summary>A revision appended after the signatures that rewrites the page text, as an editor saving incrementally does.</summary>
    public static byte[] EditedAfterSigning(byte[] pdf, string newText = "Quyet dinh so 99/QD-CAT ve viec tang Giay khen")
    {
        var content = $"BT /F1 14 Tf 72 760 Td ({newText}) Tj ET";
        return Revision(pdf, [(4, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream")]);
    }

    /// <summary>The same bytes with one changed inside the first revision's page text (inside every signed range).</summary>
    public static byte[] Tampered(byte[] pdf)
    {
        var copy = (byte[])pdf.Clone();
        var at = Encoding.Latin1.GetString(copy).IndexOf("05/QD", StringComparison.Ordinal);
        copy[at + 1] = (byte)'7';
        return copy;
    }

    /// <summary>Appends a revision (or writes the first one): the objects, a cross-reference section for them, the trailer.</summary>
    private static byte[] Revision(byte[] previous, IReadOnlyList<(int Number, string Body)> objects)
    {
        var output = new MemoryStream();
        output.Write(previous.Length == 0 ? "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8 : previous);
        if (previous.Length > 0 && previous[^1] != '\n') output.WriteByte((byte)'\n');
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            output.Write(Encoding.Latin1.GetBytes($"{number} 0 obj\n{body}\nendobj\n"));
        }
        var previousText = Encoding.Latin1.GetString(previous);
        var previousSize = previous.Length == 0 ? 0 : int.Parse(SizeEntry().Matches(previousText)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var size = Math.Max(previousSize, offsets.Keys.Max() + 1);
        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        if (previous.Length == 0) table.Append(CultureInfo.InvariantCulture, $"0 {size}\n0000000000 65535 f \n");
        foreach (var (number, offset) in offsets)
        {
            if (previous.Length == 0 && number == 0) continue;
            if (previous.Length > 0) table.Append(CultureInfo.InvariantCulture, $"{number} 1\n");
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        var prev = previous.Length == 0 ? "" : $" /Prev {StartXref().Matches(previousText)[^1].Groups[1].Value}";
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root 1 0 R{prev} >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return output.ToArray();
    }

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d+) 0 obj\s*<< /Type /Annot /Subtype /Widget /FT /Sig")]
    private static partial Regex SignatureFields();
}
