using System.Globalization;
using System.Text;

namespace ToanDan.Awards.Workflows.Expressions;

/// <summary>Splits the text between <c>start</c> and <c>end</c> into tokens; positions index the whole text.</summary>
internal static class Lexer
{
    private static readonly string[] Keywords = ["and", "or", "not", "in", "true", "false", "null"];

    public static List<LexToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<LexToken>();
        var i = start;
        while (true)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= end)
            {
                tokens.Add(new LexToken(TokenKind.End, end, 0));
                return tokens;
            }

            var token = Next(text, i, end, tokens.Count > 0 && EndsValue(tokens[^1].Kind));
            tokens.Add(token);
            i += token.Length;
        }
    }

    // After a value, '-' is subtraction; elsewhere it starts a negative number.
    private static bool EndsValue(TokenKind kind) =>
        kind is TokenKind.Number or TokenKind.String or TokenKind.Path or TokenKind.True or TokenKind.False
            or TokenKind.Null or TokenKind.CloseParen or TokenKind.CloseBracket;

    private static LexToken Next(string text, int i, int end, bool afterValue)
    {
        var c = text[i];
        var next = i + 1 < end ? text[i + 1] : '\0';
        switch (c)
        {
            case '(':
                return new LexToken(TokenKind.OpenParen, i, 1);
            case ')':
                return new LexToken(TokenKind.CloseParen, i, 1);
            case '[':
                return new LexToken(TokenKind.OpenBracket, i, 1);
            case ']':
                return new LexToken(TokenKind.CloseBracket, i, 1);
            case ',':
                return new LexToken(TokenKind.Comma, i, 1);
            case '=' when next == '=':
                return new LexToken(TokenKind.Equal, i, 2);
            case '=':
                throw new ExpressionSyntaxException(
                    $"Thiếu dấu '=' thứ hai ở vị trí {i}: so sánh bằng phải viết '=='.", i);
            case '!' when next == '=':
                return new LexToken(TokenKind.NotEqual, i, 2);
            case '!':
                return new LexToken(TokenKind.Not, i, 1);
            case '<':
                return next == '=' ? new LexToken(TokenKind.LessOrEqual, i, 2) : new LexToken(TokenKind.Less, i, 1);
            case '>':
                return next == '=' ? new LexToken(TokenKind.GreaterOrEqual, i, 2) : new LexToken(TokenKind.Greater, i, 1);
            case '&' when next == '&':
                return new LexToken(TokenKind.And, i, 2);
            case '|' when next == '|':
                return new LexToken(TokenKind.Or, i, 2);
            case '&' or '|':
                throw new ExpressionSyntaxException(
                    $"Thiếu dấu '{c}' thứ hai ở vị trí {i}: phải viết '{c}{c}' hoặc '{(c == '&' ? "and" : "or")}'.", i);
            case '\'' or '"':
                return ReadString(text, i, end);
            case '+':
                return new LexToken(TokenKind.Plus, i, 1);
            case '*':
                return new LexToken(TokenKind.Star, i, 1);
            case '/':
                return new LexToken(TokenKind.Slash, i, 1);
            case '-' when afterValue:
                return new LexToken(TokenKind.Minus, i, 1);
            case '-' when char.IsAsciiDigit(next):
                return ReadNumber(text, i, end);
            case '-':
                throw new ExpressionSyntaxException($"Thiếu chữ số sau dấu '-' ở vị trí {i}.", i);
        }

        if (char.IsAsciiDigit(c))
        {
            return ReadNumber(text, i, end);
        }

        if (IsIdentifierStart(c))
        {
            return ReadWord(text, i, end);
        }

        throw new ExpressionSyntaxException($"Không hiểu ký tự '{c}' ở vị trí {i}.", i);
    }

    private static LexToken ReadNumber(string text, int start, int end)
    {
        var i = start + 1;
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < end && text[i] == '.')
        {
            if (i + 1 >= end || !char.IsAsciiDigit(text[i + 1]))
            {
                throw new ExpressionSyntaxException($"Số không hợp lệ ở vị trí {start}: thiếu chữ số sau dấu '.'.", start);
            }

            i++;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < end && (IsIdentifierPart(text[i]) || text[i] == '.'))
        {
            throw new ExpressionSyntaxException($"Số không hợp lệ ở vị trí {start}.", start);
        }

        var span = text.AsSpan(start, i - start);
        if (!decimal.TryParse(span, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            throw new ExpressionSyntaxException($"Số quá lớn ở vị trí {start}.", start);
        }

        return new LexToken(TokenKind.Number, start, i - start, Number: number);
    }

    private static LexToken ReadString(string text, int start, int end)
    {
        var quote = text[start];
        var builder = new StringBuilder();
        var i = start + 1;
        while (i < end)
        {
            var c = text[i];
            if (c == quote)
            {
                return new LexToken(TokenKind.String, start, i + 1 - start, builder.ToString());
            }

            if (c == '\\')
            {
                var escaped = i + 1 < end ? text[i + 1] : '\0';
                builder.Append(escaped switch
                {
                    '\'' or '"' or '\\' => escaped,
                    'n' => '\n',
                    _ when i + 1 >= end => throw Unterminated(start),
                    _ => throw new ExpressionSyntaxException(
                        $"Ký tự thoát '\\{escaped}' không hợp lệ ở vị trí {i}: chỉ dùng \\', \\\", \\\\ hoặc \\n.", i),
                });
                i += 2;
                continue;
            }

            builder.Append(c);
            i++;
        }

        throw Unterminated(start);
    }

    private static ExpressionSyntaxException Unterminated(int start) =>
        new($"Chuỗi chưa đóng dấu nháy (bắt đầu ở vị trí {start}).", start);

    private static LexToken ReadWord(string text, int start, int end)
    {
        var i = start;
        var segments = 1;
        while (true)
        {
            i++;
            while (i < end && IsIdentifierPart(text[i]))
            {
                i++;
            }

            if (i >= end || text[i] != '.')
            {
                break;
            }

            if (i + 1 >= end || !IsIdentifierStart(text[i + 1]))
            {
                throw new ExpressionSyntaxException($"Thiếu tên biến sau dấu '.' ở vị trí {i}.", i);
            }

            segments++;
            i++;
        }

        var word = text[start..i];
        if (segments == 1)
        {
            foreach (var keyword in Keywords)
            {
                if (word == keyword)
                {
                    return new LexToken(KeywordKind(keyword), start, i - start);
                }

                if (string.Equals(word, keyword, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ExpressionSyntaxException(
                        $"Từ khoá phải viết thường: dùng '{keyword}' thay cho '{word}' ở vị trí {start}.", start);
                }
            }
        }

        return new LexToken(TokenKind.Path, start, i - start, word);
    }

    private static TokenKind KeywordKind(string keyword) => keyword switch
    {
        "and" => TokenKind.And,
        "or" => TokenKind.Or,
        "not" => TokenKind.Not,
        "in" => TokenKind.In,
        "true" => TokenKind.True,
        "false" => TokenKind.False,
        _ => TokenKind.Null,
    };

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-';
}
