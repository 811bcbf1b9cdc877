using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace ToanDan.Awards.Workflows.Expressions;

/// <summary>
/// A condition on a sequence flow, in the engine's small and safe language: literals, variable paths,
/// arithmetic (<c>+ - * /</c> on numbers), comparisons, <c>in</c> lists and boolean logic. It never runs code. Parsed once; immutable and
/// safe to evaluate from many threads at once.
/// </summary>
/// <remarks>
/// <para>Values are compared without coercion: numbers by value (as <see cref="decimal"/>), strings
/// ordinally, booleans by value; values of different kinds are never equal. <c>&lt;</c>, <c>&lt;=</c>,
/// <c>&gt;</c>, <c>&gt;=</c> are false when either side is null and need two numbers or two strings otherwise.
/// JSON arrays and objects read from variables compare deeply with <c>==</c>, <c>!=</c> and <c>in</c>,
/// and cannot be ordered.</para>
/// <para><c>and</c>, <c>or</c>, <c>not</c> and the whole expression take booleans, with null counting as false;
/// any other value is an error. A missing variable, or a path through a non-object, is null.</para>
/// </remarks>
public sealed class ConditionExpression
{
    private readonly Node _root;

    private ConditionExpression(string text, Node root, string[] variablePaths)
    {
        Text = text;
        _root = root;
        VariablePaths = Array.AsReadOnly(variablePaths);
    }

    /// <summary>The text as written, including any <c>${ ... }</c> or <c>#{ ... }</c> wrapping.</summary>
    public string Text { get; }

    /// <summary>Every variable path the condition reads, such as <c>nomination.awardType</c>, once each, in order of appearance.</summary>
    public IReadOnlyCollection<string> VariablePaths { get; }

    /// <summary>Parses a condition; a Camunda-style <c>${ ... }</c> or <c>#{ ... }</c> around the whole text is accepted.</summary>
    /// <param name="text">The condition, at most 4000 characters.</param>
    /// <returns>The parsed condition.</returns>
    /// <exception cref="ExpressionSyntaxException">The text is empty, too long, too deeply nested or not valid.</exception>
    public static ConditionExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (root, paths) = Parser.Parse(text);
        return new ConditionExpression(text, root, paths);
    }

    /// <summary>Parses a condition without throwing on invalid text.</summary>
    /// <param name="text">The condition; null counts as empty.</param>
    /// <param name="expression">The parsed condition, or null.</param>
    /// <param name="error">Why the text does not parse (in Vietnamese, with the position), or null.</param>
    /// <returns>True when the text parses.</returns>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out ConditionExpression? expression,
        [NotNullWhen(false)] out string? error)
    {
        try
        {
            expression = Parse(text ?? string.Empty);
            error = null;
            return true;
        }
        catch (ExpressionSyntaxException exception)
        {
            expression = null;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>Evaluates the condition against the process variables.</summary>
    /// <param name="variables">The variables; paths are resolved through nested objects.</param>
    /// <returns>The result; a null result counts as false.</returns>
    /// <exception cref="ExpressionEvaluationException">The values' types do not fit the operators, or the result is not a boolean.</exception>
    public bool Evaluate(JsonObject variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return Evaluator.Evaluate(_root, variables);
    }

    /// <summary>Evaluates the condition with local variables that hide the instance's ones of the same name.</summary>
    internal bool Evaluate(JsonObject variables, JsonObject? locals) => Evaluator.Evaluate(_root, variables, locals);

    /// <summary>The value of the expression (a number of instances, a user name), as JSON; null for null.</summary>
    internal JsonNode? Compute(JsonObject variables, JsonObject? locals)
    {
        var value = Evaluator.Compute(_root, variables, locals);
        return value.Kind switch
        {
            ValueKind.Null => null,
            ValueKind.Boolean => JsonValue.Create(value.Boolean),
            ValueKind.Number => JsonValue.Create(value.Number),
            ValueKind.String => JsonValue.Create(value.GetString()),
            _ => value.Node?.DeepClone(),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
