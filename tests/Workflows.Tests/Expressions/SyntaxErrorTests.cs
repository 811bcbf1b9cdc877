using ToanDan.Awards.Workflows.Expressions;

namespace ToanDan.Awards.Workflows.Tests.Expressions;

public class SyntaxErrorTests
{
    private static ExpressionSyntaxException Error(string text) =>
        Assert.Throws<ExpressionSyntaxException>(() => ConditionExpression.Parse(text));

    private static void AssertError(string text, string message, int position)
    {
        var error = Error(text);
        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("${}", 2)]
    [InlineData("${ }", 2)]
    [InlineData("  #{   }  ", 4)]
    public void Empty_text_is_an_error(string text, int position) => AssertError(text, "Biểu thức trống.", position);

    [Fact]
    public void Whitespace_only_text_is_empty() => Assert.Equal("Biểu thức trống.", Error("  \t\n ").Message);

    [Theory]
    [InlineData("abc#", '#', 3)]
    [InlineData("a == 1 @", '@', 7)]
    [InlineData("a == .5", '.', 5)]
    [InlineData("a == $x", '$', 5)]
    [InlineData("a ; b", ';', 2)]
    [InlineData("a == 1 }", '}', 7)]
    [InlineData("${ a # }", '#', 5)]
    public void Unknown_character_is_reported_where_it_is(string text, char character, int position) =>
        AssertError(text, $"Không hiểu ký tự '{character}' ở vị trí {position}.", position);

    [Theory]
    [InlineData("x == 'abc", 5)]
    [InlineData("x == \"abc", 5)]
    [InlineData("x == 'abc\"", 5)]
    [InlineData("x == 'ab\\'", 5)]
    [InlineData("x == 'ab\\", 5)]
    [InlineData("'", 0)]
    public void Unclosed_string_names_where_it_starts(string text, int position) =>
        AssertError(text, $"Chuỗi chưa đóng dấu nháy (bắt đầu ở vị trí {position}).", position);

    [Fact]
    public void Unknown_escape_in_string_is_an_error() =>
        AssertError("x == 'a\\tb'", "Ký tự thoát '\\t' không hợp lệ ở vị trí 7: chỉ dùng \\', \\\", \\\\ hoặc \\n.", 7);

    [Theory]
    [InlineData("(a == 1 and b == 2", 18)]
    [InlineData("(a == 1 b)", 8)]
    [InlineData("((a)", 4)]
    [InlineData("(a or (b and c) d", 16)]
    public void Missing_closing_parenthesis_is_reported(string text, int position) =>
        AssertError(text, $"Thiếu dấu ')' ở vị trí {position}.", position);

    [Theory]
    [InlineData("a == 1)", 6)]
    [InlineData("(a))", 3)]
    public void Extra_closing_parenthesis_is_reported(string text, int position) =>
        AssertError(text, $"Thừa dấu ')' ở vị trí {position}.", position);

    [Theory]
    [InlineData("a ==", 4)]
    [InlineData("a == ", 4)]
    [InlineData("a and", 5)]
    [InlineData("not", 3)]
    [InlineData("${ a == }", 8)]
    [InlineData("(", 1)]
    public void Missing_value_at_the_end_is_reported(string text, int position) =>
        AssertError(text, $"Thiếu giá trị ở cuối biểu thức (vị trí {position}).", position);

    [Theory]
    [InlineData("== 1", "==", 0)]
    [InlineData("a and or b", "or", 6)]
    [InlineData("()", ")", 1)]
    [InlineData("a == and b", "and", 5)]
    [InlineData("a == not b", "not", 5)]
    [InlineData("not in [1]", "in", 4)]
    [InlineData("a < , b", ",", 4)]
    [InlineData("x in ['a', ]", "]", 11)]
    public void Missing_value_before_a_token_is_reported(string text, string token, int position) =>
        AssertError(text, $"Thiếu giá trị trước '{token}' ở vị trí {position}.", position);

