using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;

namespace ToanDan.Awards.Host.Tests.Pages;

/// <summary>The administrator's page of issuers, posted as a browser posts its form.</summary>
public class IssuerPageTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task An_administrator_adds_a_deputy_on_the_page_and_an_empty_place_is_refused_in_vietnamese()
    {
        var api = await app.ClientForAsync("admin");
        var police = (await api.GetFromJsonAsync<JsonElement>("/api/admin/issuers")).EnumerateArray()
            .Single(i => i.GetProperty("code").GetString() == "CAT-TH");
        var id = police.GetProperty("id").GetInt32();
        var admin = await CookieClientAsync(app, "admin");

        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/quan-tri/co-quan-ban-hanh"));
        Assert.Contains("Công an tỉnh Thanh Hóa", list);
        Assert.Contains("02/QĐ-CAT", list);
        Assert.Contains("/quan-tri/co-quan-ban-hanh", await admin.GetStringAsync("/quan-tri"));

        var path = $"/quan-tri/co-quan-ban-hanh?sua={id}";
        var form = WebUtility.HtmlDecode(await admin.GetStringAsync(path));
        Assert.Contains("Đại tá Lê Quang Minh", form);
        var fields = Fields(police.GetProperty("text"));
        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(admin, path);
        fields["Input.Text.Deputies"] = "Đại tá Lê Quang Minh\r\nThượng tá Nguyễn Thị Hồng Vân\r\nĐại tá Trịnh Công Thành";

        var saved = await admin.PostAsync(path, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = (await api.GetFromJsonAsync<JsonElement>("/api/admin/issuers")).EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id);
        Assert.Equal("Đại tá Lê Quang Minh\nThượng tá Nguyễn Thị Hồng Vân\nĐại tá Trịnh Công Thành", after.GetProperty("text").GetProperty("deputies").GetString());

        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(admin, path);
        fields["Input.Text.Place"] = " ";
        var refused = await admin.PostAsync(path, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Địa danh ghi trên văn bản không được để trống.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var unchanged = (await api.GetFromJsonAsync<JsonElement>("/api/admin/issuers")).EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id);
        Assert.Equal("Thanh Hóa", unchanged.GetProperty("text").GetProperty("place").GetString());

        var clerk = await CookieClientAsync(app, "thidua.dongtien");
        Assert.Contains("/khong-co-quyen", (await clerk.GetAsync("/quan-tri/co-quan-ban-hanh")).Headers.Location?.ToString() ?? "");
    }

    private static Dictionary<string, string> Fields(JsonElement text)
    {
        var fields = new Dictionary<string, string>();
        foreach (var p in text.EnumerateObject())
            fields[$"Input.Text.{char.ToUpperInvariant(p.Name[0])}{p.Name[1..]}"] = p.Value.GetString() ?? "";
        return fields;
    }
}
