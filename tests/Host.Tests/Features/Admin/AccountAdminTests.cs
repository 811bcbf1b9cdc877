using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Tests.Features.Nominations;
using static ToanDan.Awards.Host.Tests.Features.Admin.AdminApi;

namespace ToanDan.Awards.Host.Tests.Features.Admin;

public class AccountAdminTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private async Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password });

    private async Task<HttpClient> ClientWithAsync(string userName, string password)
    {
        var token = (await ReadAsync(await LoginAsync(userName, password), HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> CreateAsync(string userName, string unitCode, params string[] roles)
    {
        var admin = await app.ClientForAsync("admin");
        var created = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/accounts", new
        {
            userName, fullName = "Đỗ Văn Cường", email = $"{userName}@samson.gov.vn", unitId = await UnitIdAsync(app, unitCode), roles,
            initialPassword = "Khoi@2026",
        }), HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_new_account_can_log_in_and_act_with_its_roles()
    {
        await CreateAsync("thidua2.samson", "TH-SAMSON", "unit-clerk");

        var client = await ClientWithAsync("thidua2.samson", "Khoi@2026");
        var dossier = await Dossiers.CreateAsync(client, Dossiers.GiayKhen, Dossiers.Individual());

        Assert.Equal("Phường Sầm Sơn", (await Dossiers.GetAsync(client, dossier)).GetProperty("unitName").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/units")).StatusCode);
    }

    [Fact]
    public async Task The_initial_password_is_not_written_to_the_audit_trail()
    {
        var id = await CreateAsync("thidua3.samson", "TH-SAMSON", "unit-clerk");

        var admin = await app.ClientForAsync("admin");
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit?action=CreateAccount");

        var line = audit.GetProperty("entries").GetProperty("items").EnumerateArray().First(e => e.GetProperty("entityId").GetString() == id);
        Assert.Contains("thidua3.samson", line.GetProperty("details").GetString());
        Assert.DoesNotContain("Khoi@2026", line.GetProperty("details").GetString());
    }

    [Fact]
    public async Task A_locked_account_cannot_log_in_until_unlocked_and_a_reset_password_works()
    {
        var id = await CreateAsync("congan2.samson", "TH-SAMSON", "commune-police");
        var admin = await app.ClientForAsync("admin");

        await ReadAsync(await admin.PostAsync($"/api/admin/accounts/{id}/lock", null), HttpStatusCode.NoContent);
        var locked = await LoginAsync("congan2.samson", "Khoi@2026");
        await ReadAsync(await admin.PostAsync($"/api/admin/accounts/{id}/unlock", null), HttpStatusCode.NoContent);
        await ReadAsync(await admin.PostAsJsonAsync($"/api/admin/accounts/{id}/reset-password", new { newPassword = "Moi@20261" }), HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync("congan2.samson", "Khoi@2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync("congan2.samson", "Moi@20261")).StatusCode);
    }

    [Fact]
    public async Task Locking_an_account_stops_its_token_at_once_and_unlocking_does_not_revive_it()
    {
        var id = await CreateAsync("congan3.samson", "TH-SAMSON", "commune-police");
        var client = await ClientWithAsync("congan3.samson", "Khoi@2026");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks")).StatusCode);
        var admin = await app.ClientForAsync("admin");

        await ReadAsync(await admin.PostAsync($"/api/admin/accounts/{id}/lock", null), HttpStatusCode.NoContent);
        var whileLocked = await client.GetAsync("/api/tasks");
        await ReadAsync(await admin.PostAsync($"/api/admin/accounts/{id}/unlock", null), HttpStatusCode.NoContent);
        var afterUnlock = await client.GetAsync("/api/tasks");

        Assert.Equal(HttpStatusCode.Unauthorized, whileLocked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterUnlock.StatusCode);
        var fresh = await ClientWithAsync("congan3.samson", "Khoi@2026");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task Editing_moves_an_account_and_changes_its_roles()
    {
        var id = await CreateAsync("canbo.samson", "TH-SAMSON", "unit-clerk");
        var admin = await app.ClientForAsync("admin");

        await ReadAsync(await admin.PutAsJsonAsync($"/api/admin/accounts/{id}", new
        {
            fullName = "Đỗ Văn Cường", email = "", unitId = await UnitIdAsync(app, "TH-HACTHANH"), roles = new[] { "commune-police" },
        }), HttpStatusCode.NoContent);

        var account = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/accounts/{id}");
        Assert.Equal("Phường Hạc Thành", account.GetProperty("unitName").GetString());
        Assert.Equal(["commune-police"], account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_search_finds_a_person_typed_without_diacritics()
    {
        var admin = await app.ClientForAsync("admin");

        var found = await admin.GetFromJsonAsync<JsonElement>("/api/admin/accounts?search=nguyen%20thi%20mai");

        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal("thidua.dongtien", item.GetProperty("userName").GetString());
        Assert.Equal(["unit-clerk"], item.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task An_edited_name_or_email_is_what_the_search_finds()
    {
        var admin = await app.ClientForAsync("admin");
        var unit = await UnitIdAsync(app, "TH-DONGTIEN");
        var created = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/accounts", new
        {
            userName = "tim.kiem", fullName = "Trần Văn Bảo", email = "bao@dongtien.example.vn", unitId = unit, roles = new[] { "unit-clerk" },
            initialPassword = "Tam-thoi-2026!",
        }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();

        await ReadAsync(await admin.PutAsJsonAsync($"/api/admin/accounts/{id}", new
        {
            fullName = "Đặng Thị Hường", email = "huong@dongtien.example.vn", unitId = unit, roles = new[] { "unit-clerk" },
        }), HttpStatusCode.NoContent);

        async Task<List<string?>> FoundAsync(string search) =>
            [.. (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/accounts?search={Uri.EscapeDataString(search)}")).GetProperty("items")
                .EnumerateArray().Select(u => u.GetProperty("userName").GetString())];
        Assert.Equal(["tim.kiem"], await FoundAsync("dang thi huong"));
        Assert.Equal(["tim.kiem"], await FoundAsync("huong@dongtien"));
        Assert.Equal(["tim.kiem"], await FoundAsync("TIM.KIEM"));
        Assert.Empty(await FoundAsync("tran van bao"));
    }

    [Fact]
    public async Task A_weak_password_and_a_taken_user_name_are_refused_next_to_their_fields()
    {
        var admin = await app.ClientForAsync("admin");

        var problem = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/accounts", new
        {
            userName = "admin", fullName = "X", unitId = await UnitIdAsync(app, "TH"), roles = new[] { "admin" }, initialPassword = "ngan",
        }), HttpStatusCode.BadRequest);

        Assert.Equal("Tên đăng nhập này đã có người dùng.", problem.GetProperty("errors").GetProperty("userName")[0].GetString());
        Assert.Equal("Mật khẩu phải có ít nhất 8 ký tự.", problem.GetProperty("errors").GetProperty("initialPassword")[0].GetString());
    }
}
