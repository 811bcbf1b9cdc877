using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public class CreateNominationTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_clerk_creates_a_dossier_with_two_nominees_and_reads_it_back()
    {
        var client = await app.ClientForAsync("thidua.dongtien");
        var citizenId = NewCitizenId();

        var response = await client.PostAsJsonAsync("/api/nominations",
            Body(GiayKhen, Individual("Lê Thị Hoa", citizenId), Collective("Tổ tự quản an ninh thôn Đông Hải")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("draft", created.GetProperty("status").GetString());
        Assert.False(created.TryGetProperty("auditId", out _));
        Assert.Equal($"/api/nominations/{id}", response.Headers.Location?.OriginalString);

        var dossier = await GetAsync(client, id);
        Assert.Equal("Xã Đông Tiến", dossier.GetProperty("unitName").GetString());
        Assert.Equal("Giấy khen của Giám đốc Công an tỉnh", dossier.GetProperty("awardType").GetString());
        Assert.Equal("Nháp", dossier.GetProperty("statusName").GetString());
        Assert.Equal("12/TTr-UBND", dossier.GetProperty("submissionNumber").GetString());
        var nominees = dossier.GetProperty("nominees").EnumerateArray().ToList();
        Assert.Equal(2, nominees.Count);
        Assert.Equal("individual", nominees[0].GetProperty("kind").GetString());
        Assert.Equal(citizenId, nominees[0].GetProperty("citizenId").GetString());
        Assert.Equal("1975-04-12", nominees[0].GetProperty("dateOfBirth").GetString());
        Assert.Equal("collective", nominees[1].GetProperty("kind").GetString());
        Assert.Equal(12, nominees[1].GetProperty("memberCount").GetInt32());
        Assert.Empty(dossier.GetProperty("openSteps").EnumerateArray());
        Assert.Equal("created", dossier.GetProperty("history")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Invalid_input_comes_back_as_validation_problems_keyed_by_field()
    {
        var client = await app.ClientForAsync("thidua.dongtien");

        var response = await client.PostAsJsonAsync("/api/nominations", new
        {
            awardTypeCode = "KHONG-CO",
            roundId = 999,
            nominees = new object[]
            {
                new { kind = "robot", name = "Ai đó", achievements = "Có" },
                new { kind = "individual", name = "", achievements = "Có", citizenId = "12345" },
            },
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Không có loại khen thưởng mã 'KHONG-CO'.", errors.GetProperty("awardTypeCode")[0].GetString());
        Assert.Equal("Không có đợt khen thưởng số 999.", errors.GetProperty("roundId")[0].GetString());
        Assert.Contains("individual", errors.GetProperty("nominees[0].kind")[0].GetString());
        Assert.Equal("Hãy nhập họ và tên.", errors.GetProperty("nominees[1].name")[0].GetString());
        Assert.StartsWith("Số căn cước công dân phải gồm 12 chữ số", errors.GetProperty("nominees[1].citizenId")[0].GetString());
    }

    [Fact]
    public async Task A_dossier_without_nominees_is_a_validation_problem()
    {
        var client = await app.ClientForAsync("thidua.dongtien");

        var response = await client.PostAsJsonAsync("/api/nominations", Body(GiayKhen));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("nominees", out _));
    }

    [Fact]
    public async Task The_medal_refuses_a_collective_with_a_clear_message()
    {
        var client = await app.ClientForAsync("thidua.dongtien");

        var response = await client.PostAsJsonAsync("/api/nominations", Body(Medal, Collective("Tổ dân phố số 5")));

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\" chỉ xét tặng cho cá nhân, không xét cho tập thể ('Tổ dân phố số 5').",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Only_a_unit_clerk_creates_dossiers()
    {
        var client = await app.ClientForAsync("congan.dongtien");

        var response = await client.PostAsJsonAsync("/api/nominations", Body(GiayKhen, Individual()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_medal_refuses_a_person_already_in_another_open_dossier_by_citizen_id_naming_it_only_to_its_own_unit()
    {
        var citizenId = NewCitizenId();
        var own = await app.ClientForAsync("thidua.dongtien");
        var first = await CreateAsync(own, Medal, Individual("Trịnh Văn Lâm", citizenId));

        var elsewhere = await (await app.ClientForAsync("thidua.hacthanh")).PostAsJsonAsync("/api/nominations",
            Body(Medal, Individual("Trịnh Văn Lâm", citizenId, dateOfBirth: "1980-01-01")));
        var again = await own.PostAsJsonAsync("/api/nominations", Body(Medal, Individual("Trịnh Văn Lâm", citizenId)));

        var detail = (await ProblemAsync(elsewhere, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString();
        Assert.Contains("'Trịnh Văn Lâm' đã có trong một hồ sơ khác", detail);
        Assert.DoesNotContain("Xã Đông Tiến", detail);
        Assert.Contains($"hồ sơ số {first} của Xã Đông Tiến", (await ProblemAsync(again, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_medal_matches_a_person_without_citizen_id_by_the_name_with_its_diacritics_and_birth_date()
    {
        await CreateAsync(await app.ClientForAsync("thidua.dongtien"), Medal, Individual("Đặng Văn Khoa", dateOfBirth: "1968-09-02"));
        var client = await app.ClientForAsync("thidua.hacthanh");

        var sameName = await client.PostAsJsonAsync("/api/nominations",
            Body(Medal, Individual("ĐẶNG VĂN  KHOA", citizenId: "", dateOfBirth: "1968-09-02")));
        var withoutDiacritics = await client.PostAsJsonAsync("/api/nominations",
            Body(Medal, Individual("dang van khoa", citizenId: "", dateOfBirth: "1968-09-02")));
        var otherBirthDate = await client.PostAsJsonAsync("/api/nominations",
            Body(Medal, Individual("Đặng Văn Khoa", citizenId: "", dateOfBirth: "1970-09-02")));

        Assert.Contains("'ĐẶNG VĂN  KHOA'", (await ProblemAsync(sameName, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        // Only possibly the same person: a warning for the reviewer, never a refusal.
        Assert.Equal(HttpStatusCode.Created, withoutDiacritics.StatusCode);
        Assert.Equal(HttpStatusCode.Created, otherBirthDate.StatusCode);
    }

    [Fact]
    public async Task The_medal_refuses_the_same_person_twice_in_one_dossier()
    {
        var citizenId = NewCitizenId();

        var response = await (await app.ClientForAsync("thidua.dongtien")).PostAsJsonAsync("/api/nominations",
            Body(Medal, Individual("Phan Văn Tài", citizenId), Individual("Phan Văn Tài", citizenId)));

        Assert.Contains("hai lần", (await ProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Other_awards_may_go_to_the_same_person_again()
    {
        var client = await app.ClientForAsync("thidua.dongtien");
        var citizenId = NewCitizenId();

        await CreateAsync(client, GiayKhen, Individual("Hồ Văn Sáu", citizenId));
        await CreateAsync(client, GiayKhen, Individual("Hồ Văn Sáu", citizenId));
    }
}
