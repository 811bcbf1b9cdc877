namespace ToanDan.Awards.Workflows.Expressions;

/// <summary>
/// Thrown when a well-formed condition cannot be evaluated against the given variables, for example
/// when a string is compared with a number by '&lt;'. The message is in Vietnamese.
/// </summary>
public sealed class ExpressionEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, in Vietnamese.</param>
    public ExpressionEvaluationException(string message)
        : base(message)
    {
    }
}
