using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public class NominationSearchTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_name_typed_without_diacritics_finds_the_nominee()
    {
        var clerk = await app.ClientForAsync("thidua.hacthanh");
        var id = await CreateAsync(clerk, GiayKhen, Individual("Đỗ Thị Ngọc Ánh"), Collective("Tổ tự quản khu phố Ba Đình"));
        await CreateAsync(clerk, GiayKhen, Individual("Lê Văn Tám"));

        Assert.Equal([id], await SearchAsync(clerk, "do thi ngoc anh"));
        Assert.Equal([id], await SearchAsync(clerk, "  BA   ĐÌNH "));
    }

    [Fact]
    public async Task A_unit_name_without_diacritics_finds_its_dossiers_and_only_those_the_caller_may_see()
    {
        var own = await CreateAsync(await app.ClientForAsync("thidua.dongtien"), GiayKhen, Individual("Bùi Văn Sơn"));
        var hidden = await CreateAsync(await app.ClientForAsync("thidua.hacthanh"), GiayKhen, Individual("Bùi Văn Sơn"));

        var found = await SearchAsync(await app.ClientForAsync("thidua.dongtien"), "xa dong tien");

        Assert.Contains(own, found);
        Assert.DoesNotContain(hidden, found);
        Assert.DoesNotContain(hidden, await SearchAsync(await app.ClientForAsync("thidua.dongtien"), "bui van son"));
    }

    private static async Task<int[]> SearchAsync(HttpClient client, string search)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/nominations?pageSize=100&search={Uri.EscapeDataString(search)}");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
    }
}
