using System.Text.Json;

namespace ToanDan.Awards.Host.Email;

/// <summary>Turns an outbox message's JSON model into dictionaries and lists that Handlebars reads, adding <c>baseUrl</c>.</summary>
public static class TemplateModel
{
    public static Dictionary<string, object?> FromJson(string json, string baseUrl)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        var model = document.RootElement.ValueKind == JsonValueKind.Object
            ? (Dictionary<string, object?>)Convert(document.RootElement)!
            : [];
        model["baseUrl"] = baseUrl.TrimEnd('/');
        return model;
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
