namespace ToanDan.Awards.Workflows.Expressions;

/// <summary>
/// Recursive descent over the grammar
/// <code>
/// or         := and (('or' | '||') and)*
/// and        := not (('and' | '&amp;&amp;') not)*
/// not        := ('not' | '!') not | comparison
/// comparison := sum ((op sum) | ('not'? 'in' list))?
/// sum        := product (('+' | '-') product)*
/// product    := primary (('*' | '/') primary)*
/// list       := '[' (item (',' item)*)? ']'      item := literal | path
/// primary    := literal | path | '(' or ')'
/// </code>
/// </summary>
internal sealed class Parser
{
    public const int MaxLength = 4000;
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly List<LexToken> _tokens;
    private readonly List<string> _paths = [];
    private int _index;
    private int _depth;

    private Parser(string text, List<LexToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    private LexToken Current => _tokens[_index];

    public static (Node Root, string[] VariablePaths) Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new ExpressionSyntaxException(
                $"Biểu thức quá dài: {text.Length} ký tự, tối đa {MaxLength} ký tự.", MaxLength);
        }

        var (start, end) = Unwrap(text);
        var tokens = Lexer.Tokenize(text, start, end);
        if (tokens.Count == 1)
        {
            throw new ExpressionSyntaxException("Biểu thức trống.", start);
        }