    [Theory]
    [InlineData("a b", "b", 2)]
    [InlineData("a == 1 b == 2", "b", 7)]
    [InlineData("a 'x'", "'x'", 2)]
    [InlineData("true false", "false", 5)]
    [InlineData("a [1]", "[", 2)]
    public void Missing_operator_between_values_is_reported(string text, string token, int position) =>
        AssertError(
            text,
            $"Không hiểu '{token}' ở vị trí {position}: có thể thiếu 'and', 'or' hoặc toán tử so sánh.",
            position);

    [Fact]
    public void Long_unexpected_token_is_shortened_in_the_message() =>
        Assert.StartsWith(
            "Không hiểu ''Đây là một chuỗi rấ…' ở vị trí 2",
            Error("a 'Đây là một chuỗi rất dài, dài lắm'").Message);

    [Theory]
    [InlineData("a == b == c", 7)]
    [InlineData("a < b < c", 6)]
    [InlineData("a < b in [1]", 6)]
    [InlineData("a in [1] == true", 9)]
    [InlineData("a in [1] not in [2]", 9)]
    public void Chained_comparisons_are_an_error(string text, int position) =>
        AssertError(
            text,
            $"Không được viết hai phép so sánh liền nhau ở vị trí {position}: hãy dùng 'and' hoặc dấu ngoặc.",
            position);

    [Theory]
    [InlineData("a = 1", 2)]
    [InlineData("a == 1 or b = 2", 12)]
    public void Single_equals_sign_is_an_error(string text, int position) =>
        AssertError(text, $"Thiếu dấu '=' thứ hai ở vị trí {position}: so sánh bằng phải viết '=='.", position);

    [Theory]
    [InlineData("a & b", '&', "and", 2)]
    [InlineData("a | b", '|', "or", 2)]
    public void Single_ampersand_or_bar_is_an_error(string text, char sign, string word, int position) =>
        AssertError(text, $"Thiếu dấu '{sign}' thứ hai ở vị trí {position}: phải viết '{sign}{sign}' hoặc '{word}'.", position);

    [Theory]
    [InlineData("a == -", 5)]
    [InlineData("a == - 1", 5)]
    [InlineData("-a", 0)]
    public void Minus_without_digits_is_an_error(string text, int position) =>
        AssertError(text, $"Thiếu chữ số sau dấu '-' ở vị trí {position}.", position);

    [Theory]
    [InlineData("a == 1.", 5)]
    [InlineData("a == 1.x", 5)]
    [InlineData("a == -3. ", 5)]
    public void Number_ending_with_a_dot_is_an_error(string text, int position) =>
        AssertError(text, $"Số không hợp lệ ở vị trí {position}: thiếu chữ số sau dấu '.'.", position);

    [Theory]
    [InlineData("a == 12abc", 5)]
    [InlineData("a == 1.2.3", 5)]
    [InlineData("a == 1_000", 5)]
    public void Malformed_number_is_an_error(string text, int position) =>
        AssertError(text, $"Số không hợp lệ ở vị trí {position}.", position);

    [Fact]
    public void Number_beyond_decimal_range_is_an_error() =>
        AssertError("a == 99999999999999999999999999999999", "Số quá lớn ở vị trí 5.", 5);

    [Theory]
    [InlineData("a. == 1", 1)]
    [InlineData("a..b == 1", 1)]
    [InlineData("nomination.1st == 1", 10)]
    [InlineData("a.b.", 3)]
    public void Dot_without_a_name_after_it_is_an_error(string text, int position) =>
        AssertError(text, $"Thiếu tên biến sau dấu '.' ở vị trí {position}.", position);

    [Theory]
    [InlineData("a AND b", "and", "AND", 2)]
    [InlineData("a Or b", "or", "Or", 2)]
    [InlineData("NOT a", "not", "NOT", 0)]
    [InlineData("x IN [1]", "in", "IN", 2)]
    [InlineData("x == True", "true", "True", 5)]
    [InlineData("x == FALSE", "false", "FALSE", 5)]
    [InlineData("x == Null", "null", "Null", 5)]
    public void Keywords_must_be_lower_case(string text, string keyword, string written, int position) =>
        AssertError(text, $"Từ khoá phải viết thường: dùng '{keyword}' thay cho '{written}' ở vị trí {position}.", position);

