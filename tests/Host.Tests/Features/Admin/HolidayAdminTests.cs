using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Workflow;
using static ToanDan.Awards.Host.Tests.Features.Admin.AdminApi;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Admin;

public class HolidayAdminTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private async Task<DateOnly> CommuneDeadlineAsync()
    {
        var id = await SubmitInRoundAsync(app);
        var task = await FindTaskAsync(app, "congan.dongtien", id, "Task_CommuneReview");
        return DateOnly.FromDateTime(VietnamTime.Local(task!.Value.GetProperty("dueAt").GetDateTimeOffset()).DateTime);
    }

    [Fact]
    public async Task A_holiday_added_moves_a_deadline_computed_afterwards()
    {
        var admin = await app.ClientForAsync("admin");
        var before = await CommuneDeadlineAsync();

        await ReadAsync(await admin.PostAsJsonAsync("/api/admin/holidays", new { date = "2026-11-05", name = "Nghỉ thử nghiệm" }), HttpStatusCode.Created);
        var after = await CommuneDeadlineAsync();

        Assert.Equal(new DateOnly(2026, 11, 12), before);
        Assert.Equal(new DateOnly(2026, 11, 13), after);
    }

    [Fact]
    public async Task The_year_lists_its_days_and_a_removed_day_is_gone()
    {
        var admin = await app.ClientForAsync("admin");
        var added = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/holidays",
            new { date = "2027-05-08", name = "Làm bù ngày 3/5", isMakeUpWorkingDay = true }), HttpStatusCode.Created);

        var year = await admin.GetFromJsonAsync<JsonElement>("/api/admin/holidays?year=2027");
        await ReadAsync(await admin.DeleteAsync($"/api/admin/holidays/{added.GetProperty("id").GetInt32()}"), HttpStatusCode.NoContent);
        var afterRemoval = await admin.GetFromJsonAsync<JsonElement>("/api/admin/holidays?year=2027");

        Assert.Contains(year.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2027-05-08" && d.GetProperty("isMakeUpWorkingDay").GetBoolean());
        Assert.Contains(year.GetProperty("days").EnumerateArray(), d => d.GetProperty("name").GetString() == "Tết Nguyên đán Đinh Mùi");
        Assert.DoesNotContain(afterRemoval.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2027-05-08");
    }

    [Fact]
    public async Task A_day_already_in_the_calendar_and_a_weekday_make_up_day_are_refused()
    {
        var admin = await app.ClientForAsync("admin");

        var twice = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/holidays", new { date = "2026-09-01", name = "Quốc khánh" }), HttpStatusCode.BadRequest);
        var weekday = await ReadAsync(await admin.PostAsJsonAsync("/api/admin/holidays",
            new { date = "2026-11-11", name = "Làm bù", isMakeUpWorkingDay = true }), HttpStatusCode.BadRequest);

        Assert.Equal("Ngày 01/09/2026 đã có trong lịch.", twice.GetProperty("errors").GetProperty("date")[0].GetString());
        Assert.Equal("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.", weekday.GetProperty("errors").GetProperty("date")[0].GetString());
    }
}
