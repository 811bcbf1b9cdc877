using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ToanDan.Awards.Host.Tests.Features.Me;

public class MeApiTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task An_account_sees_its_unit_roles_and_mail_preference()
    {
        var client = await app.ClientForAsync("thidua.dongtien");

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal("thidua.dongtien", me.GetProperty("userName").GetString());
        Assert.Equal("Nguyễn Thị Mai (cán bộ thi đua xã Đông Tiến)", me.GetProperty("fullName").GetString());
        Assert.Equal("Xã Đông Tiến", me.GetProperty("unitName").GetString());
        Assert.Equal(["unit-clerk"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList());
        Assert.True(me.GetProperty("receivesReminders").GetBoolean());
    }

    [Fact]
    public async Task A_person_can_turn_reminders_off_and_on_again()
    {
        var client = await app.ClientForAsync("congan.samson");

        var off = await client.PutAsJsonAsync("/api/me/preferences", new { receivesReminders = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False((await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("receivesReminders").GetBoolean());

        await client.PutAsJsonAsync("/api/me/preferences", new { receivesReminders = true });
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("receivesReminders").GetBoolean());
    }

    [Fact]
    public async Task A_preference_must_be_stated()
    {
        var client = await app.ClientForAsync("congan.hacthanh");

        var response = await client.PutAsJsonAsync("/api/me/preferences", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Hãy cho biết anh/chị có muốn nhận thư nhắc hạn hay không.",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("receivesReminders")[0].GetString());
    }
}
