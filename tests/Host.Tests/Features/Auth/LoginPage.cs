using System.Text.RegularExpressions;

namespace ToanDan.Awards.Host.Tests.Features.Auth;

/// <summary>The login form as a browser posts it: the page first (its antiforgery token and cookie), then the form.</summary>
internal static partial class LoginPage
{
    /// <param name="headers">Sent with both requests (e.g. a reverse proxy's); with them, the page's cookies are carried by
    /// hand, since a client without cookie handling must be used: a Secure cookie over a proxied plain-HTTP hop would not be.</param>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var form = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/dang-nhap"), headers);
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = userName, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
            }),
        };
        if (headers is not null && form.Headers.TryGetValues("Set-Cookie", out var cookies))
            post.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        return await SendAsync(client, post, headers);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, IEnumerable<KeyValuePair<string, string>>? headers)
    {
        foreach (var (name, value) in headers ?? []) request.Headers.TryAddWithoutValidation(name, value);
        return client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
