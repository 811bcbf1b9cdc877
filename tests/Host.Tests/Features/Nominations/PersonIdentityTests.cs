using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

/// <summary>Once per person: the same by CCCD or old CMND, names with their diacritics; a name equal only without them is a warning.</summary>
public sealed class PersonIdentityTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private static int _lastFormerId = 2_000_000;

    private static string NewFormerId() => $"18{Interlocked.Increment(ref _lastFormerId):D7}";

    private static object Person(string name, string? citizenId, string? formerCitizenId, string dateOfBirth = "1971-06-09") => new
    {
        kind = "individual", name, achievements = "Vận động nhân dân giao nộp 01 khẩu súng tự chế.", dateOfBirth, sex = "male",
        position = "Trưởng thôn", workplace = "Xã Đông Tiến", citizenId, formerCitizenId,
    };

    [Fact]
    public async Task A_person_proposed_under_the_old_cmnd_is_refused_when_proposed_again_under_a_cccd_with_that_cmnd_and_the_other_way()
    {
        var formerId = NewFormerId();
        var citizenId = NewCitizenId();
        await CreateAsync(await app.ClientForAsync("thidua.dongtien"), Medal, Person("Hà Văn Mười", null, formerId));
        var otherWay = NewCitizenId();
        await CreateAsync(await app.ClientForAsync("thidua.dongtien"), Medal, Person("Hà Văn Chín", otherWay, NewFormerId()));

        var again = await (await app.ClientForAsync("thidua.hacthanh")).PostAsJsonAsync("/api/nominations", Body(Medal, Person("Hà Văn Mười", citizenId, formerId)));
        var back = await (await app.ClientForAsync("thidua.hacthanh")).PostAsJsonAsync("/api/nominations", Body(Medal, Person("Hà Văn Chín", otherWay, null)));

        Assert.Contains("'Hà Văn Mười' đã có trong một hồ sơ khác", (await ProblemAsync(again, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Contains("'Hà Văn Chín' đã có trong một hồ sơ khác", (await ProblemAsync(back, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Hung_and_hung_with_other_marks_born_the_same_day_are_two_people_and_the_reviewer_sees_a_possible_twin()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        await CreateAsync(clerk, Medal, Person("Phan Văn Hùng", null, null, "1969-02-03"));

        var hưng = await CreateAndSubmitAsync(clerk, Medal, Person("Phan Văn Hưng", null, null, "1969-02-03"));

        var seenByPolice = await GetAsync(await app.ClientForAsync("congan.dongtien"), hưng);
        var twin = Assert.Single(seenByPolice.GetProperty("nominees")[0].GetProperty("possibleTwins").EnumerateArray()).GetString()!;
        Assert.StartsWith("Có thể trùng với 'Phan Văn Hùng' (sinh 03/02/1969) trong hồ sơ số", twin);
        Assert.Empty((await GetAsync(clerk, hưng)).GetProperty("nominees")[0].GetProperty("possibleTwins").EnumerateArray());
    }

    [Fact]
    public async Task The_same_name_with_the_same_diacritics_and_birth_date_is_refused_when_no_number_tells_them_apart()
    {
        await CreateAsync(await app.ClientForAsync("thidua.dongtien"), Medal, Person("Bùi Văn Tươi", NewCitizenId(), null, "1966-07-08"));

        var again = await (await app.ClientForAsync("thidua.hoanghoa")).PostAsJsonAsync("/api/nominations",
            Body(Medal, Person("BÙI VĂN TƯƠI", null, NewFormerId(), "1966-07-08")));

        Assert.Contains("'BÙI VĂN TƯƠI' đã có trong một hồ sơ khác", (await ProblemAsync(again, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_old_cmnd_is_kept_and_shown_beside_the_cccd()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var formerId = NewFormerId();

        var id = await CreateAsync(clerk, GiayKhen, Person("Lê Văn Cường", NewCitizenId(), formerId));

        Assert.Equal(formerId, (await GetAsync(clerk, id)).GetProperty("nominees")[0].GetProperty("formerCitizenId").GetString());
    }

    [Fact]
    public async Task A_cmnd_of_other_than_nine_digits_is_refused_in_vietnamese()
    {
        var response = await (await app.ClientForAsync("thidua.dongtien")).PostAsJsonAsync("/api/nominations",
            Body(GiayKhen, Person("Lê Văn Cường", null, "12345")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Số chứng minh nhân dân (CMND) cũ phải gồm 9 chữ số", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
