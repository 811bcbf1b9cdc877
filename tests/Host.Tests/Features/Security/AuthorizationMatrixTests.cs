using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Persistence;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Security;

/// <summary>
/// Every demo account against every endpoint, on the demo dossiers of its own unit and of others. Requests are
/// valid, so what refuses them is authorisation: 404 when the caller may not know the thing exists, 403 when they
/// see it but may not act. Probes that would change state are sent only by those who must be refused.
/// </summary>
public class AuthorizationMatrixTests(AuthorizationMatrixTests.DemoProvince province) : IClassFixture<AuthorizationMatrixTests.DemoProvince>
{
    public static TheoryData<string> Accounts => [.. DemoData.Accounts.Select(a => a.UserName)];

    /// <summary>
    /// Who may read each dossier, in every state, of communes and of the organisations under them: the unit's clerk
    /// (never the clerk of the commune above), the reviewers a step was routed to, administrators.
    /// </summary>
    private static readonly Dictionary<string, string[]> Readers = new()
    {
        ["draft"] = ["thidua.dongtien", "admin"],
        ["atCommune"] = ["thidua.hacthanh", "congan.hacthanh", "admin"],
        ["atPv05"] = ["thidua.dongtien", "congan.dongtien", "pv05.thanhhoa", "admin"],
        ["atCouncil"] = ["thidua.samson", "congan.samson", "pv05.thanhhoa", "hoidong.thanhhoa", "admin"],
        ["atV05"] = ["thidua.pn-hacthanh", "congan.hacthanh", "pv05.thanhhoa", "v05.bca", "admin"],
        ["returned"] = ["thidua.hoanghoa", "congan.hoanghoa", "admin"],
        ["returnedUnderCommune"] = ["thidua.thcs-dongtien", "congan.dongtien", "admin"],
        ["postponedUnderCommune"] = ["thidua.ccb-dongtien", "congan.dongtien", "pv05.thanhhoa", "admin"],
        // A round's dossier ends its review at the council and disclosure: the director signs the round's decision, not the dossier.
        ["awaitingDecisionUnderCommune"] = ["thidua.ccb-dongtien", "congan.dongtien", "pv05.thanhhoa", "hoidong.thanhhoa", "admin"],
        // The ad-hoc dossier took the simplified procedure: no council step, so the council never saw it.
        ["decided"] = ["thidua.ccb-dongtien", "congan.dongtien", "pv05.thanhhoa", "giamdoc.thanhhoa", "admin"],
        ["decidedAfterReturnUnderCommune"] = ["thidua.thcs-dongtien", "congan.dongtien", "pv05.thanhhoa", "giamdoc.thanhhoa", "admin"],
        ["refusedUnderCommune"] = ["thidua.thcs-dongtien", "congan.dongtien", "pv05.thanhhoa", "admin"],
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Dossiers_are_read_only_by_their_unit_and_those_they_were_routed_to(string user)
    {
        var client = await province.App.ClientForAsync(user);
        var list = await IdsAsync(client, "/api/nominations?pageSize=100");
        foreach (var (dossier, readers) in Readers)
        {
            var id = province.Dossier(dossier);
            var reads = readers.Contains(user);
            var expected = reads ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            var detail = await client.GetAsync($"/api/nominations/{id}");
            Assert.True(detail.StatusCode == expected, $"{user} reading {dossier}: {(int)detail.StatusCode}");
            Assert.True(list.Contains(id) == reads, $"{user} listing {dossier}");
            var found = await IdsAsync(client, $"/api/nominations?pageSize=100&search={Uri.EscapeDataString(province.SearchKey(dossier))}");
            Assert.True(found.Contains(id) == reads, $"{user} searching {dossier}");
            var file = await client.GetAsync($"/api/nominations/{id}/attachments/{province.Attachment(dossier)}");
            Assert.True(file.StatusCode == expected, $"{user} downloading a file of {dossier}: {(int)file.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task The_pages_of_a_dossier_and_of_its_steps_follow_the_same_rule(string user)
    {
        var client = await Tests.Documents.DocumentFiles.CookieClientAsync(province.App, user);
        foreach (var (dossier, readers) in Readers)
        {
            var id = province.Dossier(dossier);
            var expected = readers.Contains(user) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            var attachment = province.Attachment(dossier);
            var urls = new List<string> { $"/ho-so/{id}", $"/ho-so/{id}/tep/{attachment}" };
            if (province.IsSubmitted(dossier)) urls.Add($"/ho-so/{id}/so-do"); // a draft runs no workflow yet: no diagram
            foreach (var task in province.Tasks(dossier))
                urls.AddRange([$"/nhiem-vu/{task}", $"/nhiem-vu/{task}/so-do", $"/nhiem-vu/{task}/tep/{attachment}"]);
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == expected, $"{user} opening {url} ({dossier}): {(int)response.StatusCode}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Decisions_their_documents_and_the_look_up_show_only_the_dossiers_one_may_read(string user)
    {
        var client = await province.App.ClientForAsync(user);
        var listed = (await client.GetFromJsonAsync<JsonElement>("/api/decisions")).EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ToHashSet();
        foreach (var dossier in new[] { "decided", "decidedAfterReturnUnderCommune" })
        {
            var reads = Readers[dossier].Contains(user);
            var decision = province.DecisionOf(dossier);
            var expected = reads ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.True(listed.Contains(decision) == reads, $"{user} listing the decision of {dossier}");
            foreach (var url in new[] { $"/api/decisions/{decision}", $"/api/decisions/{decision}/document.docx" })
                Assert.True((await client.GetAsync(url)).StatusCode == expected, $"{user} reading {url} ({dossier})");
            if (!reads) // printing is slow: the printed documents are probed where they must be refused before any printing
                foreach (var url in new[] { $"/api/decisions/{decision}/document.pdf", $"/api/decisions/{decision}/certificates.pdf" })
                    Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);

            var hits = await client.PostAsJsonAsync("/api/awards/lookup", new { name = province.NomineeName(dossier) });
            Assert.Equal(HttpStatusCode.OK, hits.StatusCode);
            var decisions = (await hits.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
                .Where(h => h.GetProperty("decisionId").ValueKind == JsonValueKind.Number).Select(h => h.GetProperty("decisionId").GetInt32());
            Assert.True(decisions.Contains(decision) == reads, $"{user} looking up {province.NomineeName(dossier)} ({dossier})");
        }
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Statistics_and_their_export_count_only_the_dossiers_one_may_read(string user)
    {
        var client = await province.App.ClientForAsync(user);
        foreach (var unit in new[] { "Trường THCS Đông Tiến", "Hội Cựu chiến binh xã Đông Tiến" })
        {
            var readable = Readers.Where(r => province.UnitOf(r.Key) == unit && province.IsSubmitted(r.Key) && r.Value.Contains(user)).Count();
            var report = await client.GetFromJsonAsync<JsonElement>($"/api/statistics?unitId={province.UnitId(unit)}");
            Assert.True(report.GetProperty("total").GetProperty("dossiers").GetInt32() == readable, $"{user} counting the dossiers of {unit}");

            var everything = await client.GetFromJsonAsync<JsonElement>("/api/statistics");
            var named = everything.GetProperty("byUnit").EnumerateArray().Any(r => r.GetProperty("name").GetString() == unit);
            Assert.True(named == readable > 0, $"{user} seeing {unit} in the statistics");
            var export = await client.GetAsync("/api/statistics/export.xlsx");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.True(SpreadsheetText(await export.Content.ReadAsByteArrayAsync()).Contains(unit, StringComparison.Ordinal) == readable > 0,
                $"{user} seeing {unit} in the exported statistics");
        }
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task A_round_is_seen_by_its_office_and_by_the_signer_of_its_issuer(string user)
    {
        var client = await province.App.ClientForAsync(user);
        string[] office = ["pv05.thanhhoa", "giamdoc.thanhhoa", "admin"];
        string[] otherRoundWorkers = ["v05.bca", "vanphong.bca", "ubnd.thanhhoa"];

        var response = await client.GetAsync($"/api/rounds/{province.Round}");

        var expected = office.Contains(user) ? HttpStatusCode.OK : otherRoundWorkers.Contains(user) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
        Assert.True(response.StatusCode == expected, $"{user}: {(int)response.StatusCode}");
    }

    private static async Task<HashSet<int>> IdsAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ToHashSet();

    /// <summary>Every text of a workbook (shared strings and inline cells alike).</summary>
    private static string SpreadsheetText(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Only_the_units_clerk_may_change_a_dossier(string user)
    {
        if (user == "thidua.dongtien") return; // the owner: allowed, covered by the nominations tests
        var client = await province.App.ClientForAsync(user);
        var draft = province.Dossier("draft");
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
        var own = await InboxAsync(client);
        Assert.DoesNotContain(own, t => t.GetProperty("id").GetGuid() == taskId);
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Decisions_are_read_by_those_who_saw_the_dossier_and_revoked_only_by_an_administrator(string user)
    {
        var client = await province.App.ClientForAsync(user);
        var decision = province.Decision();
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

    /// <summary>
    /// The demo province, with handles on its dossiers: the demo's own, and those it lacks (organisations under a commune
    /// returned, returned then decided, postponed, waiting for the decision of a round).
    /// </summary>
    public sealed class DemoProvince : IAsyncLifetime
    {
        private readonly Dictionary<string, int> _ids = [];
        private readonly Dictionary<string, JsonElement> _details = [];
        private readonly Dictionary<string, int> _units = [];

        public AwardsApp App { get; } = new();

        public int Round { get; private set; }

        public async Task InitializeAsync()
        {
            var admin = await App.ClientForAsync("admin");
            var list = (await admin.GetFromJsonAsync<JsonElement>("/api/nominations?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
            int Find(string unit, string status, string? submission = null) => list
                .Single(d => d.GetProperty("unitName").GetString() == unit && d.GetProperty("status").GetString() == status
                    && (submission is null || d.GetProperty("submissionNumber").GetString() == submission)).GetProperty("id").GetInt32();
            _ids["draft"] = Find("Xã Đông Tiến", "draft");
            _ids["atCommune"] = Find("Phường Hạc Thành", "inReview");
            _ids["atPv05"] = Find("Xã Đông Tiến", "inReview");
            _ids["atCouncil"] = Find("Phường Sầm Sơn", "inReview", "14/TTr-UBND");
            _ids["atV05"] = Find("Hội Liên hiệp Phụ nữ phường Hạc Thành", "inReview");
            _ids["returned"] = Find("Xã Hoằng Hóa", "returned");
            _ids["decided"] = Find("Hội Cựu chiến binh xã Đông Tiến", "approved");
            _ids["refusedUnderCommune"] = Find("Trường THCS Đông Tiến", "refused");

            var returned = await SubmitAsync(App, GiayKhen, "TH-DONGTIEN-THCS");
            await CompleteAsync(App, "congan.dongtien", returned, "Task_CommuneReviewSimplified", "return", "Đề nghị bổ sung xác nhận thành tích.");
            _ids["returnedUnderCommune"] = returned;

            var decided = await SubmitAsync(App, GiayKhen, "TH-DONGTIEN-THCS");
            await CompleteAsync(App, "congan.dongtien", decided, "Task_CommuneReviewSimplified", "return", "Đề nghị bổ sung xác nhận thành tích.");
            await CompleteAsync(App, "thidua.thcs-dongtien", decided, "Task_UnitRevise", "resubmit", "Đã bổ sung.");
            await ToDirectorSignAsync(App, decided);
            await CompleteAsync(App, "giamdoc.thanhhoa", decided, "Task_DirectorSign");
            _ids["decidedAfterReturnUnderCommune"] = decided;

            var postponed = await SubmitAsync(App, GiayKhen, "TH-DONGTIEN-CCB");
            await CompleteAsync(App, "congan.dongtien", postponed, "Task_CommuneReviewSimplified");
            var pv05 = await App.ClientForAsync("pv05.thanhhoa");
            (await pv05.PostAsJsonAsync($"/api/tasks/{await TaskIdAsync(App, "pv05.thanhhoa", postponed, "Task_PV05ReviewSimplified")}/postpone",
                new { reason = "Đang xác minh đơn khiếu nại." })).EnsureSuccessStatusCode();
            _ids["postponedUnderCommune"] = postponed;

            var issuers = await admin.GetFromJsonAsync<JsonElement>("/api/admin/issuers");
            var police = issuers.EnumerateArray().First(i => i.GetProperty("code").GetString() == "CAT-TH").GetProperty("id").GetInt32();
            var round = await admin.PostAsJsonAsync("/api/admin/rounds", new
            {
                name = "Đợt thử phân quyền", issuerId = police, awardTypes = new[] { GiayKhen }, opensOn = "2026-11-01", closesOn = "2026-11-30",
            });
            round.EnsureSuccessStatusCode();
            Round = (await round.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            var waiting = await SubmitAsync(App, GiayKhen, "TH-DONGTIEN-CCB", roundId: Round);
            await ThroughRoundReviewAsync(App, waiting);
            _ids["awaitingDecisionUnderCommune"] = waiting;

            foreach (var (name, id) in _ids)
                _details[name] = await admin.GetFromJsonAsync<JsonElement>($"/api/nominations/{id}");
            foreach (var unit in await App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().Units.AsNoTracking().ToListAsync()))
                _units[unit.Name] = unit.Id;
            Assert.Equal("awaitingDecision", _details["awaitingDecisionUnderCommune"].GetProperty("status").GetString());
            Assert.Equal("postponed", _details["postponedUnderCommune"].GetProperty("status").GetString());
            Assert.Equal("returned", _details["returnedUnderCommune"].GetProperty("status").GetString());
        }

        public int Dossier(string name) => _ids[name];

        public string UnitOf(string name) => _details[name].GetProperty("unitName").GetString()!;

        public int UnitId(string unitName) => _units[unitName];

        public bool IsSubmitted(string name) => _details[name].GetProperty("submittedAt").ValueKind != JsonValueKind.Null;

        /// <summary>What one types to find the dossier: its unit's name, without diacritics.</summary>
        public string SearchKey(string name) => Domain.VietnameseText.Key(UnitOf(name));

        public int Attachment(string name) => _details[name].GetProperty("attachments")[0].GetProperty("id").GetInt32();

        public IEnumerable<Guid> Tasks(string name) => _details[name].GetProperty("openSteps").EnumerateArray().Select(s => s.GetProperty("id").GetGuid());

        public string NomineeName(string name) => _details[name].GetProperty("nominees").EnumerateArray().Last().GetProperty("name").GetString()!;

        public int DecisionOf(string name) => App.WithScopeAsync(services => services.GetRequiredService<AwardsDbContext>().DecisionAwardees
            .Where(a => a.NominationId == _ids[name]).Select(a => a.DecisionId).FirstAsync()).GetAwaiter().GetResult();

        public async Task<Guid> CommuneTaskAsync()
        {
            var client = await App.ClientForAsync("congan.hacthanh");
            var tasks = await InboxAsync(client);
            var dossier = _ids["atCommune"];
            return tasks.Single(t => t.GetProperty("nominationId").GetInt32() == dossier).GetProperty("id").GetGuid();
        }

        public int Decision() => DecisionOf("decided");

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }
}
