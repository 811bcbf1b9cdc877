using System.Globalization;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Documents.SignedPdf;

/// <summary>One signature as it is told to people: who, when, whether it holds, whether its issuer is known.</summary>
public sealed record SignatureLine(string? SignerName, string? Organisation, DateTimeOffset? SigningTime, bool Valid, bool Trusted, string? Problem, string? TrustNote);

/// <summary>The Vietnamese sentences that tell what the verification of a signed copy found.</summary>
public static class SignedCopyWording
{
    public const string Scan = "Bản quét, không có chữ ký số.";

    public const string EditedAfterSigning = "tài liệu đã bị sửa sau khi ký";

    public const string Unchanged = "tài liệu không bị thay đổi sau khi ký";

    public const string ChangedAfterSigning = "tài liệu đã bị thay đổi sau khi ký (có nội dung được thêm vào sau chữ ký cuối cùng)";

    public static string UnknownIssuer(string issuer) =>
        $"Chứng thư số do “{issuer}” cấp, không có trong kho chứng thư tin cậy của máy chủ: chưa xác minh được tổ chức cấp.";

    /// <summary>"Chữ ký số hợp lệ của Nguyễn Văn A (Công an tỉnh Thanh Hóa) lúc 02/11/2026 09:00; tài liệu không bị thay đổi sau khi ký."</summary>
    public static string Verification(bool hasDigitalSignature, bool changedAfterSigning, IReadOnlyList<SignatureLine> signatures)
    {
        if (!hasDigitalSignature || signatures.Count == 0) return Scan;
        var invalid = signatures.Where(s => !s.Valid).ToList();
        if (invalid.Count > 0)
        {
            var problems = invalid.Select(s => Reason(s.Problem)).Distinct();
            return $"Chữ ký số KHÔNG hợp lệ: {string.Join("; ", problems)}.";
        }
        var who = string.Join(", ", signatures.Select(s => $"của {Signer(s)}{(s.SigningTime is { } at ? $" lúc {Time(at)}" : "")}"));
        return changedAfterSigning
            ? $"Chữ ký số hợp lệ {who}, nhưng {ChangedAfterSigning}."
            : $"Chữ ký số hợp lệ {who}; {Unchanged}.";
    }

    /// <summary>What the server could not confirm about the certificates, one sentence each; empty when all are trusted.</summary>
    public static IReadOnlyList<string> TrustNotes(IReadOnlyList<SignatureLine> signatures) =>
        [.. signatures.Where(s => s.Valid && !s.Trusted && s.TrustNote is not null).Select(s => s.TrustNote!).Distinct()];

    public static string Signer(SignatureLine s) => (s.SignerName, s.Organisation) switch
    {
        ({ } name, { } organisation) when !string.Equals(name, organisation, StringComparison.OrdinalIgnoreCase) => $"{name} ({organisation})",
        ({ } name, _) => name,
        (null, { } organisation) => organisation,
        _ => "người ký không rõ tên",
    };

    /// <summary>dd/MM/yyyy HH:mm in Vietnam time.</summary>
    public static string Time(DateTimeOffset at) => VietnamTime.Local(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A problem as the second half of "Chữ ký số KHÔNG hợp lệ: …".</summary>
    private static string Reason(string? problem)
    {
        if (string.IsNullOrWhiteSpace(problem)) return "không kiểm tra được chữ ký";
        var text = problem.Trim().TrimEnd('.');
        const string prefix = "Chữ ký số không đọc được: ";
        if (text.StartsWith(prefix, StringComparison.Ordinal)) return "không đọc được chữ ký (" + text[prefix.Length..] + ")";
        return char.ToLower(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
    }
}
