using System.Globalization;
using FluentValidation;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>
/// How long free text may be, wherever a person types it: a name, a line printed on a decision, a reason or comment,
/// an achievement report. Longer is refused with the field's Vietnamese name, before anything is written.
/// </summary>
public static class TextLimits
{
    /// <summary>A name, a title, a position, a place: one printed line.</summary>
    public const int Line = 256;

    /// <summary>A reason or a comment on a step.</summary>
    public const int Reason = 2000;

    /// <summary>A summary of achievements.</summary>
    public const int Report = 10_000;

    /// <summary>The body of an e-mail template.</summary>
    public const int Template = 50_000;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string TooLong(string field, int max) => $"{field} dài tối đa {max.ToString("N0", Vietnamese)} ký tự.";

    public static IRuleBuilderOptions<T, string?> AtMost<T>(this IRuleBuilder<T, string?> rule, int max, string field) =>
        rule.MaximumLength(max).WithMessage(TooLong(field, max));
}
