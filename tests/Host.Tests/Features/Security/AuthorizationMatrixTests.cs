using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Demo;

namespace ToanDan.Awards.Host.Tests.Features.Security;

/// <summary>
/// Every demo account against every endpoint, on the demo dossiers of its own unit and of others. Requests are
/// valid, so what refuses them is authorisation: 404 when the caller may not know the thing exists, 403 when they
/// see it but may not act. Probes that would change state are sent only by those who must be refused.
/// </summary>
public class AuthorizationMatrixTests(AuthorizationMatrixTests.DemoProvince province) : IClassFixture<AuthorizationMatrixTests.DemoProvince>
{
    public static TheoryData<string> Accounts => [.. DemoData.Accounts.Select(a => a.UserName)];

    /// <summary>Who may read each demo dossier, by the unit's clerk and the steps routed so far.</summary>
    private static readonly Dictionary<string, string[]> Readers = new()
    {
        ["draft"] = ["thidua.dongtien", "admin"],
        ["atCommune"] = ["thidua.hacthanh", "congan.hacthanh", "admin"],
        // The ad-hoc dossier took the simplified procedure: no council step, so the council never saw it.
        ["decided"] = ["thidua.ccb-dongtien", "congan.dongtien", "pv05.thanhhoa", "giamdoc.thanhhoa", "admin"],
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Dossiers_are_read_only_by_their_unit_and_those_they_were_routed_to(string user)
    {
        var client = await province.App.ClientForAsync(user);
        foreach (var (dossier, readers) in Readers)
        {
            var response = await client.GetAsync($"/api/nominations/{await province.DossierAsync(dossier)}");
            Assert.True(readers.Contains(user) ? response.StatusCode == HttpStatusCode.OK : response.StatusCode == HttpStatusCode.NotFound,
                $"{user} reading {dossier}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Only_the_units_clerk_may_change_a_dossier(string user)
    {
        if (user == "thidua.dongtien") return; // the owner: allowed, covered by the nominations tests
        var client = await province.App.ClientForAsync(user);
        var draft = await province.DossierAsync("draft");
        var expected = Readers["draft"].Contains(user) ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;

        var probes = new Func<Task<HttpResponseMessage>>[]
        {
            () => client.PutAsJsonAsync($"/api/nominations/{draft}", ValidDossier()),
            () => client.PostAsync($"/api/nominations/{draft}/submit", null),
            () => client.PostAsJsonAsync($"/api/nominations/{draft}/withdraw", new { reason = "thử quyền" }),
            () => client.PostAsync($"/api/nominations/{draft}/attachments", PdfUpload()),
        };
        foreach (var probe in probes)
        {
            var response = await probe();
            Assert.True(response.StatusCode == expected, $"{user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Only_holders_of_the_role_in_the_routed_unit_may_complete_a_step(string user)
    {
        if (user == "congan.hacthanh") return; // the one it is routed to
        var client = await province.App.ClientForAsync(user);
        var taskId = await province.CommuneTaskAsync();
        var expected = Readers["atCommune"].Contains(user) ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;

        var response = await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "approve", comment = "thử quyền" });

        Assert.True(response.StatusCode == expected, $"{user}: {(int)response.StatusCode}");
        var own = await client.GetFromJsonAsync<JsonElement>("/api/tasks");
        Assert.DoesNotContain(own.EnumerateArray(), t => t.GetProperty("id").GetGuid() == taskId);
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Decisions_are_read_by_those_who_saw_the_dossier_and_revoked_only_by_an_administrator(string user)
    {
        var client = await province.App.ClientForAsync(user);
        var decision = await province.DecisionAsync();
        var reads = Readers["decided"].Contains(user);

        Assert.Equal(reads ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync($"/api/decisions/{decision}")).StatusCode);
        if (user == "admin") return;
        var revoke = await client.PostAsJsonAsync($"/api/decisions/{decision}/revoke", new { reason = "thử quyền" });
        Assert.True(revoke.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{user}: {(int)revoke.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Workflows_are_managed_by_administrators_only(string user)
    {
        var client = await province.App.ClientForAsync(user);
        var expected = user == "admin" ? HttpStatusCode.OK : HttpStatusCode.Forbidden;

        Assert.Equal(expected, (await client.GetAsync("/api/workflows")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync("/api/workflows/giay-khen-cat/versions/1")).StatusCode);
        if (user == "admin") return;
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/workflows/giay-khen-cat/versions/1/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/workflows/giay-khen-cat/versions",
            new StringContent("<definitions/>", System.Text.Encoding.UTF8, "application/xml"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync("/api/workflows/giay-khen-cat/versions/1")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Only_unit_clerks_may_open_a_dossier(string user)
    {
        if (user.StartsWith("thidua.", StringComparison.Ordinal)) return; // clerks: allowed, covered by the nominations tests
        var client = await province.App.ClientForAsync(user);

        var response = await client.PostAsJsonAsync("/api/nominations", ValidDossier());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_every_endpoint_answers_401()
    {
        var client = province.App.CreateClient();
        foreach (var url in new[] { "/api/nominations", "/api/nominations/1", "/api/tasks", "/api/decisions", "/api/decisions/1", "/api/workflows", "/api/award-types" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(url)).StatusCode);
    }

    private static object ValidDossier() => new
    {
        awardTypeCode = "GK-GDCAT",
        submissionNumber = "99/TTr-THU",
        nominees = new[] { new { kind = "individual", name = "Người Thử Quyền", achievements = "Thử phân quyền.", dateOfBirth = "1980-01-01", sex = "male" } },
    };

    private static MultipartFormDataContent PdfUpload()
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray());
        file.Headers.ContentType = new("application/pdf");
        content.Add(file, "file", "thu-quyen.pdf");
        content.Add(new StringContent("other"), "kind");
        return content;
    }

    /// <summary>The demo province, with handles on its demo dossiers.</summary>
    public sealed class DemoProvince : IAsyncLifetime
    {
        private JsonElement[] _dossiers = [];

        public AwardsApp App { get; } = new();

        public async Task InitializeAsync()
        {
            var admin = await App.ClientForAsync("admin");
            var list = await admin.GetFromJsonAsync<JsonElement>("/api/nominations?pageSize=100");
            _dossiers = [.. list.GetProperty("items").EnumerateArray()];
        }

        public Task<int> DossierAsync(string name) => Task.FromResult(name switch
        {
            "draft" => Find("Xã Đông Tiến", "draft"),
            "atCommune" => Find("Phường Hạc Thành", "inReview"),
            "decided" => Find("Hội Cựu chiến binh xã Đông Tiến", "approved"),
            _ => throw new ArgumentException(name),
        });

        public async Task<Guid> CommuneTaskAsync()
        {
            var client = await App.ClientForAsync("congan.hacthanh");
            var tasks = await client.GetFromJsonAsync<JsonElement>("/api/tasks");
            var dossier = Find("Phường Hạc Thành", "inReview");
            return tasks.EnumerateArray().Single(t => t.GetProperty("nominationId").GetInt32() == dossier).GetProperty("id").GetGuid();
        }

        public async Task<int> DecisionAsync()
        {
            var admin = await App.ClientForAsync("admin");
            var decisions = await admin.GetFromJsonAsync<JsonElement>("/api/decisions");
            return decisions.EnumerateArray().First().GetProperty("id").GetInt32();
        }

        private int Find(string unit, string status) => _dossiers
            .Single(d => d.GetProperty("unitName").GetString() == unit && d.GetProperty("status").GetString() == status)
            .GetProperty("id").GetInt32();

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }
}
