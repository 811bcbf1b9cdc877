using System.Net;
using System.Text.RegularExpressions;
using static ToanDan.Awards.Host.Tests.Features.Disclosure.RoundDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Disclosure;

public partial class RateLimitTests(TightLimitApp app) : IClassFixture<TightLimitApp>
{
    [Fact]
    public async Task Too_many_comments_from_one_address_are_answered_429_in_vietnamese_on_the_api_and_the_page()
    {
        var roundId = await RoundIdAsync(app, DisclosureApp.SoKet);
        var client = app.CreateClient();
        var page = await client.GetStringAsync($"/cong-khai/{roundId}");
        var token = Token().Match(page).Groups[1].Value;

        Assert.Equal(HttpStatusCode.Created, (await SendAsync(client, roundId, Feedback("Góp ý thứ nhất."))).StatusCode);
        var form = await client.PostAsync($"/cong-khai/{roundId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = "Nguyễn Văn An",
            ["Input.Contact"] = "an@example.vn",
            ["Input.Content"] = "Góp ý thứ hai, qua trang.",
        }));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Cảm ơn anh/chị đã góp ý", await form.Content.ReadAsStringAsync());

        var api = await SendAsync(client, roundId, Feedback("Góp ý thứ ba."));
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Contains("Xin đợi ít phút rồi gửi lại", (await JsonAsync(api)).GetProperty("detail").GetString());
        Assert.True(api.Headers.RetryAfter is not null);

        var refusedPage = await client.PostAsync($"/cong-khai/{roundId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Name"] = "Nguyễn Văn An", ["Input.Contact"] = "an@example.vn", ["Input.Content"] = "Góp ý thứ tư.",
        }));
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedPage.StatusCode);
        var html = await refusedPage.Content.ReadAsStringAsync();
        Assert.Contains("Gửi quá nhiều lần", html);
        Assert.Contains($"href=\"/cong-khai/{roundId}\"", html);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/cong-khai/{roundId}")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
