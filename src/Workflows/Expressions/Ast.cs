namespace ToanDan.Awards.Workflows.Expressions;

internal abstract record Node;

internal sealed record LiteralNode(Value Value) : Node;

internal sealed record PathNode(string Path, string[] Segments) : Node;

internal sealed record NotNode(Node Operand) : Node;

internal sealed record AndNode(Node[] Operands) : Node;

internal sealed record OrNode(Node[] Operands) : Node;

internal sealed record ComparisonNode(ComparisonOperator Operator, Node Left, Node Right) : Node;

internal sealed record InNode(Node Operand, Node[] Items, bool Negated) : Node;

internal sealed record ArithmeticNode(ArithmeticOperator Operator, Node Left, Node Right) : Node;

internal enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}

internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
