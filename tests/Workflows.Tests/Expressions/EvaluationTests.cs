using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Expressions;

namespace ToanDan.Awards.Workflows.Tests.Expressions;

public class EvaluationTests
{
    private const string Nomination = """
        {
          "outcome": "approve",
          "score": 8.5,
          "count": 3,
          "urgent": true,
          "archived": false,
          "note": null,
          "reason": "Trả lại",
          "nomination": { "awardType": "Huân chương", "level": 2, "unit": { "code": "pv05-review" } },
          "tags": ["a", "b"],
          "UserTask_1": { "result": "done" }
        }
        """;

    private static bool Eval(string text, string json = Nomination) =>
        ConditionExpression.Parse(text).Evaluate(JsonNode.Parse(json)!.AsObject());

    private static string EvalError(string text, string json = Nomination) =>
        Assert.Throws<ExpressionEvaluationException>(() => Eval(text, json)).Message;

    [Theory]
    [InlineData("outcome == 'approve'", true)]
    [InlineData("outcome == 'reject'", false)]
    [InlineData("outcome != 'reject'", true)]
    [InlineData("outcome != 'approve'", false)]
    [InlineData("count == 3", true)]
    [InlineData("count != 3", false)]
    [InlineData("urgent == true", true)]
    [InlineData("archived == false", true)]
    [InlineData("urgent != false", true)]
    public void Equality_operators_compare_values(string text, bool expected) =>
        Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("score < 9", true)]
    [InlineData("score < 8.5", false)]
    [InlineData("score <= 8.5", true)]
    [InlineData("score <= 8.49", false)]
    [InlineData("score > 8", true)]
    [InlineData("score > 8.5", false)]
    [InlineData("score >= 8.5", true)]
    [InlineData("score >= 8.51", false)]
    [InlineData("count > -1", true)]
    [InlineData("-2 < -1", true)]
    public void Ordering_operators_compare_numbers_by_value(string text, bool expected) =>
        Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("count == 3.0")]
    [InlineData("count == 3.000")]
    [InlineData("score == 8.50")]
    public void Numbers_are_equal_whatever_their_scale(string text) => Assert.True(Eval(text));

    [Theory]
    [InlineData("'abc' < 'abd'", true)]
    [InlineData("'B' < 'a'", true)]
    [InlineData("'a' <= 'a'", true)]
    [InlineData("'b' > 'a'", true)]
    [InlineData("'a' >= 'b'", false)]
    [InlineData("outcome > 'apple'", true)]
    public void Strings_are_ordered_ordinally(string text, bool expected) => Assert.Equal(expected, Eval(text));

    [Fact]
    public void Strings_compare_case_sensitively() => Assert.False(Eval("outcome == 'Approve'"));

    [Fact]
    public void Vietnamese_strings_compare_by_content()
    {
        Assert.True(Eval("reason == 'Trả lại'"));
        Assert.True(Eval("reason == \"Trả lại\""));
        Assert.False(Eval("reason == 'Tra lai'"));
        Assert.True(Eval("nomination.awardType == 'Huân chương'"));
    }

    [Fact]
    public void Nested_paths_are_resolved_through_objects()
    {
        Assert.True(Eval("nomination.level == 2"));
        Assert.True(Eval("nomination.unit.code == 'pv05-review'"));
        Assert.True(Eval("UserTask_1.result == 'done'"));
    }

    [Theory]
    [InlineData("missing == null")]
    [InlineData("nomination.missing == null")]
    [InlineData("nomination.unit.code.deeper == null")]
    [InlineData("outcome.length == null")]
    [InlineData("tags.first == null")]
    [InlineData("note == null")]
    public void Missing_variable_compares_as_null(string text) => Assert.True(Eval(text));

    [Theory]
    [InlineData("missing < 1")]
    [InlineData("missing <= 1")]
    [InlineData("1 > missing")]
    [InlineData("missing >= 'a'")]
    [InlineData("null <= null")]
    [InlineData("note > 0")]
    public void Ordering_with_null_is_false(string text) => Assert.False(Eval(text));

    [Fact]
    public void Ordering_with_null_is_false_whatever_the_other_type() => Assert.False(Eval("urgent < missing"));

    [Fact]
    public void Null_equals_null() => Assert.True(Eval("null == null"));

    [Theory]
    [InlineData("count == '3'")]
    [InlineData("urgent == 'true'")]
    [InlineData("urgent == 1")]
    [InlineData("archived == null")]
    [InlineData("missing == false")]
    [InlineData("missing == 0")]
    [InlineData("missing == ''")]
    [InlineData("nomination == null")]
    [InlineData("tags == 'a'")]
    public void Values_of_different_types_are_never_equal(string text)
    {
        Assert.False(Eval(text));
        Assert.True(Eval(text.Replace("==", "!=")));
    }

    [Theory]
    [InlineData("'a' < 1", "Không thể so sánh chuỗi với số bằng '<'.")]
    [InlineData("count >= outcome", "Không thể so sánh số với chuỗi bằng '>='.")]
    [InlineData("urgent > archived", "Không thể so sánh giá trị đúng/sai với giá trị đúng/sai bằng '>'.")]
    [InlineData("tags <= 1", "Không thể so sánh mảng với số bằng '<='.")]
    [InlineData("nomination < 'x'", "Không thể so sánh đối tượng với chuỗi bằng '<'.")]
    public void Ordering_values_of_other_type_mixes_is_an_error(string text, string message) =>
        Assert.Equal(message, EvalError(text));

    [Fact]
    public void Json_arrays_and_objects_compare_deeply()
    {
        const string json = """{ "a": [1, "x", {"k": true}], "b": [1, "x", {"k": true}], "c": [1], "o": {"k": 1}, "p": {"k": 1} }""";
        Assert.True(Eval("a == b", json));
        Assert.False(Eval("a == c", json));
        Assert.True(Eval("a != c", json));
        Assert.True(Eval("o == p", json));
        Assert.False(Eval("o == a", json));
        Assert.True(Eval("o in [c, p]", json));
    }

    [Theory]
    [InlineData("outcome in ['approve', 'reject']", true)]
    [InlineData("outcome in ['reject', 'return']", false)]
    [InlineData("count in [1, 2, 3]", true)]
    [InlineData("count in ['3']", false)]
    [InlineData("missing in [null]", true)]
    [InlineData("missing in []", false)]
    [InlineData("reason in ['Đồng ý', 'Trả lại']", true)]
    [InlineData("outcome in [reason, nomination.awardType, 'approve']", true)]
    [InlineData("'Trả lại' in [outcome, reason]", true)]
    public void In_tests_membership_with_equality_rules(string text, bool expected) =>
        Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("outcome not in ['approve', 'reject']", false)]
    [InlineData("outcome not in ['reject', 'return']", true)]
    [InlineData("missing not in [null]", false)]
    [InlineData("count not in []", true)]
    public void Not_in_is_the_negation_of_in(string text, bool expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("true and true", true)]
    [InlineData("true and false", false)]
    [InlineData("false and true", false)]
    [InlineData("true && true", true)]
    [InlineData("true && false", false)]
    [InlineData("false or true", true)]
    [InlineData("false or false", false)]
    [InlineData("false || true", true)]
    [InlineData("false || false", false)]
    [InlineData("not false", true)]
    [InlineData("not true", false)]
    [InlineData("!false", true)]
    [InlineData("!true", false)]
    [InlineData("not not true", true)]
    [InlineData("!!true", true)]
    [InlineData("true and true and true and false", false)]
    [InlineData("false or false or false or true", true)]
    [InlineData("true and 1 == 1 && !(2 < 1)", true)]
    public void Logical_operators_combine_booleans(string text, bool expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("true or true and false", true)]
    [InlineData("(true or true) and false", false)]
    [InlineData("false and false or true", true)]
    [InlineData("false and (false or true)", false)]
    [InlineData("not true or true", true)]
    [InlineData("not (true or true)", false)]
    [InlineData("not false and false", false)]
    [InlineData("not count == 3", false)]
    [InlineData("not outcome in ['approve']", false)]
    [InlineData("!count == 4", true)]
    [InlineData("count == 3 and outcome == 'approve' or missing == 1", true)]
    [InlineData("missing == 1 or count == 3 and outcome == 'approve'", true)]
    [InlineData("(count == 3) == true", true)]
    [InlineData("urgent == (count > 1)", true)]
    public void Precedence_is_or_then_and_then_not_then_comparison(string text, bool expected) =>
        Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("urgent", true)]
    [InlineData("archived", false)]
    [InlineData("missing", false)]
    [InlineData("note", false)]
    [InlineData("null", false)]
    [InlineData("not missing", true)]
    [InlineData("missing or urgent", true)]
    [InlineData("urgent and missing", false)]
    [InlineData("(urgent)", true)]
    public void Boolean_variables_stand_alone_and_null_counts_as_false(string text, bool expected) =>
        Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("false and count", false)]
    [InlineData("true or 'text'", true)]
    [InlineData("false && 'a' < 1", false)]
    [InlineData("true || 'a' < 1", true)]
    [InlineData("missing and 'a' < 1", false)]
    public void Logical_operators_short_circuit(string text, bool expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("count and true", "Toán tử 'and' cần giá trị đúng/sai (true/false) nhưng nhận được số.")]
    [InlineData("true && outcome", "Toán tử 'and' cần giá trị đúng/sai (true/false) nhưng nhận được chuỗi.")]
    [InlineData("false or tags", "Toán tử 'or' cần giá trị đúng/sai (true/false) nhưng nhận được mảng.")]
    [InlineData("not nomination", "Toán tử 'not' cần giá trị đúng/sai (true/false) nhưng nhận được đối tượng.")]
    [InlineData("!'x'", "Toán tử 'not' cần giá trị đúng/sai (true/false) nhưng nhận được chuỗi.")]
    public void Logical_operators_reject_non_booleans(string text, string message) =>
        Assert.Equal(message, EvalError(text));

    [Theory]
    [InlineData("outcome", "chuỗi")]
    [InlineData("42", "số")]
    [InlineData("(count)", "số")]
    [InlineData("'x'", "chuỗi")]
    [InlineData("tags", "mảng")]
    public void Expression_that_is_not_boolean_is_an_error(string text, string kind) =>
        Assert.Equal($"Biểu thức phải cho kết quả đúng/sai (true/false) nhưng lại cho {kind}.", EvalError(text));

    [Fact]
    public void Numbers_of_any_clr_type_compare_by_value()
    {
        var variables = new JsonObject
        {
            ["i"] = 3,
            ["l"] = 3L,
            ["d"] = 3.0d,
            ["f"] = 2.5f,
            ["m"] = 3m,
            ["s"] = (short)3,
            ["b"] = (byte)3,
            ["u"] = 3u,
            ["ul"] = 3ul,
            ["sb"] = (sbyte)-3,
        };
        var expression = ConditionExpression.Parse(
            "i == 3 and l == 3 and d == 3 and f == 2.5 and m == 3 and s == 3 and b == 3 and u == 3 and ul == 3 and sb == -3 and i == d and f < i");
        Assert.True(expression.Evaluate(variables));
    }

    [Fact]
    public void Clr_strings_and_booleans_are_read_like_parsed_json()
    {
        var variables = new JsonObject
        {
            ["outcome"] = "Trả lại",
            ["urgent"] = true,
            ["nomination"] = new JsonObject { ["awardType"] = "Bằng khen" },
        };
        Assert.True(ConditionExpression.Parse("outcome == 'Trả lại' and urgent and nomination.awardType == 'Bằng khen'")
            .Evaluate(variables));
        Assert.True(ConditionExpression.Parse("outcome > 'A'").Evaluate(variables));
    }

    [Fact]
    public void Other_clr_values_are_read_as_their_json_form()
    {
        var id = Guid.Parse("0b5c4a3e-7c1e-4c7a-9f7e-1f2a3b4c5d6e");
        var variables = new JsonObject { ["id"] = JsonValue.Create(id) };
        Assert.True(ConditionExpression.Parse($"id == '{id}'").Evaluate(variables));
    }

    [Fact]
    public void Json_strings_compare_with_each_other()
    {
        const string json = """{ "a": "Trả lại", "b": "Trả lại", "c": "Đồng ý" }""";
        Assert.True(Eval("a == b", json));
        Assert.False(Eval("a == c", json));
        Assert.True(Eval("a < c", json));
    }

    [Fact]
    public void Number_too_large_for_decimal_is_an_evaluation_error()
    {
        var message = EvalError("big > 1", """{ "big": 1e300 }""");
        Assert.Contains("1e300", message);
        Assert.Throws<ExpressionEvaluationException>(() =>
            ConditionExpression.Parse("x > 1").Evaluate(new JsonObject { ["x"] = double.NaN }));
    }

    [Fact]
    public void Variable_named_outcome_is_a_plain_root_variable()
    {
        Assert.True(Eval("outcome == 'approve'", """{ "outcome": "approve" }"""));
        Assert.False(Eval("outcome == 'approve'", "{}"));
    }

    [Fact]
    public void Evaluating_many_times_from_many_threads_gives_the_same_answer()
    {
        var expression = ConditionExpression.Parse("nomination.level >= 2 and outcome in ['approve', 'reject']");
        var variables = JsonNode.Parse(Nomination)!.AsObject();
        var results = new bool[64];
        Parallel.For(0, results.Length, i =>
        {
            var all = true;
            for (var n = 0; n < 1000; n++)
            {
                all &= expression.Evaluate(variables);
            }

            results[i] = all;
        });
        Assert.All(results, Assert.True);
    }

    [Fact]
    public void Evaluating_a_string_comparison_on_parsed_json_does_not_allocate()
    {
        var expression = ConditionExpression.Parse("outcome == 'approve' and nomination.level >= 2 and reason in ['Đồng ý', 'Trả lại']");
        var variables = JsonNode.Parse(Nomination)!.AsObject();
        expression.Evaluate(variables);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            expression.Evaluate(variables);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
