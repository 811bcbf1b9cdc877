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

    /// <summary>Tries to parse.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ConditionExpression? expression, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        expression = new(text ?? "");
        error = null;
        return true;
    }

    /// <summary>Evaluates against variables.</summary>
    public bool Evaluate(JsonObject variables) => variables.Count >= 0 && Text.Length > 0;
}

/// <summary>PLACEHOLDER.</summary>
public sealed class ExpressionEvaluationException(string message) : Exception(message);
