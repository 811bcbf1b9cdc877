using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Expressions;

namespace ToanDan.Awards.Workflows.Tests.Expressions;

public class ParsingTests
{
    private static bool Eval(string text, JsonObject? variables = null) =>
        ConditionExpression.Parse(text).Evaluate(variables ?? []);

    [Theory]
    [InlineData("${outcome == 'approve'}")]
    [InlineData("${ outcome == 'approve' }")]
    [InlineData("#{outcome == 'approve'}")]
    [InlineData("  #{ outcome == 'approve' }\n")]
    [InlineData("\t${\n outcome == 'approve'\n}  ")]
    [InlineData("outcome == 'approve'")]
    public void Camunda_wrapping_is_stripped(string text) =>
        Assert.True(Eval(text, new() { ["outcome"] = "approve" }));

    [Fact]
    public void Wrapping_characters_inside_strings_stay_part_of_the_string() =>
        Assert.True(Eval("${ x == '}' }", new() { ["x"] = "}" }));

    [Fact]
    public void Text_is_kept_as_written()
    {
        const string text = "  ${ outcome == 'Trả lại' }  ";
        var expression = ConditionExpression.Parse(text);
        Assert.Equal(text, expression.Text);
        Assert.Equal(text, expression.ToString());
    }

    [Theory]
    [InlineData("x == 42", 42)]
    [InlineData("x == -7", -7)]
    [InlineData("x == 0.25", 0.25)]
    [InlineData("x == -0.5", -0.5)]
    [InlineData("x == 007", 7)]
    [InlineData("x==-1", -1)]
    public void Number_literals_are_integers_or_decimals_with_optional_minus(string text, double value) =>
        Assert.True(Eval(text, new() { ["x"] = value }));

    [Theory]
    [InlineData("x == 'It\\'s'", "It's")]
    [InlineData("x == \"It's\"", "It's")]
    [InlineData("x == \"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("x == 'say \"hi\"'", "say \"hi\"")]
    [InlineData("x == 'C:\\\\temp'", "C:\\temp")]
    [InlineData("x == 'line1\\nline2'", "line1\nline2")]
    [InlineData("x == ''", "")]
    [InlineData("x == 'Trả lại'", "Trả lại")]
    [InlineData("x == \"Đồng ý\"", "Đồng ý")]
    [InlineData("x == '日本語 😀'", "日本語 😀")]
    public void String_literals_take_either_quote_escapes_and_unicode(string text, string value) =>
        Assert.True(Eval(text, new() { ["x"] = value }));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("null", false)]
    [InlineData("true == true", true)]
    [InlineData("null == null", true)]
    [InlineData("false == null", false)]
    public void Boolean_and_null_literals(string text, bool expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("UserTask_1 == 1", "UserTask_1")]
    [InlineData("pv05-review == 1", "pv05-review")]
    [InlineData("_private == 1", "_private")]
    [InlineData("điểm == 1", "điểm")]
    [InlineData("a-1 == 1", "a-1")]
    [InlineData("nomination.in == 1", "nomination.in")]
    [InlineData("nomination.and.or == 1", "nomination.and.or")]
    public void Identifiers_take_letters_digits_underscores_and_hyphens(string text, string path)
    {
        var expression = ConditionExpression.Parse(text);
        Assert.Equal([path], expression.VariablePaths);
    }

    [Fact]
    public void Keywords_can_be_names_inside_a_path()
    {
        var variables = new JsonObject { ["flow"] = new JsonObject { ["in"] = 1, ["not"] = true } };
        Assert.True(Eval("flow.in == 1 and flow.not", variables));
    }

    [Fact]
    public void Whitespace_is_optional_between_tokens() =>
        Assert.True(Eval("(a==1&&b!='x')||!c", new() { ["a"] = 1, ["b"] = "y", ["c"] = true }));

    [Fact]
    public void Variable_paths_are_listed_once_in_order_of_appearance()
    {
        var expression = ConditionExpression.Parse(
            "nomination.awardType == 'x' and outcome in [a.b, 'c', outcome] or outcome == nomination.awardType");
        Assert.Equal(["nomination.awardType", "outcome", "a.b"], expression.VariablePaths);
    }

    [Fact]
    public void Literal_only_condition_uses_no_variables() =>
        Assert.Empty(ConditionExpression.Parse("1 < 2 and 'a' != \"b\" or null == null").VariablePaths);

    [Fact]
    public void Variable_paths_cannot_be_changed_by_callers()
    {
        var paths = ConditionExpression.Parse("a == b").VariablePaths;
        Assert.IsNotType<string[]>(paths);
        Assert.True(((ICollection<string>)paths).IsReadOnly);
    }

    [Fact]
    public void TryParse_returns_the_expression_for_valid_text()
    {
        Assert.True(ConditionExpression.TryParse("${ outcome == 'approve' }", out var expression, out var error));
        Assert.Null(error);
        Assert.Equal("${ outcome == 'approve' }", expression.Text);
    }

    [Fact]
    public void TryParse_returns_the_message_for_invalid_text()
    {
        Assert.False(ConditionExpression.TryParse("(a == 1 or b == 2 c", out var expression, out var error));
        Assert.Null(expression);
        Assert.Equal("Thiếu dấu ')' ở vị trí 18.", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_treats_null_and_blank_text_as_empty(string? text)
    {
        Assert.False(ConditionExpression.TryParse(text, out _, out var error));
        Assert.Equal("Biểu thức trống.", error);
    }

    [Fact]
    public void Parse_rejects_null_text() =>
        Assert.Throws<ArgumentNullException>(() => ConditionExpression.Parse(null!));

    [Fact]
    public void Evaluate_rejects_null_variables() =>
        Assert.Throws<ArgumentNullException>(() => ConditionExpression.Parse("true").Evaluate(null!));
}
