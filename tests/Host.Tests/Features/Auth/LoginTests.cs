using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Demo;

namespace ToanDan.Awards.Host.Tests.Features.Auth;

public class LoginTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_demo_account_gets_a_token_that_opens_the_api()
    {
        var client = await app.ClientForAsync("thidua.dongtien");

        var response = await client.GetAsync("/api/award-types");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var types = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("name").GetString() == "Giấy khen của Giám đốc Công an tỉnh");
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401()
    {
        var response = await app.CreateClient().GetAsync("/api/award-types");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_vietnamese()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "pv05.thanhhoa", password = "sai-mat-khau" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_out()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/login", new { userName = "thidua.samson", password = "sai" });

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "thidua.samson", password = DemoData.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("tạm bị khóa", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Missing_fields_get_a_validation_problem()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "", password = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Hãy nhập tên đăng nhập.", problem.GetProperty("errors").GetProperty("userName")[0].GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/auth/login", out _));
        Assert.True(paths.GetProperty("/api/workflows").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/admin/award-types/{id}/certificate-layout").GetProperty("put").TryGetProperty("requestBody", out _));
        Assert.True(paths.GetProperty("/api/decisions/{id}/signed-copy").GetProperty("post").TryGetProperty("requestBody", out _));
        Assert.True(paths.GetProperty("/api/decisions/{id}/signed-copy").TryGetProperty("get", out _));
    }
}

public class BadRequestTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Unreadable_json_gets_a_vietnamese_problem()
    {
        var client = await app.ClientForAsync("thidua.dongtien");

        var response = await client.PostAsync("/api/nominations",
            new StringContent("{ \"awardTypeCode\": \"GK-GDCAT\", \"nominees\": [ { \"dateOfBirth\": \"không phải ngày\" } ] }", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Yêu cầu không đọc được: hãy kiểm tra dữ liệu gửi lên.", problem.GetProperty("detail").GetString());
    }
}
