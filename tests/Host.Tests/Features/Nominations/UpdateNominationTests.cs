using System.Net;
using System.Net.Http.Json;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public class UpdateNominationTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_draft_gets_a_new_cover_and_nominee_list()
    {
        var client = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(client, GiayKhen, Individual("Vũ Văn An"), Individual("Vũ Thị Bình"));
        var version = (await GetAsync(client, id)).GetProperty("version").GetString();

        var response = await client.PutAsJsonAsync($"/api/nominations/{id}", new
        {
            submissionNumber = "15/TTr-UBND", submissionDate = "2026-11-01", version, nominees = new[] { Collective("Đội dân phòng thôn 1") },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dossier = await GetAsync(client, id);
        Assert.Equal("15/TTr-UBND", dossier.GetProperty("submissionNumber").GetString());
        Assert.Equal("Đội dân phòng thôn 1", Assert.Single(dossier.GetProperty("nominees").EnumerateArray()).GetProperty("name").GetString());
        Assert.NotEqual(version, dossier.GetProperty("version").GetString());
    }

    [Fact]
    public async Task An_edit_from_a_stale_version_is_a_conflict()
    {
        var client = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(client, GiayKhen, Individual());
        var version = (await GetAsync(client, id)).GetProperty("version").GetString();
        var first = await client.PutAsJsonAsync($"/api/nominations/{id}", new { version, nominees = new[] { Individual("Người thứ nhất") } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await client.PutAsJsonAsync($"/api/nominations/{id}", new { version, nominees = new[] { Individual("Người thứ hai") } });

        Assert.Contains("tải lại", (await ProblemAsync(second, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_dossier_in_review_cannot_be_edited()
    {
        var client = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAndSubmitAsync(client, GiayKhen, Individual());

        var response = await client.PutAsJsonAsync($"/api/nominations/{id}", new { nominees = new[] { Individual() } });

        Assert.Contains("Đang xét duyệt", (await ProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_clerk_of_another_unit_cannot_edit_and_learns_nothing()
    {
        var id = await CreateAsync(await app.ClientForAsync("thidua.dongtien"), GiayKhen, Individual());

        var response = await (await app.ClientForAsync("thidua.hacthanh"))
            .PutAsJsonAsync($"/api/nominations/{id}", new { nominees = new[] { Individual() } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_edit_is_validated_like_a_new_dossier()
    {
        var client = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(client, GiayKhen, Individual());

        var response = await client.PutAsJsonAsync($"/api/nominations/{id}", new { nominees = new[] { new { kind = "individual", name = " ", achievements = "x" } } });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("nominees[0].name", out _));
    }

    [Fact]
    public async Task An_edit_is_held_to_the_once_per_person_rule()
    {
        var citizenId = NewCitizenId();
        await CreateAsync(await app.ClientForAsync("thidua.hacthanh"), Medal, Individual("Cao Thị Mến", citizenId));
        var client = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(client, Medal, Individual("Cao Văn Út"));

        var response = await client.PutAsJsonAsync($"/api/nominations/{id}", new { nominees = new[] { Individual("Cao Thị Mến", citizenId) } });

        Assert.Contains("'Cao Thị Mến'", (await ProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
    }
}
