using System.Security.Cryptography;
using System.Text;

namespace ToanDan.Awards.Host.Email;

/// <summary>
/// The Message-ID of an outbox message comes from its event key, so that if a message ever leaves twice (the process
/// died between the server's acceptance and recording it), mail systems and people can tell it is the same message.
/// A readable part (the event key with safe characters only) comes first, then a hash of the whole key.
/// </summary>
public static class MessageIds
{
    public const string Domain = "toandan.awards";

    public static string For(string eventKey)
    {
        var readable = new StringBuilder(eventKey.Length);
        foreach (var c in eventKey)
            readable.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '.');
        var parts = readable.ToString().Split('.', StringSplitOptions.RemoveEmptyEntries);
        var local = string.Join('.', parts);
        if (local.Length > 100) local = local[..100].TrimEnd('.');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventKey)))[..16];
        return local.Length == 0 ? $"<{hash}@{Domain}>" : $"<{local}.{hash}@{Domain}>";
    }
}
