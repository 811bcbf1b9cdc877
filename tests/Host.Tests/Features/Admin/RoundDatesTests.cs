using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Tests.Features.Admin;

/// <summary>A round's dates are checked by one rule (Round.DateProblems): the form answers field by field with the domain's sentences.</summary>
public class RoundDatesTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Theory]
    [InlineData("2027-11-01", "2027-10-01", null, null, "closesOn", Periods.EndsBeforeStart)]
    [InlineData("2027-11-01", "2027-11-01", "2027-11-10", null, "disclosureTo", "Hãy chọn ngày kết thúc công khai.")]
    [InlineData("2027-11-01", "2027-11-30", null, "2027-11-10", "disclosureFrom", "Hãy chọn ngày bắt đầu công khai.")]
    [InlineData("2027-11-01", "2027-11-30", "2027-11-20", "2027-11-10", "disclosureTo", "Ngày kết thúc công khai phải từ ngày bắt đầu trở đi.")]
    public async Task Dates_out_of_order_or_half_given_are_refused_on_their_field(string opensOn, string closesOn, string? disclosureFrom,
        string? disclosureTo, string field, string message)
    {
        var admin = await app.ClientForAsync("admin");
        var issuers = await admin.GetFromJsonAsync<JsonElement>("/api/admin/issuers");
        var police = issuers.EnumerateArray().First(i => i.GetProperty("code").GetString() == "CAT-TH").GetProperty("id").GetInt32();

        var response = await admin.PostAsJsonAsync("/api/admin/rounds",
            new { name = "Sai ngày", issuerId = police, awardTypes = new[] { "GK-GDCAT" }, opensOn, closesOn, disclosureFrom, disclosureTo });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([message], errors.GetProperty(field).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_domain_refuses_the_same_dates_with_the_same_sentences()
    {
        Assert.Equal([("closesOn", Periods.EndsBeforeStart)], Round.DateProblems(new DateOnly(2027, 11, 2), new DateOnly(2027, 11, 1), null, null));
        Assert.Empty(Round.DateProblems(new DateOnly(2027, 11, 1), new DateOnly(2027, 11, 1), new DateOnly(2027, 11, 5), new DateOnly(2027, 11, 5)));
    }
}
