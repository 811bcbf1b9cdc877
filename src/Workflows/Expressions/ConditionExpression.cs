using System.Text.Json.Nodes;

namespace ToanDan.Awards.Workflows.Expressions;

// PLACEHOLDER: replaced by the expression-language work.
/// <summary>A parsed condition.</summary>
public sealed class ConditionExpression
{
    private ConditionExpression(string text) => Text = text;

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>Parses a condition.</summary>
    public static ConditionExpression Parse(string text) => new(text);

    /// <summary>Parses a condition without throwing.</summary>
    /// <param name="text">The condition as written.</param>
    /// <param name="expression">The parsed condition, or null.</param>
    /// <param name="error">Why the text does not parse, or null.</param>
    public static bool TryParse(string? text, out ConditionExpression? expression, out string? error)
    {
        expression = string.IsNullOrWhiteSpace(text) ? null : Parse(text);
        error = expression is null ? "Điều kiện rỗng." : null;
        return expression is not null;
    }

    /// <summary>Evaluates against variables.</summary>
    public bool Evaluate(JsonObject variables) => variables.Count >= 0 && Text.Length > 0;
}
