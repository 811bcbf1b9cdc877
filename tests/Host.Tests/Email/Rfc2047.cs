using System.Text;
using System.Text.RegularExpressions;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>Decodes RFC 2047 encoded words (<c>=?utf-8?B?...?=</c>, <c>=?utf-8?Q?...?=</c>) in a header value.</summary>
public static partial class Rfc2047
{
    public static string Decode(string value)
    {
        var joined = BetweenWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, m =>
        {
            var encoding = Encoding.GetEncoding(m.Groups["charset"].Value);
            var text = m.Groups["text"].Value;
            return m.Groups["kind"].Value.ToUpperInvariant() == "B"
                ? encoding.GetString(Convert.FromBase64String(text))
                : encoding.GetString(QuotedPrintable(text.Replace('_', ' ')));
        });
    }

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length)
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.Add((byte)text[i]);
        }
        return [.. bytes];
    }

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();
}
