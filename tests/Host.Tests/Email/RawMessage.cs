using System.Text.RegularExpressions;

namespace ToanDan.Awards.Host.Tests.Email;

/// <summary>The header block of a message as it travels (CRLF lines), read without any mail library.</summary>
public sealed partial class RawMessage(string source)
{
    /// <summary>The header lines as written, folded.</summary>
    public IReadOnlyList<string> HeaderLines { get; } = source[..source.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n");

    /// <summary>A header's value unfolded (RFC 5322 §2.2.3) and still encoded.</summary>
    public string Header(string name)
    {
        var unfolded = Folding().Replace(string.Join("\r\n", HeaderLines), " ").Split("\r\n");
        return unfolded.Single(l => l.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))[(name.Length + 2)..];
    }

    /// <summary>A header's physical lines: its first line and the continuation lines folded under it.</summary>
    public IReadOnlyList<string> FoldedLines(string name) =>
        [.. HeaderLines.SkipWhile(l => !l.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))
            .Select((line, i) => (line, i)).TakeWhile(x => x.i == 0 || x.line.StartsWith(' ') || x.line.StartsWith('\t')).Select(x => x.line)];

    [GeneratedRegex("\r\n[ \t]+")]
    private static partial Regex Folding();
}
