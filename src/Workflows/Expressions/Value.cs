using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToanDan.Awards.Workflows.Expressions;

internal enum ValueKind
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// <summary>
/// A value met during evaluation. A string read from parsed JSON stays in its <see cref="JsonNode"/>
/// until it is needed as a CLR string, so the common <c>outcome == 'approve'</c> does not allocate.
/// </summary>
internal readonly record struct Value
{
    private Value(ValueKind kind, bool boolean = false, decimal number = 0, string? text = null, JsonNode? node = null)
    {
        Kind = kind;
        Boolean = boolean;
        Number = number;
        Text = text;
        Node = node;
    }

    public static Value Null => default;

    public static Value True { get; } = new(ValueKind.Boolean, boolean: true);

    public static Value False { get; } = new(ValueKind.Boolean, boolean: false);

    public ValueKind Kind { get; }

    public bool Boolean { get; }

    public decimal Number { get; }

    /// <summary>The string, unless it is still held by <see cref="Node"/>.</summary>
    public string? Text { get; }

    /// <summary>The JSON array or object, or the element-backed JSON string.</summary>
    public JsonNode? Node { get; }

    public string KindName => Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Boolean => "giá trị đúng/sai",
        ValueKind.Number => "số",
        ValueKind.String => "chuỗi",
        ValueKind.Array => "mảng",
        _ => "đối tượng",
    };

    public static Value FromBoolean(bool value) => value ? True : False;

    public static Value FromNumber(decimal value) => new(ValueKind.Number, number: value);

    public static Value FromString(string value) => new(ValueKind.String, text: value);

    public static Value FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return Null;
            case JsonObject:
                return new(ValueKind.Object, node: node);
            case JsonArray:
                return new(ValueKind.Array, node: node);
        }

        var value = node.AsValue();
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return FromElement(element, node);
        }

        if (value.TryGetValue<string>(out var text))
        {
            return FromString(text);
        }

        if (value.TryGetValue<bool>(out var boolean))
        {
            return FromBoolean(boolean);
        }

        if (TryGetClrNumber(value, out var number))
        {
            return FromNumber(number);
        }

        // Any other CLR value (a Guid, a DateTime, a char...): read it the way it would be serialised.
        using var document = JsonDocument.Parse(value.ToJsonString());
        return FromElement(document.RootElement.Clone(), null);
    }

    public string GetString() => Text ?? ElementOf(Node!).GetString()!;

    public static JsonElement ElementOf(JsonNode node)
    {
        node.AsValue().TryGetValue<JsonElement>(out var element);
        return element;
    }

    private static Value FromElement(JsonElement element, JsonNode? node)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return node is null ? FromString(element.GetString()!) : new(ValueKind.String, node: node);
            case JsonValueKind.Number:
                return element.TryGetDecimal(out var number)
                    ? FromNumber(number)
                    : throw OutOfRange(element.GetRawText());
            case JsonValueKind.True:
                return True;
            case JsonValueKind.False:
                return False;
            case JsonValueKind.Object:
                return new(ValueKind.Object, node: node ?? JsonNode.Parse(element.GetRawText()));
            case JsonValueKind.Array:
                return new(ValueKind.Array, node: node ?? JsonNode.Parse(element.GetRawText()));
            default:
                return Null;
        }
    }

    private static bool TryGetClrNumber(JsonValue value, out decimal number)
    {
        if (value.TryGetValue(out number))
        {
            return true;
        }

        if (value.TryGetValue<int>(out var i32))
        {
            number = i32;
        }
        else if (value.TryGetValue<long>(out var i64))
        {
            number = i64;
        }
        else if (value.TryGetValue<double>(out var f64))
        {
            number = ToDecimal(f64);
        }
        else if (value.TryGetValue<float>(out var f32))
        {
            number = ToDecimal(f32);
        }
        else if (value.TryGetValue<short>(out var i16))
        {
            number = i16;
        }
        else if (value.TryGetValue<byte>(out var u8))
        {
            number = u8;
        }
        else if (value.TryGetValue<sbyte>(out var i8))
        {
            number = i8;
        }
        else if (value.TryGetValue<ushort>(out var u16))
        {
            number = u16;
        }
        else if (value.TryGetValue<uint>(out var u32))
        {
            number = u32;
        }
        else if (value.TryGetValue<ulong>(out var u64))
        {
            number = u64;
        }
        else
        {
            return false;
        }

        return true;
    }

    private static decimal ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e28
            ? (decimal)value
            : throw OutOfRange(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static ExpressionEvaluationException OutOfRange(string number) =>
        new($"Giá trị số {number} nằm ngoài khoảng có thể so sánh.");
}
