using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Tests.Features.Nominations;
using static ToanDan.Awards.Host.Tests.Features.Admin.AdminApi;

namespace ToanDan.Awards.Host.Tests.Features.Admin;

public class UnitAdminTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task The_tree_lists_the_children_of_a_unit_with_the_way_up()
    {
        var admin = await app.ClientForAsync("admin");
        var province = await UnitIdAsync(app, "TH");

        var result = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/units?parentId={province}");

        Assert.Equal(["Bộ Công an"], result.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var codes = result.GetProperty("units").GetProperty("items").EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();
        Assert.Contains("TH-DONGTIEN", codes);
        Assert.DoesNotContain("TH-DONGTIEN-THCS", codes);
    }

    [Fact]
    public async Task Search_finds_a_unit_without_diacritics()
    {
        var admin = await app.ClientForAsync("admin");

        var result = await admin.GetFromJsonAsync<JsonElement>("/api/admin/units?search=hoi%20cuu%20chien%20binh");

        Assert.Equal("Hội Cựu chiến binh xã Đông Tiến", result.GetProperty("units").GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_renamed_unit_is_found_by_its_new_name_only()
    {
        var admin = await app.ClientForAsync("admin");
        var created = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/units",
            new { code = "TH-DT-CLBTT", name = "Câu lạc bộ Thể thao xã Đông Tiến", level = "unit", parentId = await UnitIdAsync(app, "TH-DONGTIEN"), effectiveFrom = "2026-01-01" }),
            HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();

        await ReadAsync(await admin.PostAsJsonAsync($"/api/admin/units/{id}/rename", new { name = "Câu lạc bộ Dưỡng sinh xã Đông Tiến" }), HttpStatusCode.NoContent);

        async Task<List<string?>> CodesAsync(string search) =>
            [.. (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/units?search={Uri.EscapeDataString(search)}")).GetProperty("units")
                .GetProperty("items").EnumerateArray().Select(u => u.GetProperty("code").GetString())];
        Assert.Equal(["TH-DT-CLBTT"], await CodesAsync("duong sinh"));
        Assert.Equal(["TH-DT-CLBTT"], await CodesAsync("DƯỠNG SINH"));
        Assert.Equal(["TH-DT-CLBTT"], await CodesAsync("dt-clbtt"));
        Assert.Empty(await CodesAsync("the thao"));
    }

    [Fact]
    public async Task A_referenced_unit_cannot_be_deleted_but_can_be_retired_and_old_dossiers_keep_its_name()
    {
        var admin = await app.ClientForAsync("admin");
        var clerk = await app.ClientForAsync("thidua.hoanghoa");
        var dossier = await Dossiers.CreateAsync(clerk, Dossiers.GiayKhen, Dossiers.Individual());
        var unit = await UnitIdAsync(app, "TH-HOANGHOA");

        var delete = await ReadAsync(await admin.DeleteAsync($"/api/admin/units/{unit}"), HttpStatusCode.UnprocessableEntity);
        await ReadAsync(await admin.PostAsJsonAsync($"/api/admin/units/{unit}/retire", new { effectiveTo = "2026-12-31" }), HttpStatusCode.NoContent);

        Assert.Contains("Xã Hoằng Hóa", delete.GetProperty("detail").GetString());
        Assert.Contains("thôi hiệu lực", delete.GetProperty("detail").GetString());
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/units/{unit}");
        Assert.Equal("2026-12-31", detail.GetProperty("effectiveTo").GetString());
        Assert.False(detail.GetProperty("canDelete").GetBoolean());
        Assert.Equal("Xã Hoằng Hóa", (await Dossiers.GetAsync(admin, dossier)).GetProperty("unitName").GetString());
    }

    [Fact]
    public async Task A_unit_created_by_mistake_can_be_deleted()
    {
        var admin = await app.ClientForAsync("admin");
        var province = await UnitIdAsync(app, "TH");

        var created = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/units",
            new { code = "th-nham", name = "Xã Tạo Nhầm", level = "commune", parentId = province, effectiveFrom = "2026-11-01" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        await ReadAsync(await admin.DeleteAsync($"/api/admin/units/{id}"), HttpStatusCode.NoContent);

        Assert.Equal("/BCA/TH/TH-NHAM/", created.GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/admin/units/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_new_unit_is_checked_field_by_field_in_vietnamese()
    {
        var admin = await app.ClientForAsync("admin");

        var problem = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/units", new { code = "TH", name = "", level = "district" }), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal("Đã có đơn vị mã TH.", errors.GetProperty("code")[0].GetString());
        Assert.Equal("Hãy nhập tên đơn vị.", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Hãy chọn cấp của đơn vị.", errors.GetProperty("level")[0].GetString());
    }

    [Fact]
    public async Task A_unit_with_units_in_force_under_it_is_not_retired()
    {
        var admin = await app.ClientForAsync("admin");
        var dongTien = await UnitIdAsync(app, "TH-DONGTIEN");

        var problem = await ReadAsync(await admin.PostAsJsonAsync($"/api/admin/units/{dongTien}/retire", new { effectiveTo = "2026-12-31" }),
            HttpStatusCode.UnprocessableEntity);

        Assert.Contains("đơn vị trực thuộc", problem.GetProperty("detail").GetString());
    }
}
