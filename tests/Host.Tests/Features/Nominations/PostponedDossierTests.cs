using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

/// <summary>Postponed (tạm hoãn) shows as its own state on the dossier list and the dossier page, with its reason.</summary>
public class PostponedDossierTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_nominee_postponed_at_pv05_shows_as_postponed_with_the_reason_on_the_page_and_in_the_list()
    {
        var id = await SubmitAsync(app, GiayKhen, "TH-SAMSON");
        var hoa = (await NominationAsync(app, id)).Nominees.Single(n => n.Name == "Lê Thị Hoa");
        await CompleteAsync(app, "congan.samson", id, "Task_CommuneReviewSimplified");
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified",
            nominees: [new { nomineeId = hoa.Id, keep = true, reason = "Đang xác minh đơn phản ánh.", @do = "postpone" }]);
        var clerk = await Tests.Documents.DocumentFiles.CookieClientAsync(app, "thidua.samson");

        var page = await clerk.GetStringAsync($"/ho-so/{id}");
        var list = await clerk.GetStringAsync("/ho-so");
        var item = (await (await app.ClientForAsync("thidua.samson")).GetFromJsonAsync<JsonElement>("/api/nominations"))
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id);

        var row = Row(page, "Lê Thị Hoa");
        Assert.Contains("data-standing=\"postponed\"", row);
        Assert.Contains("<span class=\"badge postponed\">Tạm hoãn</span>", row);
        Assert.Contains("Lý do: Đang xác minh đơn phản ánh.", row);
        Assert.DoesNotContain("Không đề nghị", row);
        Assert.Contains("1 tạm hoãn", page);
        Assert.DoesNotContain("data-standing=\"postponed\"", Row(page, "Nguyễn Văn Hùng"));
        Assert.Equal(3, item.GetProperty("nomineeCount").GetInt32());
        Assert.Equal(1, item.GetProperty("postponedCount").GetInt32());
        Assert.Contains("<span class=\"badge postponed\">1 tạm hoãn</span>", Row(list, $"Hồ sơ số {id}<"));
    }

    [Fact]
    public async Task A_whole_dossier_postponed_says_so_on_top_and_is_postponed_not_refused_in_the_list()
    {
        var id = await SubmitAsync(app, GiayKhen, "TH-HOANGHOA");
        await CompleteAsync(app, "congan.hoanghoa", id, "Task_CommuneReviewSimplified");
        var pv05 = await app.ClientForAsync("pv05.thanhhoa");
        var postponed = await pv05.PostAsJsonAsync($"/api/tasks/{await TaskIdAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified")}/postpone",
            new { reason = "Đơn vị đang được thanh tra." });
        Assert.Equal(HttpStatusCode.OK, postponed.StatusCode);
        var clerk = await Tests.Documents.DocumentFiles.CookieClientAsync(app, "thidua.hoanghoa");

        var page = await clerk.GetStringAsync($"/ho-so/{id}");
        var list = await clerk.GetStringAsync("/ho-so?trangThai=postponed");

        Assert.Contains("Hồ sơ tạm hoãn xét:</strong> Đơn vị đang được thanh tra.", page);
        Assert.Contains("<span class=\"badge postponed\">Tạm hoãn</span></h1>", page);
        Assert.Equal(3, page.Split("data-standing=\"postponed\"").Length - 1);
        Assert.DoesNotContain("Không được khen thưởng", page);
        Assert.Contains("<span class=\"badge postponed\">Tạm hoãn</span>", Row(list, $"Hồ sơ số {id}<"));
    }

    /// <summary>The table row of the page that holds <paramref name="text"/>.</summary>
    private static string Row(string html, string text)
    {
        var at = html.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not on the page.");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        return html[start..end];
    }
}
