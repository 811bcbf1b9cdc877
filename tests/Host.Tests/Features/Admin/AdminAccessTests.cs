using System.Net;
using System.Net.Http.Json;

namespace ToanDan.Awards.Host.Tests.Features.Admin;

public class AdminAccessTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/admin/units" },
        { "GET", "/api/admin/units/1" },
        { "POST", "/api/admin/units" },
        { "POST", "/api/admin/units/1/rename" },
        { "POST", "/api/admin/units/1/retire" },
        { "DELETE", "/api/admin/units/1" },
        { "GET", "/api/admin/accounts" },
        { "GET", "/api/admin/accounts/x" },
        { "POST", "/api/admin/accounts" },
        { "PUT", "/api/admin/accounts/x" },
        { "POST", "/api/admin/accounts/x/lock" },
        { "POST", "/api/admin/accounts/x/unlock" },
        { "POST", "/api/admin/accounts/x/reset-password" },
        { "GET", "/api/admin/award-types" },
        { "PUT", "/api/admin/award-types/1" },
        { "GET", "/api/admin/rounds" },
        { "POST", "/api/admin/rounds" },
        { "PUT", "/api/admin/rounds/1" },
        { "GET", "/api/admin/holidays?year=2026" },
        { "POST", "/api/admin/holidays" },
        { "DELETE", "/api/admin/holidays/1" },
        { "GET", "/api/admin/audit" },
        { "POST", "/api/admin/decisions/1/revoke" },
        { "GET", "/api/admin/certificate-layout" },
        { "PUT", "/api/admin/certificate-layout" },
        { "DELETE", "/api/admin/certificate-layout" },
        { "GET", "/api/admin/award-types/1/certificate-layout" },
        { "PUT", "/api/admin/award-types/1/certificate-layout" },
        { "DELETE", "/api/admin/award-types/1/certificate-layout" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_admin_endpoint_refuses_anyone_but_an_administrator(string method, string path)
    {
        foreach (var user in new[] { "thidua.dongtien", "pv05.thanhhoa", "giamdoc.thanhhoa" })
        {
            var client = await app.ClientForAsync(user);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method != "GET" && method != "DELETE") request.Content = JsonContent.Create(new { name = "x" });

            var response = await client.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user} {method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Without_a_token_the_admin_api_asks_to_log_in()
    {
        var response = await app.CreateClient().GetAsync("/api/admin/units");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_administrator_reaches_the_admin_api()
    {
        var admin = await app.ClientForAsync("admin");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/units")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/audit")).StatusCode);
    }
}
