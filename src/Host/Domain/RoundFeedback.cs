using System.Text;
using System.Text.RegularExpressions;

namespace ToanDan.Awards.Host.Domain;

/// <summary>
/// A comment (góp ý) sent by anyone from the public page of a round under disclosure (công khai): kept with the round,
/// sent to the office and shown to the reviewers. Plain text only; the sender's address is kept only as a keyed hash.
/// </summary>
public sealed partial class RoundFeedback
{
    public const int MaxNameLength = 100;
    public const int MaxContactLength = 100;
    public const int MaxContentLength = 2000;

    private RoundFeedback() { }

    public RoundFeedback(Round round, string name, string contact, string content, (int Id, string Name)? nominee, string addressHash,
        DateTimeOffset receivedAt)
    {
        var problems = Problems(name, contact, content);
        if (problems.Count > 0) throw new DomainException(problems[0].Message, problems[0].Field);
        Id = Guid.NewGuid();
        RoundId = round.Id;
        Name = SingleLine(name);
        Contact = SingleLine(contact);
        Content = MultiLine(content);
        (NomineeId, NomineeName) = (nominee?.Id, nominee?.Name);
        AddressHash = addressHash;
        ReceivedAt = receivedAt;
    }

    public Guid Id { get; private set; }
    public int RoundId { get; private set; }
    public string Name { get; private set; } = "";
    public string Contact { get; private set; } = "";
    public string Content { get; private set; } = "";

    /// <summary>The nominee of the public list the sender chose, when the comment is about one of them.</summary>
    public int? NomineeId { get; private set; }

    /// <summary>The chosen nominee's name as the list showed it: kept even if the unit later replaces its nominees.</summary>
    public string? NomineeName { get; private set; }

    /// <summary>HMAC of the sender's network address: tells the office that several comments came from one place, never the address.</summary>
    public string AddressHash { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    public const string ContactRefusal = "Hãy ghi số điện thoại (9–15 chữ số) hoặc địa chỉ e-mail để cơ quan thi đua liên hệ lại khi cần.";

    public const string HtmlRefusal = "chỉ được là chữ viết thường, không chứa mã HTML (những thẻ như <b>, <a>, <script>).";

    /// <summary>Text that a browser would read as markup: a tag, a comment, a declaration or a character entity.</summary>
    public static bool LooksLikeHtml(string? text) => text is not null && Markup().IsMatch(text);

    /// <summary>A phone number (digits with spaces, dots, dashes, brackets, a leading +) or an e-mail address.</summary>
    public static bool IsContact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var value = text.Trim();
        if (Email().IsMatch(value)) return true;
        var digits = value.Count(char.IsAsciiDigit);
        return Phone().IsMatch(value) && digits is >= 9 and <= 15;
    }

    /// <summary>One line: control characters and line breaks become single spaces.</summary>
    public static string SingleLine(string? text)
    {
        var builder = new StringBuilder((text ?? "").Length);
        foreach (var c in (text ?? "").Trim())
            builder.Append(char.IsControl(c) ? ' ' : c);
        return Spaces().Replace(builder.ToString(), " ");
    }

    /// <summary>Paragraphs kept (line breaks normalised to \n); other control characters dropped.</summary>
    public static string MultiLine(string? text)
    {
        var normalised = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        var builder = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
            if (c is '\n' or '\t' || !char.IsControl(c)) builder.Append(c);
        return builder.ToString();
    }

    /// <summary>Everything wrong with a comment, field by field (name, contact, content), in Vietnamese: the one home of these rules.</summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(string? name, string? contact, string? content)
    {
        var problems = new List<(string, string)>();
        Check(problems, SingleLine(name), MaxNameLength, "Họ và tên người góp ý", "name");
        if (Check(problems, SingleLine(contact), MaxContactLength, "Số điện thoại hoặc e-mail", "contact") && !IsContact(SingleLine(contact)))
            problems.Add(("contact", ContactRefusal));
        Check(problems, MultiLine(content), MaxContentLength, "Nội dung góp ý", "content");
        return problems;
    }

    private static bool Check(List<(string, string)> problems, string value, int max, string field, string code)
    {
        var problem = value.Length == 0 ? $"{field} không được để trống."
            : value.Length > max ? $"{field} dài quá {max} ký tự (hiện có {value.Length} ký tự)."
            : LooksLikeHtml(value) ? $"{field} {HtmlRefusal}"
            : null;
        if (problem is not null) problems.Add((code, problem));
        return problem is null;
    }

    [GeneratedRegex(@"<\s*[a-zA-Z/!?]|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});")]
    private static partial Regex Markup();

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9 .\-()]+$")]
    private static partial Regex Phone();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();
}
