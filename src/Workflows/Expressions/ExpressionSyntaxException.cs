namespace ToanDan.Awards.Workflows.Expressions;

/// <summary>
/// Thrown when a condition's text is not valid. The message, in Vietnamese, names the problem and
/// where it is, for the administrator who wrote the condition.
/// </summary>
public sealed class ExpressionSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in Vietnamese.</param>
    /// <param name="position">The 0-based character index in the text where the problem is.</param>
    public ExpressionSyntaxException(string message, int position)
        : base(message) => Position = position;

    /// <summary>The 0-based character index in the text (as written, before unwrapping) where the problem is.</summary>
    public int Position { get; }
}
