using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Workflows.Runtime;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Tasks;

public class CompleteTaskTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task A_rounds_giay_khen_goes_from_the_commune_through_council_and_disclosure_to_wait_for_the_rounds_decision()
    {
        var round = await TestRounds.NewAsync(app, GiayKhen);
        var id = await SubmitAsync(app, GiayKhen, roundId: round);

        var afterCommune = await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReview", comment: "Hồ sơ đầy đủ.");
        Assert.Equal(["Task_PV05Review"], OpenStepIds(afterCommune));
        var afterPv05 = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05Review");
        Assert.Equal(["Task_CouncilVote", "Task_PublicDisclosure"], OpenStepIds(afterPv05));
        var afterCouncil = await CompleteAsync(app, "hoidong.thanhhoa", id, "Task_CouncilVote");
        Assert.Equal(["Task_PublicDisclosure"], OpenStepIds(afterCouncil));
        var afterDisclosure = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PublicDisclosure");

        Assert.Equal("awaitingDecision", afterDisclosure.GetProperty("status").GetString());
        Assert.Empty(OpenStepIds(afterDisclosure));
        Assert.Null(await DecisionOfAsync(app, id));
        await TestRounds.DecideAsync(app, round);
        Assert.Equal(NominationStatus.Approved, (await NominationAsync(app, id)).Status);
        var decision = await DecisionOfAsync(app, id);
        Assert.NotNull(decision);
        Assert.Matches(@"^\d+/QĐ-CAT$", decision.FullNumber);
        Assert.Equal("Giám đốc Công an tỉnh Thanh Hóa", decision.Decider);
        Assert.Equal(3, decision.Awardees.Count);
    }

    [Fact]
    public async Task An_ad_hoc_giay_khen_takes_the_simplified_procedure_to_the_directors_own_decision()
    {
        var id = await SubmitAsync(app, GiayKhen);

        var afterCommune = await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        Assert.Equal(["Task_PV05ReviewSimplified"], OpenStepIds(afterCommune));
        var afterPv05 = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified");
        Assert.Equal(["Task_DirectorSign"], OpenStepIds(afterPv05));
        var signed = await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorSign");

        Assert.Equal("approved", signed.GetProperty("status").GetString());
        Assert.Empty(OpenStepIds(signed));
        var decision = await DecisionOfAsync(app, id);
        Assert.NotNull(decision);
        Assert.Matches(@"^\d+/QĐ-CAT$", decision.FullNumber);
        Assert.Equal("Giám đốc Công an tỉnh Thanh Hóa", decision.Decider);
        Assert.Equal(3, decision.Awardees.Count);
        Assert.DoesNotContain(await JournalAsync(app, id), j => j.ElementId is "Task_CouncilVote" or "Task_PublicDisclosure");
    }

    [Fact]
    public async Task Bang_khen_goes_through_the_director_and_home_affairs_to_the_chairmans_decision()
    {
        var round = await TestRounds.NewAsync(app, BangKhen);
        var id = await SubmitAsync(app, BangKhen, roundId: round);

        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReview");
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05Review");
        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PublicDisclosure");
        var afterCouncil = await CompleteAsync(app, "hoidong.thanhhoa", id, "Task_CouncilVote");
        Assert.Equal(["Task_DirectorPropose"], OpenStepIds(afterCouncil));
        var afterDirector = await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorPropose");
        Assert.Equal(["Task_HomeAffairsAppraisal"], OpenStepIds(afterDirector));
        var afterHomeAffairs = await CompleteAsync(app, "noivu.thanhhoa", id, "Task_HomeAffairsAppraisal");
        Assert.Equal("awaitingDecision", afterHomeAffairs.GetProperty("status").GetString());
        await TestRounds.DecideAsync(app, round);

        Assert.Equal(NominationStatus.Approved, (await NominationAsync(app, id)).Status);
        var decision = await DecisionOfAsync(app, id);
        Assert.Matches(@"^\d+/QĐ-UBND$", decision!.FullNumber);
        Assert.Equal("Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa", decision.Decider);
    }

    [Fact]
    public async Task An_ad_hoc_bang_khen_goes_through_the_director_and_home_affairs_to_the_chairmans_own_decision()
    {
        var id = await SubmitAsync(app, BangKhen);

        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        var afterPv05 = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified");
        Assert.Equal(["Task_DirectorPropose"], OpenStepIds(afterPv05));
        await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorPropose");
        var afterHomeAffairs = await CompleteAsync(app, "noivu.thanhhoa", id, "Task_HomeAffairsAppraisal");
        Assert.Equal(["Task_ChairmanSign"], OpenStepIds(afterHomeAffairs));
        var signed = await CompleteAsync(app, "ubnd.thanhhoa", id, "Task_ChairmanSign");

        Assert.Equal("approved", signed.GetProperty("status").GetString());
        var decision = await DecisionOfAsync(app, id);
        Assert.Matches(@"^\d+/QĐ-UBND$", decision!.FullNumber);
        Assert.Equal("Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa", decision.Decider);
    }

    [Fact]
    public async Task The_medal_goes_from_the_commune_through_V05_to_the_ministers_decision()
    {
        var round = await TestRounds.NewAsync(app, KyNiemChuong);
        var id = await SubmitAsync(app, KyNiemChuong, roundId: round);

        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReview");
        var afterPv05 = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05Review");
        Assert.Equal(["Task_PublicDisclosure", "Task_ServiceRecordCheck"], OpenStepIds(afterPv05));
        await CompleteAsync(app, "congan.dongtien", id, "Task_PublicDisclosure");
        var afterCheck = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_ServiceRecordCheck");
        Assert.Equal(["Task_V05Review"], OpenStepIds(afterCheck));
        var afterV05 = await CompleteAsync(app, "v05.bca", id, "Task_V05Review");
        Assert.Equal("awaitingDecision", afterV05.GetProperty("status").GetString());
        await TestRounds.DecideAsync(app, round);

        var decision = await DecisionOfAsync(app, id);
        Assert.Matches(@"^\d+/QĐ-BCA$", decision!.FullNumber);
        Assert.All(decision.Awardees, a => Assert.Equal(NomineeKind.Individual, a.Kind));
    }

    [Fact]
    public async Task An_ad_hoc_medal_goes_from_the_commune_through_V05_to_the_ministers_own_decision()
    {
        var id = await SubmitAsync(app, KyNiemChuong);

        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        var afterPv05 = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified");
        Assert.Equal(["Task_V05Review"], OpenStepIds(afterPv05));
        var afterV05 = await CompleteAsync(app, "v05.bca", id, "Task_V05Review");
        Assert.Equal(["Task_MinisterDecide"], OpenStepIds(afterV05));
        var decided = await CompleteAsync(app, "vanphong.bca", id, "Task_MinisterDecide");

        Assert.Equal("approved", decided.GetProperty("status").GetString());
        var decision = await DecisionOfAsync(app, id);
        Assert.Matches(@"^\d+/QĐ-BCA$", decision!.FullNumber);
        Assert.All(decision.Awardees, a => Assert.Equal(NomineeKind.Individual, a.Kind));
    }

    [Fact]
    public async Task Decisions_of_one_issuer_are_numbered_one_after_the_other()
    {
        var first = await SubmitAsync(app, GiayKhen);
        var second = await SubmitAsync(app, GiayKhen);
        await ToDirectorSignAsync(app, first);
        await ToDirectorSignAsync(app, second);

        await CompleteAsync(app, "giamdoc.thanhhoa", first, "Task_DirectorSign");
        await CompleteAsync(app, "giamdoc.thanhhoa", second, "Task_DirectorSign");

        var a = (await DecisionOfAsync(app, first))!;
        var b = (await DecisionOfAsync(app, second))!;
        Assert.Equal(a.Number + 1, b.Number);
        Assert.Equal($"{b.Number:00}/QĐ-CAT", b.FullNumber);
        Assert.Equal(new DateOnly(2026, 11, 2), b.IssuedOn);
    }

    [Fact]
    public async Task Returned_dossier_goes_back_to_the_unit_and_comes_back_when_resubmitted()
    {
        var id = await SubmitInRoundAsync(app, GiayKhen);
        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReview");

        var returned = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05Review", "return", "Bổ sung biên bản họp Hội đồng TĐKT xã.");

        Assert.Equal("returned", returned.GetProperty("status").GetString());
        Assert.Equal(["Task_UnitRevise"], OpenStepIds(returned));
        Assert.Equal("Bổ sung biên bản họp Hội đồng TĐKT xã.", (await NominationAsync(app, id)).LastReason);

        var resubmitted = await CompleteAsync(app, "thidua.dongtien", id, "Task_UnitRevise", "resubmit", "Đã bổ sung biên bản.");

        Assert.Equal("inReview", resubmitted.GetProperty("status").GetString());
        Assert.Equal(["Task_CommuneReview"], OpenStepIds(resubmitted));
        Assert.NotNull(await FindTaskAsync(app, "congan.dongtien", id, "Task_CommuneReview"));
    }

    [Fact]
    public async Task A_return_by_home_affairs_goes_back_to_pv05_not_to_the_unit_and_the_path_resumes_from_there()
    {
        var id = await SubmitInRoundAsync(app, BangKhen);
        foreach (var (userName, step) in new[] { ("congan.dongtien", "Task_CommuneReview"), ("pv05.thanhhoa", "Task_PV05Review"),
            ("pv05.thanhhoa", "Task_PublicDisclosure"), ("hoidong.thanhhoa", "Task_CouncilVote"), ("giamdoc.thanhhoa", "Task_DirectorPropose") })
            await CompleteAsync(app, userName, id, step);

        var returned = await CompleteAsync(app, "noivu.thanhhoa", id, "Task_HomeAffairsAppraisal", "return", "Thiếu xác nhận thành tích của Công an tỉnh.");

        Assert.Equal("inReview", returned.GetProperty("status").GetString());
        Assert.Equal(["Task_PV05Review"], OpenStepIds(returned));
        Assert.Null((await NominationAsync(app, id)).LastReason);
        var resumed = await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05Review", comment: "Đã bổ sung xác nhận.");
        Assert.Equal(["Task_CouncilVote", "Task_PublicDisclosure"], OpenStepIds(resumed));
    }

    [Fact]
    public async Task Returning_or_refusing_without_a_comment_is_refused_in_vietnamese()
    {
        var id = await SubmitAsync(app, GiayKhen);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");

        var returned = await PostCompleteAsync(app, "congan.dongtien", taskId, "return", "  ");
        var refused = await PostCompleteAsync(app, "congan.dongtien", taskId, "reject");

        Assert.Equal(HttpStatusCode.BadRequest, returned.StatusCode);
        Assert.Contains("Khi trả lại hồ sơ, cần ghi rõ lý do", await returned.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Khi không đồng ý khen thưởng, cần ghi rõ lý do", await refused.Content.ReadAsStringAsync());
        Assert.NotNull(await FindTaskAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified"));
    }

    [Fact]
    public async Task An_outcome_the_step_does_not_offer_is_refused()
    {
        var id = await SubmitAsync(app, GiayKhen);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");

        var response = await PostCompleteAsync(app, "congan.dongtien", taskId, "resubmit");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("không có lựa chọn 'resubmit'", problem.GetProperty("errors").GetProperty("outcome")[0].GetString());
    }

    [Fact]
    public async Task Refused_dossier_ends_refused_and_keeps_the_reason()
    {
        var id = await SubmitAsync(app, GiayKhen);

        var refused = await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified", "reject", "Thành tích chưa đủ tiêu chuẩn xét khen.");

        Assert.Equal("refused", refused.GetProperty("status").GetString());
        Assert.Empty(OpenStepIds(refused));
        var nomination = await NominationAsync(app, id);
        Assert.Equal(NominationStatus.Refused, nomination.Status);
        Assert.Equal("Thành tích chưa đủ tiêu chuẩn xét khen.", nomination.LastReason);
        Assert.Null(await DecisionOfAsync(app, id));
    }

    [Fact]
    public async Task Struck_out_nominees_are_left_off_the_decision()
    {
        var id = await SubmitAsync(app, GiayKhen);
        var struck = (await NominationAsync(app, id)).Nominees.Single(n => n.Name == "Lê Thị Hoa");
        await CompleteAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");

        await CompleteAsync(app, "pv05.thanhhoa", id, "Task_PV05ReviewSimplified", nominees:
            [new { nomineeId = struck.Id, keep = false, reason = "Đang trong thời gian xem xét kỷ luật." }]);
        await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorSign");

        var decision = (await DecisionOfAsync(app, id))!;
        Assert.Equal(2, decision.Awardees.Count);
        Assert.DoesNotContain(decision.Awardees, a => a.NomineeId == struck.Id);
        var nominee = (await NominationAsync(app, id)).Nominees.Single(n => n.Id == struck.Id);
        Assert.True(nominee.IsStruck);
        Assert.Equal("Đang trong thời gian xem xét kỷ luật.", nominee.StrikeReason);
    }

    [Fact]
    public async Task Striking_out_a_nominee_needs_a_reason()
    {
        var id = await SubmitAsync(app, GiayKhen);
        var nomineeId = (await NominationAsync(app, id)).Nominees[0].Id;
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");

        var response = await PostCompleteAsync(app, "congan.dongtien", taskId, "approve",
            nominees: [new { nomineeId, keep = false, reason = "" }]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Cần ghi lý do không đề nghị khen thưởng người/tập thể số {nomineeId}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_completed_task_answers_409_naming_who_completed_it()
    {
        var id = await SubmitAsync(app, GiayKhen);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        (await PostCompleteAsync(app, "congan.dongtien", taskId, "approve")).EnsureSuccessStatusCode();

        var again = await PostCompleteAsync(app, "congan.dongtien", taskId, "approve");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var detail = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("Thiếu tá Lê Văn Tuấn (Công an xã Đông Tiến)", detail);
        Assert.Contains("đã được", detail);
    }

    [Fact]
    public async Task Two_approvers_completing_the_same_task_at_once_advance_the_dossier_once()
    {
        var id = await SubmitAsync(app, GiayKhen);
        var taskId = await TaskIdAsync(app, "congan.dongtien", id, "Task_CommuneReviewSimplified");
        var revisionBefore = (await InstanceAsync(app, id)).Revision;

        var responses = await Task.WhenAll(
            PostCompleteAsync(app, "congan.dongtien", taskId, "approve", "Đồng ý."),
            PostCompleteAsync(app, "congan.dongtien", taskId, "approve", "Đồng ý đề nghị."));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("đã được Thiếu tá Lê Văn Tuấn", (await loser.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var journal = await JournalAsync(app, id);
        Assert.Single(journal, j => j.Kind == JournalKind.TaskCompleted && j.ElementId == "Task_CommuneReviewSimplified");
        Assert.Single(journal, j => j.Kind == JournalKind.TaskOpened && j.ElementId == "Task_PV05ReviewSimplified");
        Assert.Equal(revisionBefore + 1, (await InstanceAsync(app, id)).Revision);
    }

    [Fact]
    public async Task Two_decisions_signed_at_once_get_distinct_consecutive_numbers()
    {
        var first = await SubmitAsync(app, GiayKhen);
        var second = await SubmitAsync(app, GiayKhen);
        await ToDirectorSignAsync(app, first);
        await ToDirectorSignAsync(app, second);
        var firstTask = await TaskIdAsync(app, "giamdoc.thanhhoa", first, "Task_DirectorSign");
        var secondTask = await TaskIdAsync(app, "giamdoc.thanhhoa", second, "Task_DirectorSign");

        var responses = await Task.WhenAll(
            PostCompleteAsync(app, "giamdoc.thanhhoa", firstTask, "approve"),
            PostCompleteAsync(app, "giamdoc.thanhhoa", secondTask, "approve"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        int[] numbers = [(await DecisionOfAsync(app, first))!.Number!.Value, (await DecisionOfAsync(app, second))!.Number!.Value];
        Assert.Equal(numbers.Min() + 1, numbers.Max());
    }
}
