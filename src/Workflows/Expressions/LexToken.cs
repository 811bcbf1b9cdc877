namespace ToanDan.Awards.Workflows.Expressions;

internal enum TokenKind
{
    Number,
    String,
    Path,
    True,
    False,
    Null,
    And,
    Or,
    Not,
    In,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    End,
}

// A lexical token. Position and Length index the original text; Text is the decoded content of a
// string literal or the path of a variable; Number is the value of a number literal.
internal readonly record struct LexToken(TokenKind Kind, int Position, int Length, string? Text = null, decimal Number = 0);