    [Theory]
    [InlineData("x in 'a'", 5)]
    [InlineData("x not in a", 9)]
    [InlineData("x in", 4)]
    public void In_without_a_list_is_an_error(string text, int position) =>
        AssertError(text, $"Thiếu dấu '[' sau 'in' ở vị trí {position}.", position);

    [Theory]
    [InlineData("x in ['a', 'b'", 14)]
    [InlineData("x in [1", 7)]
    public void Unclosed_list_is_an_error(string text, int position) =>
        AssertError(text, $"Thiếu dấu ']' ở vị trí {position}.", position);

    [Theory]
    [InlineData("x in ['a' 'b']", 10)]
    [InlineData("x in [a == 1]", 8)]
    [InlineData("x in [1 )", 8)]
    public void List_items_must_be_separated_by_commas(string text, int position) =>
        AssertError(text, $"Thiếu dấu ',' hoặc ']' ở vị trí {position}.", position);

    [Fact]
    public void List_items_cannot_be_parenthesised_expressions() =>
        AssertError(
            "x in [(1)]",
            "Danh sách sau 'in' chỉ chứa giá trị hoặc tên biến: không dùng được '(' ở vị trí 6.",
            6);

    [Theory]
    [InlineData("${ a == 1", '$', 0)]
    [InlineData("  #{ a == 1 ", '#', 2)]
    [InlineData("${", '$', 0)]
    public void Unclosed_wrapping_is_an_error(string text, char sign, int position) =>
        AssertError(text, $"Thiếu dấu '}}' để đóng '{sign}{{' (mở ở vị trí {position}).", position);

    [Fact]
    public void Text_longer_than_4000_characters_is_an_error() =>
        AssertError(new string('a', 4001), "Biểu thức quá dài: 4001 ký tự, tối đa 4000 ký tự.", 4000);

    [Fact]
    public void Text_of_exactly_4000_characters_is_accepted()
    {
        var text = "x == '" + new string('é', 4000 - 7) + "'";
        Assert.Equal(4000, text.Length);
        Assert.False(ConditionExpression.Parse(text).Evaluate([]));
    }

    [Fact]
    public void Nesting_64_levels_deep_is_accepted()
    {
        var parentheses = new string('(', 64) + "true" + new string(')', 64);
        Assert.True(ConditionExpression.Parse(parentheses).Evaluate([]));
        var negations = string.Concat(Enumerable.Repeat("not ", 64)) + "true";
        Assert.True(ConditionExpression.Parse(negations).Evaluate([]));
    }

    [Theory]
    [InlineData(65, 64)]
    [InlineData(3999, 64)]
    public void Nesting_parentheses_deeper_than_64_levels_is_an_error(int depth, int position) =>
        AssertError(
            new string('(', depth),
            $"Biểu thức lồng nhau quá sâu ở vị trí {position}: tối đa 64 cấp.",
            position);

    [Fact]
    public void Nesting_negations_deeper_than_64_levels_is_an_error()
    {
        Assert.Equal(64, Error(new string('!', 65) + "true").Position);
        Assert.Equal(256, Error(string.Concat(Enumerable.Repeat("not ", 65)) + "true").Position);
        Assert.Equal(64, Error(string.Concat(Enumerable.Repeat("!(", 1000))).Position);
    }

    [Fact]
    public void Long_flat_chains_are_not_limited_by_depth()
    {
        var text = string.Join("&&", Enumerable.Repeat("x", 1000));
        Assert.True(ConditionExpression.Parse(text).Evaluate(new() { ["x"] = true }));
        var list = "x in [" + string.Join(", ", Enumerable.Range(0, 600)) + "]";
        Assert.True(ConditionExpression.Parse(list).Evaluate(new() { ["x"] = 599 }));
    }
}