        var parser = new Parser(text, tokens);
        var root = parser.ParseOr();
        parser.ExpectEnd();
        return (root, parser._paths.ToArray());
    }

    /// <summary>Finds the content of a Camunda-style <c>${ ... }</c> or <c>#{ ... }</c>, or the whole text.</summary>
    private static (int Start, int End) Unwrap(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start < 2 || text[start + 1] != '{' || text[start] is not ('$' or '#'))
        {
            return (start, end);
        }

        if (end - start < 3 || text[end - 1] != '}')
        {
            throw new ExpressionSyntaxException(
                $"Thiếu dấu '}}' để đóng '{text[start]}{{' (mở ở vị trí {start}).", start);
        }

        return (start + 2, end - 1);
    }

    private Node ParseOr()
    {
        var first = ParseAnd();
        if (Current.Kind != TokenKind.Or)
        {
            return first;
        }

        var operands = new List<Node> { first };
        while (Current.Kind == TokenKind.Or)
        {
            _index++;
            operands.Add(ParseAnd());
        }

        return new OrNode(operands.ToArray());
    }

    private Node ParseAnd()
    {
        var first = ParseNot();
        if (Current.Kind != TokenKind.And)
        {
            return first;
        }

        var operands = new List<Node> { first };
        while (Current.Kind == TokenKind.And)
        {
            _index++;
            operands.Add(ParseNot());
        }

        return new AndNode(operands.ToArray());
    }

    private Node ParseNot()
    {
        if (Current.Kind != TokenKind.Not)
        {
            return ParseComparison();
        }

        Enter(Current);
        _index++;
        var operand = ParseNot();
        _depth--;
        return new NotNode(operand);
    }

    private Node ParseComparison()
    {
        var left = ParseSum();
        Node result;
        if (ComparisonOf(Current.Kind) is { } op)
        {
            _index++;
            result = new ComparisonNode(op, left, ParseSum());
        }
        else if (Current.Kind == TokenKind.In)
        {
            _index++;
            result = new InNode(left, ParseList(), Negated: false);
        }
        else if (IsNotIn())
        {
            _index += 2;
            result = new InNode(left, ParseList(), Negated: true);
        }
        else
        {
            return left;
        }

        if (ComparisonOf(Current.Kind) is not null || Current.Kind == TokenKind.In || IsNotIn())
        {
            throw new ExpressionSyntaxException(
                $"Không được viết hai phép so sánh liền nhau ở vị trí {Current.Position}: hãy dùng 'and' hoặc dấu ngoặc.",
                Current.Position);
        }

        return result;
    }

    private Node ParseSum()
    {
        var left = ParseProduct();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Current.Kind == TokenKind.Plus ? ArithmeticOperator.Add : ArithmeticOperator.Subtract;
            _index++;
            left = new ArithmeticNode(op, left, ParseProduct());
        }

        return left;
    }

    private Node ParseProduct()
    {
        var left = ParsePrimary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var op = Current.Kind == TokenKind.Star ? ArithmeticOperator.Multiply : ArithmeticOperator.Divide;
            _index++;
            left = new ArithmeticNode(op, left, ParsePrimary());
        }

        return left;
    }

    private bool IsNotIn() =>
        Current.Kind == TokenKind.Not && _text[Current.Position] == 'n' && _tokens[_index + 1].Kind == TokenKind.In;

    private Node[] ParseList()
    {
        if (Current.Kind != TokenKind.OpenBracket)
        {
            throw new ExpressionSyntaxException($"Thiếu dấu '[' sau 'in' ở vị trí {Current.Position}.", Current.Position);
        }

        _index++;
        var items = new List<Node>();
        if (Current.Kind == TokenKind.CloseBracket)
        {
            _index++;
            return [];
        }

        while (true)
        {
            items.Add(Current.Kind is TokenKind.OpenParen ? throw NotAListItem() : ParsePrimary());
            if (Current.Kind == TokenKind.Comma)
            {
                _index++;
                continue;
            }

            if (Current.Kind == TokenKind.CloseBracket)
            {
                _index++;
                return items.ToArray();
            }

            throw Current.Kind == TokenKind.End
                ? new ExpressionSyntaxException($"Thiếu dấu ']' ở vị trí {Current.Position}.", Current.Position)
                : new ExpressionSyntaxException($"Thiếu dấu ',' hoặc ']' ở vị trí {Current.Position}.", Current.Position);
        }
    }

    private ExpressionSyntaxException NotAListItem() =>
        new($"Danh sách sau 'in' chỉ chứa giá trị hoặc tên biến: không dùng được '(' ở vị trí {Current.Position}.",
            Current.Position);

    private Node ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _index++;
                return new LiteralNode(Value.FromNumber(token.Number));
            case TokenKind.String:
                _index++;
                return new LiteralNode(Value.FromString(token.Text!));
            case TokenKind.True:
                _index++;
                return new LiteralNode(Value.True);
            case TokenKind.False:
                _index++;
                return new LiteralNode(Value.False);
            case TokenKind.Null:
                _index++;
                return new LiteralNode(Value.Null);
            case TokenKind.Path:
                _index++;
                var path = token.Text!;
                if (!_paths.Contains(path, StringComparer.Ordinal))
                {
                    _paths.Add(path);
                }

                return new PathNode(path, path.Split('.'));
            case TokenKind.OpenParen:
                Enter(token);
                _index++;
                var inner = ParseOr();
                if (Current.Kind != TokenKind.CloseParen)
                {
                    throw new ExpressionSyntaxException($"Thiếu dấu ')' ở vị trí {Current.Position}.", Current.Position);
                }

                _index++;
                _depth--;
                return inner;
            case TokenKind.End:
                throw new ExpressionSyntaxException(
                    $"Thiếu giá trị ở cuối biểu thức (vị trí {token.Position}).", token.Position);
            default:
                throw new ExpressionSyntaxException(
                    $"Thiếu giá trị trước '{Display(token)}' ở vị trí {token.Position}.", token.Position);
        }
    }

    private void Enter(LexToken token)
    {
        if (++_depth > MaxDepth)
        {
            throw new ExpressionSyntaxException(
                $"Biểu thức lồng nhau quá sâu ở vị trí {token.Position}: tối đa {MaxDepth} cấp.", token.Position);
        }
    }

    private void ExpectEnd()
    {
        var token = Current;
        if (token.Kind == TokenKind.End)
        {
            return;
        }

        throw token.Kind == TokenKind.CloseParen
            ? new ExpressionSyntaxException($"Thừa dấu ')' ở vị trí {token.Position}.", token.Position)
            : new ExpressionSyntaxException(
                $"Không hiểu '{Display(token)}' ở vị trí {token.Position}: có thể thiếu 'and', 'or' hoặc toán tử so sánh.",
                token.Position);
    }

    private string Display(LexToken token)
    {
        const int maxShown = 20;
        return token.Length <= maxShown
            ? _text.Substring(token.Position, token.Length)
            : string.Concat(_text.AsSpan(token.Position, maxShown), "…");
    }

    private static ComparisonOperator? ComparisonOf(TokenKind kind) => kind switch
    {
        TokenKind.Equal => ComparisonOperator.Equal,
        TokenKind.NotEqual => ComparisonOperator.NotEqual,
        TokenKind.Less => ComparisonOperator.Less,
        TokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
        TokenKind.Greater => ComparisonOperator.Greater,
        TokenKind.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
        _ => null,
    };
}
