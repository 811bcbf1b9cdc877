using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ToanDan.Awards.Host.Tests.Features.Admin;

/// <summary>Calls to /api/admin the tests repeat.</summary>
internal static class AdminApi
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    public static async Task<int> UnitIdAsync(AwardsApp app, string code)
    {
        var admin = await app.ClientForAsync("admin");
        var found = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/units?search={code}");
        return found.GetProperty("units").GetProperty("items").EnumerateArray()
            .Single(u => u.GetProperty("code").GetString() == code).GetProperty("id").GetInt32();
    }
}
