using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Tests.Features.Nominations;
using static ToanDan.Awards.Host.Tests.Features.Admin.AdminApi;

namespace ToanDan.Awards.Host.Tests.Features.Admin;

public class AwardTypeAdminTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private async Task<JsonElement> GiayKhenAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/admin/award-types")).GetProperty("awardTypes").EnumerateArray()
            .Single(a => a.GetProperty("code").GetString() == Dossiers.GiayKhen);

    [Fact]
    public async Task An_award_type_edit_is_used_by_a_new_nomination()
    {
        var admin = await app.ClientForAsync("admin");
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var giayKhen = await GiayKhenAsync(admin);

        await ReadAsync(await admin.PutAsJsonAsync($"/api/admin/award-types/{giayKhen.GetProperty("id").GetInt32()}", new
        {
            name = "Giấy khen của Giám đốc Công an tỉnh Thanh Hóa", decider = "Giám đốc Công an tỉnh", issuerKind = "province-police",
            allowsCollectives = false, allowsIndividuals = true, oncePerLifetime = false, workflowKey = giayKhen.GetProperty("workflowKey").GetString(),
            criteria = "Cá nhân có thành tích xuất sắc.",
        }), HttpStatusCode.NoContent);
        var refused = await clerk.PostAsJsonAsync("/api/nominations", Dossiers.Body(Dossiers.GiayKhen, Dossiers.Collective()));
        var accepted = await Dossiers.CreateAsync(clerk, Dossiers.GiayKhen, Dossiers.Individual());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("chỉ xét tặng cho cá nhân", await refused.Content.ReadAsStringAsync());
        Assert.Equal("Giấy khen của Giám đốc Công an tỉnh Thanh Hóa", (await Dossiers.GetAsync(clerk, accepted)).GetProperty("awardType").GetString());
        Assert.Equal("province-police", (await GiayKhenAsync(admin)).GetProperty("issuerKind").GetString());
    }

    [Fact]
    public async Task An_unknown_workflow_and_no_nominee_kind_are_refused()
    {
        var admin = await app.ClientForAsync("admin");
        var giayKhen = await GiayKhenAsync(admin);

        var problem = await ReadAsync(await admin.PutAsJsonAsync($"/api/admin/award-types/{giayKhen.GetProperty("id").GetInt32()}", new
        {
            name = "Giấy khen", decider = "Giám đốc", issuerKind = "khong-co", allowsCollectives = false, allowsIndividuals = false,
            oncePerLifetime = false, workflowKey = "khong-co", criteria = "",
        }), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal("Không có quy trình đã công bố mang mã 'khong-co'.", errors.GetProperty("workflowKey")[0].GetString());
        Assert.Equal("Hãy cho phép ít nhất tập thể hoặc cá nhân.", errors.GetProperty("allowsIndividuals")[0].GetString());
        Assert.StartsWith("Cấp ban hành quyết định là một trong", errors.GetProperty("issuerKind")[0].GetString());
    }

    [Fact]
    public async Task Rounds_are_created_edited_and_listed_latest_first()
    {
        var admin = await app.ClientForAsync("admin");
        var issuers = await admin.GetFromJsonAsync<JsonElement>("/api/admin/issuers");
        var police = issuers.EnumerateArray().First(i => i.GetProperty("kind").GetString() == "province-police").GetProperty("id").GetInt32();
        string[] awardTypes = ["GK-GDCAT"];

        var created = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/rounds",
            new { name = "Tổng kết năm 2027", issuerId = police, awardTypes, opensOn = "2027-11-01", closesOn = "2027-12-15" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        await ReadAsync(await admin.PutAsJsonAsync($"/api/admin/rounds/{id}",
            new { name = "Tổng kết phong trào năm 2027", issuerId = police, awardTypes, opensOn = "2027-11-01", closesOn = "2027-12-20" }), HttpStatusCode.OK);
        var backwards = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/rounds",
            new { name = "Sai ngày", issuerId = police, awardTypes, opensOn = "2027-11-01", closesOn = "2027-10-01" }), HttpStatusCode.BadRequest);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/admin/rounds");

        var first = list.GetProperty("items")[0];
        Assert.Equal("Tổng kết phong trào năm 2027", first.GetProperty("name").GetString());
        Assert.Equal("2027-12-20", first.GetProperty("closesOn").GetString());
        Assert.Equal("Ngày kết thúc phải từ ngày bắt đầu trở đi.", backwards.GetProperty("errors").GetProperty("closesOn")[0].GetString());
    }
}
