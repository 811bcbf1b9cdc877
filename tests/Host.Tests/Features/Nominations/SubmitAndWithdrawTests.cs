using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public class SubmitAndWithdrawTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task Submitting_a_draft_starts_the_workflow_at_the_commune_police()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, GiayKhen, Individual());
        await AttachRequiredPartsAsync(clerk, id);

        var response = await clerk.PostAsync($"/api/nominations/{id}/submit", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("inReview", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var dossier = await GetAsync(clerk, id);
        Assert.Equal("Đang xét duyệt", dossier.GetProperty("statusName").GetString());
        var step = Assert.Single(dossier.GetProperty("openSteps").EnumerateArray());
        Assert.Equal("Công an xã thẩm định (thủ tục đơn giản)", step.GetProperty("stepName").GetString());
        Assert.Equal("commune-police", step.GetProperty("role").GetString());
        Assert.Equal("Xã Đông Tiến", step.GetProperty("unitName").GetString());
        Assert.NotEqual(JsonValueKind.Null, step.GetProperty("dueAt").ValueKind);
        var kinds = dossier.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ToList();
        Assert.Equal("created", kinds[0]);
        Assert.Contains("submitted", kinds);
        Assert.Contains(dossier.GetProperty("history").EnumerateArray(),
            h => h.GetProperty("kind").GetString() == "taskOpened" && h.GetProperty("stepName").GetString() == "Công an xã thẩm định (thủ tục đơn giản)");
    }

    [Fact]
    public async Task A_dossier_in_review_cannot_be_submitted_again()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAndSubmitAsync(clerk, GiayKhen, Individual());

        var response = await clerk.PostAsync($"/api/nominations/{id}/submit", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task A_returned_dossier_is_completed_and_sent_back_to_its_reviewer()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAndSubmitAsync(clerk, GiayKhen, Individual());
        await CompleteStepAsync(app, id, "commune-police", "return", "Bổ sung biên bản họp Hội đồng thi đua xã.");

        var returned = await GetAsync(clerk, id);
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        Assert.Equal("Bổ sung biên bản họp Hội đồng thi đua xã.", returned.GetProperty("lastReason").GetString());
        Assert.Equal("Đơn vị bổ sung, hoàn thiện hồ sơ", Assert.Single(returned.GetProperty("openSteps").EnumerateArray()).GetProperty("stepName").GetString());
        var edit = await clerk.PutAsJsonAsync($"/api/nominations/{id}", new { submissionNumber = "12b/TTr-UBND", nominees = new[] { Individual() } });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        await AttachRequiredPartsAsync(clerk, id);

        var response = await clerk.PostAsync($"/api/nominations/{id}/submit", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resubmitted = await GetAsync(clerk, id);
        Assert.Equal("inReview", resubmitted.GetProperty("status").GetString());
        Assert.Equal("Công an xã thẩm định (thủ tục đơn giản)", Assert.Single(resubmitted.GetProperty("openSteps").EnumerateArray()).GetProperty("stepName").GetString());
        Assert.Contains(resubmitted.GetProperty("history").EnumerateArray(), h => h.GetProperty("outcome").GetString() == "resubmit");
    }

    [Fact]
    public async Task A_draft_is_withdrawn_without_a_workflow()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, GiayKhen, Individual());

        var response = await clerk.PostAsync($"/api/nominations/{id}/withdraw", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("withdrawn", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Withdrawing_a_dossier_in_review_cancels_its_workflow()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAndSubmitAsync(clerk, GiayKhen, Individual());

        var response = await clerk.PostAsJsonAsync($"/api/nominations/{id}/withdraw", new { reason = "Nộp nhầm đợt." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dossier = await GetAsync(clerk, id);
        Assert.Equal("withdrawn", dossier.GetProperty("status").GetString());
        Assert.Empty(dossier.GetProperty("openSteps").EnumerateArray());
        Assert.Contains(dossier.GetProperty("history").EnumerateArray(),
            h => h.GetProperty("kind").GetString() == "cancelled" && h.GetProperty("comment").GetString() == "Nộp nhầm đợt.");
    }

    [Fact]
    public async Task Withdrawing_a_returned_dossier_takes_the_withdraw_way_of_its_workflow()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAndSubmitAsync(clerk, GiayKhen, Individual());
        await CompleteStepAsync(app, id, "commune-police", "return", "Thiếu báo cáo thành tích.");

        var response = await clerk.PostAsJsonAsync($"/api/nominations/{id}/withdraw", new { reason = "Đơn vị không bổ sung được." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dossier = await GetAsync(clerk, id);
        Assert.Equal("withdrawn", dossier.GetProperty("status").GetString());
        Assert.Empty(dossier.GetProperty("openSteps").EnumerateArray());
        Assert.Contains(dossier.GetProperty("history").EnumerateArray(),
            h => h.GetProperty("kind").GetString() == "taskCompleted" && h.GetProperty("outcome").GetString() == "withdraw");
    }

    [Fact]
    public async Task A_withdrawn_dossier_cannot_be_withdrawn_or_submitted()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, GiayKhen, Individual());
        await clerk.PostAsync($"/api/nominations/{id}/withdraw", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await clerk.PostAsync($"/api/nominations/{id}/withdraw", null)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await clerk.PostAsync($"/api/nominations/{id}/submit", null)).StatusCode);
    }
}
