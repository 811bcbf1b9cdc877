using System.Globalization;
using System.Text;

namespace ToanDan.Awards.Host.Domain;

/// <summary>Text helpers for Vietnamese: "Nguyễn Văn Hùng" and "nguyen van hung" have the same key.</summary>
public static class VietnameseText
{
    public static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            builder.Append(folded);
        }
        return builder.ToString();
    }
}
