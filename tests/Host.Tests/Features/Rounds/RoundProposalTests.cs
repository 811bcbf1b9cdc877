using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;
using static ToanDan.Awards.Host.Tests.TestRounds;

namespace ToanDan.Awards.Host.Tests.Features.Rounds;

/// <summary>Who gets a round's upward proposal, and which rounds have one: through the API and the round page.</summary>
public class RoundProposalTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private static readonly string[] Papers = ["proposal.docx", "proposal.pdf", "medal-list.docx", "medal-list.pdf"];

    [Fact]
    public async Task Only_the_round_office_the_deciders_side_and_administrators_get_the_proposal()
    {
        var round = await ProposalRounds.BangKhenAsync(app);

        foreach (var user in new[] { "pv05.thanhhoa", "giamdoc.thanhhoa", "ubnd.thanhhoa", "admin" })
        {
            var response = await (await app.ClientForAsync(user)).GetAsync($"/api/rounds/{round.RoundId}/proposal.docx");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        foreach (var user in new[] { "thidua.dongtien", "congan.hacthanh", "hoidong.thanhhoa" })
            foreach (var paper in Papers)
            {
                var refused = await (await app.ClientForAsync(user)).GetAsync($"/api/rounds/{round.RoundId}/{paper}");
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
                var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal("Không có quyền", problem.GetProperty("title").GetString());
                Assert.Contains("Chỉ Phòng PV05, lãnh đạo và cơ quan có thẩm quyền quyết định mới xem được đợt khen thưởng", problem.GetProperty("detail").GetString());
            }
        var missing = await (await app.ClientForAsync("pv05.thanhhoa")).GetAsync("/api/rounds/987654/proposal.docx");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Không tìm thấy đợt khen thưởng số 987654", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_giay_khen_round_has_no_upward_proposal_and_says_why()
    {
        var round = await OpenRoundIdAsync(app, GiayKhen);
        var pv05 = await app.ClientForAsync("pv05.thanhhoa");

        foreach (var paper in Papers)
        {
            var refused = await pv05.GetAsync($"/api/rounds/{round}/{paper}");
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Không thực hiện được", problem.GetProperty("title").GetString());
            Assert.Equal("not-applicable", problem.GetProperty("code").GetString());
            Assert.Contains("do Giám đốc Công an tỉnh Thanh Hóa quyết định khen thưởng: không có tờ trình đề nghị lên cấp trên", problem.GetProperty("detail").GetString());
        }
        var detail = await pv05.GetFromJsonAsync<JsonElement>($"/api/rounds/{round}");
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("proposal").ValueKind);
    }

    [Fact]
    public async Task A_round_not_consolidated_yet_has_no_proposal_and_a_bang_khen_round_no_brief_list()
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var fresh = await CreateRoundAsync(app, "Bằng khen chưa tổng hợp", today, today.AddDays(10), "UBND-TH", BangKhen);
        var pv05 = await app.ClientForAsync("pv05.thanhhoa");

        var early = await pv05.GetAsync($"/api/rounds/{fresh}/proposal.pdf");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("chưa có dự thảo quyết định: tờ trình đề nghị lập từ danh sách đã tổng hợp", await early.Content.ReadAsStringAsync());
        var waiting = (await pv05.GetFromJsonAsync<JsonElement>($"/api/rounds/{fresh}")).GetProperty("proposal");
        Assert.Equal("Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa", waiting.GetProperty("addressee").GetString());
        Assert.Contains("chưa có dự thảo quyết định", waiting.GetProperty("notYet").GetString());

        var round = await ProposalRounds.BangKhenAsync(app);
        pv05 = await app.ClientForAsync("pv05.thanhhoa");
        var noList = await pv05.GetAsync($"/api/rounds/{round.RoundId}/medal-list.docx");
        Assert.Equal(HttpStatusCode.Conflict, noList.StatusCode);
        Assert.Contains("Bằng khen của Chủ tịch UBND tỉnh không cần danh sách trích ngang", await noList.Content.ReadAsStringAsync());
        var ready = (await pv05.GetFromJsonAsync<JsonElement>($"/api/rounds/{round.RoundId}")).GetProperty("proposal");
        Assert.Equal(JsonValueKind.Null, ready.GetProperty("notYet").ValueKind);
        Assert.False(ready.GetProperty("briefList").GetBoolean());
        Assert.Equal("Đại tá Hoàng Văn Nam", ready.GetProperty("signer").GetString());
    }

    [Fact]
    public async Task The_round_page_links_the_proposal_and_the_medal_brief_list_downloaded_with_the_cookie()
    {
        var bangKhen = await ProposalRounds.BangKhenAsync(app);
        var medal = await ProposalRounds.MedalAsync(app);
        var pv05 = await CookieClientAsync(app, "pv05.thanhhoa");

        var page = await pv05.GetStringAsync($"/dot-khen-thuong/{bangKhen.RoundId}");
        Assert.Contains("Tờ trình đề nghị lên cấp trên", page);
        Assert.Contains("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa.", page);
        Assert.Contains($"formaction=\"/dot-khen-thuong/{bangKhen.RoundId}/to-trinh.docx\">Tải tờ trình (Word)</button>", page);
        Assert.Contains($"formaction=\"/dot-khen-thuong/{bangKhen.RoundId}/to-trinh.pdf\">Tải tờ trình (PDF)</button>", page);
        Assert.Contains("<option value=\"Đại tá Lê Quang Minh\">Đại tá Lê Quang Minh (ký thay, KT.)</option>", page);
        Assert.DoesNotContain("Danh sách trích ngang", page);

        var medalPage = await pv05.GetStringAsync($"/dot-khen-thuong/{medal.RoundId}");
        Assert.Contains("Kính gửi: Bộ trưởng Bộ Công an (qua Cục V05).", medalPage);
        Assert.Contains($"formaction=\"/dot-khen-thuong/{medal.RoundId}/danh-sach-trich-ngang.docx\">Danh sách trích ngang (Word)</button>", medalPage);
        Assert.Contains($"formaction=\"/dot-khen-thuong/{medal.RoundId}/danh-sach-trich-ngang.pdf\">Danh sách trích ngang (PDF)</button>", medalPage);

        var giayKhen = await pv05.GetStringAsync($"/dot-khen-thuong/{await OpenRoundIdAsync(app, GiayKhen)}");
        Assert.DoesNotContain("Tờ trình đề nghị lên cấp trên", giayKhen);

        // The form sends the chosen signer as kyThay; the director's own name when none is chosen.
        var deputy = await pv05.GetAsync($"/dot-khen-thuong/{bangKhen.RoundId}/to-trinh.docx?kyThay={Uri.EscapeDataString("Đại tá Lê Quang Minh")}");
        Assert.Equal(HttpStatusCode.OK, deputy.StatusCode);
        Assert.Contains("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐại tá Lê Quang Minh", DocxText(await deputy.Content.ReadAsByteArrayAsync()));
        var brief = await pv05.GetAsync($"/dot-khen-thuong/{medal.RoundId}/danh-sach-trich-ngang.docx?kyThay=");
        Assert.Equal(HttpStatusCode.OK, brief.StatusCode);
        Assert.Equal($"danh-sach-trich-ngang-dot-{medal.RoundId}.docx", brief.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Contains("\nGIÁM ĐỐC\n\nĐại tá Hoàng Văn Nam", DocxText(await brief.Content.ReadAsByteArrayAsync()));

        var clerk = await CookieClientAsync(app, "thidua.dongtien");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/dot-khen-thuong/{bangKhen.RoundId}/to-trinh.docx")).StatusCode);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var toLogin = await anonymous.GetAsync($"/dot-khen-thuong/{bangKhen.RoundId}/to-trinh.pdf");
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Contains("/dang-nhap", toLogin.Headers.Location!.ToString());
        // A cookie never authorises the API.
        Assert.Equal(HttpStatusCode.Unauthorized, (await pv05.GetAsync($"/api/rounds/{bangKhen.RoundId}/proposal.docx")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_proposal_files()
    {
        var paths = (await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var paper in Papers)
        {
            var get = paths.GetProperty($"/api/rounds/{{id}}/{paper}").GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()));
            Assert.Contains("deputy", get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
            Assert.True(get.GetProperty("responses").TryGetProperty("409", out _));
            Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("content")
                .TryGetProperty(paper.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", out _));
        }
    }
}
