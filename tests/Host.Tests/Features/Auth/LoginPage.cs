using System.Text.RegularExpressions;

namespace ToanDan.Awards.Host.Tests.Features.Auth;

/// <summary>The login form as a browser posts it: the page first (its antiforgery token and cookie), then the form.</summary>
internal static partial class LoginPage
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var form = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/dang-nhap"), headers);
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        return await SendAsync(client, new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = userName, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
            }),
        }, headers);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, IEnumerable<KeyValuePair<string, string>>? headers)
    {
        foreach (var (name, value) in headers ?? []) request.Headers.TryAddWithoutValidation(name, value);
        return client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
