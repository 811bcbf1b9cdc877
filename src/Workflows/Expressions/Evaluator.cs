using System.Text.Json.Nodes;

namespace ToanDan.Awards.Workflows.Expressions;

/// <summary>Walks the syntax tree. Stateless: the tree and the variables are only read.</summary>
internal static class Evaluator
{
    private const string Root = "";

    public static bool Evaluate(Node root, JsonObject variables, JsonObject? locals = null) => Test(root, new Scope(variables, locals), Root);

    public static Value Compute(Node root, JsonObject variables, JsonObject? locals = null) => Value(root, new Scope(variables, locals));

    /// <summary>The instance's variables, and the local ones that hide them (a multi-instance task's counters).</summary>
    private readonly record struct Scope(JsonObject Globals, JsonObject? Locals);

    // Evaluates a node that must give a boolean; null counts as false. The context names the operator
    // needing the boolean ('and', 'or', 'not'), or is empty for the whole expression.
    private static bool Test(Node node, Scope variables, string context)
    {
        switch (node)
        {
            case ComparisonNode comparison:
                return Compare(comparison, variables);
            case InNode @in:
                return In(@in, variables) != @in.Negated;
            case AndNode and:
                foreach (var operand in and.Operands)
                {
                    if (!Test(operand, variables, "and"))
                    {
                        return false;
                    }
                }

                return true;
            case OrNode or:
                foreach (var operand in or.Operands)
                {
                    if (Test(operand, variables, "or"))
                    {
                        return true;
                    }
                }

                return false;
            case NotNode not:
                return !Test(not.Operand, variables, "not");
        }

        var value = Value(node, variables);
        return value.Kind switch
        {
            ValueKind.Boolean => value.Boolean,
            ValueKind.Null => false,
            _ when context.Length == 0 => throw new ExpressionEvaluationException(
                $"Biểu thức phải cho kết quả đúng/sai (true/false) nhưng lại cho {value.KindName}."),
            _ => throw new ExpressionEvaluationException(
                $"Toán tử '{context}' cần giá trị đúng/sai (true/false) nhưng nhận được {value.KindName}."),
        };
    }

    private static Value Value(Node node, Scope variables) => node switch
    {
        LiteralNode literal => literal.Value,
        PathNode path => Resolve(path, variables),
        ArithmeticNode arithmetic => Calculate(arithmetic, variables),
        _ => Expressions.Value.FromBoolean(Test(node, variables, Root)),
    };

    private static Value Resolve(PathNode path, Scope variables)
    {
        JsonNode? current = variables.Locals is { } locals && locals.ContainsKey(path.Segments[0]) ? locals : variables.Globals;
        foreach (var segment in path.Segments)
        {
            if (current is not JsonObject obj || !obj.TryGetPropertyValue(segment, out current))
            {
                return Expressions.Value.Null;
            }
        }

        return Expressions.Value.FromJson(current);
    }

    private static Value Calculate(ArithmeticNode node, Scope variables)
    {
        var left = Value(node.Left, variables);
        var right = Value(node.Right, variables);
        if (left.Kind != ValueKind.Number || right.Kind != ValueKind.Number)
        {
            throw new ExpressionEvaluationException(
                $"Phép tính '{Symbol(node.Operator)}' cần hai số nhưng nhận được {left.KindName} và {right.KindName}.");
        }

        try
        {
            return Expressions.Value.FromNumber(node.Operator switch
            {
                ArithmeticOperator.Add => left.Number + right.Number,
                ArithmeticOperator.Subtract => left.Number - right.Number,
                ArithmeticOperator.Multiply => left.Number * right.Number,
                _ when right.Number == 0 => throw new ExpressionEvaluationException("Phép chia cho 0."),
                _ => left.Number / right.Number,
            });
        }
        catch (OverflowException)
        {
            throw new ExpressionEvaluationException($"Kết quả phép tính '{Symbol(node.Operator)}' quá lớn.");
        }
    }

    private static string Symbol(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => "+",
        ArithmeticOperator.Subtract => "-",
        ArithmeticOperator.Multiply => "*",
        _ => "/",
    };

    private static bool In(InNode node, Scope variables)
    {
        var value = Value(node.Operand, variables);
        foreach (var item in node.Items)
        {
            if (AreEqual(value, Value(item, variables)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Compare(ComparisonNode node, Scope variables)
    {
        var left = Value(node.Left, variables);
        var right = Value(node.Right, variables);
        switch (node.Operator)
        {
            case ComparisonOperator.Equal:
                return AreEqual(left, right);
            case ComparisonOperator.NotEqual:
                return !AreEqual(left, right);
        }

        if (left.Kind == ValueKind.Null || right.Kind == ValueKind.Null)
        {
            return false;
        }

        int order;
        if (left.Kind == ValueKind.Number && right.Kind == ValueKind.Number)
        {
            order = left.Number.CompareTo(right.Number);
        }
        else if (left.Kind == ValueKind.String && right.Kind == ValueKind.String)
        {
            order = string.CompareOrdinal(left.GetString(), right.GetString());
        }
        else
        {
            throw new ExpressionEvaluationException(
                $"Không thể so sánh {left.KindName} với {right.KindName} bằng '{Symbol(node.Operator)}'.");
        }

        return node.Operator switch
        {
            ComparisonOperator.Less => order < 0,
            ComparisonOperator.LessOrEqual => order <= 0,
            ComparisonOperator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    /// <summary>Equality without coercion: values of different kinds are never equal; arrays and objects compare deeply.</summary>
    private static bool AreEqual(Value left, Value right)
    {
        if (left.Kind != right.Kind)
        {
            return false;
        }

        return left.Kind switch
        {
            ValueKind.Null => true,
            ValueKind.Boolean => left.Boolean == right.Boolean,
            ValueKind.Number => left.Number == right.Number,
            ValueKind.String => StringsEqual(left, right),
            _ => JsonNode.DeepEquals(left.Node, right.Node),
        };
    }

    private static bool StringsEqual(Value left, Value right)
    {
        if (left.Text is not null && right.Text is not null)
        {
            return string.Equals(left.Text, right.Text, StringComparison.Ordinal);
        }

        // At least one side is still a JSON element: compare without materialising it.
        return left.Text is null
            ? Expressions.Value.ElementOf(left.Node!).ValueEquals(right.GetString())
            : Expressions.Value.ElementOf(right.Node!).ValueEquals(left.Text);
    }

    private static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Equal => "==",
        _ => "!=",
    };
}
