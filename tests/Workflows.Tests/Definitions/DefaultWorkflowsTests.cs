using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Calendar;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Definitions;

/// <summary>Each default workflow driven through approval, return and resubmission, refusal and its timers.</summary>
public class DefaultWorkflowsTests
{
    /// <summary>The steps of a round's dossier (standard procedure), in order; two in one string run in parallel. The
    /// decider signs the round's consolidated decision, not a step of the dossier.</summary>
    public static TheoryData<string, string[]> ApprovalPaths => new()
    {
        { DefaultWorkflows.GiayKhen, ["Task_CommuneReview", "Task_PV05Review", "Task_CouncilVote Task_PublicDisclosure"] },
        { DefaultWorkflows.BangKhen, ["Task_CommuneReview", "Task_PV05Review", "Task_CouncilVote Task_PublicDisclosure", "Task_DirectorPropose", "Task_HomeAffairsAppraisal"] },
        { DefaultWorkflows.KyNiemChuong, ["Task_CommuneReview", "Task_PV05Review", "Task_PublicDisclosure Task_ServiceRecordCheck", "Task_V05Review"] },
    };

    /// <summary>The steps of an ad-hoc dossier (simplified procedure) with their deadlines in working days: no council,
    /// no public disclosure, and the decider's own step at the end.</summary>
    public static TheoryData<string, (string Step, int Days)[]> AdHocPaths => new()
    {
        { DefaultWorkflows.GiayKhen, [("Task_CommuneReviewSimplified", 3), ("Task_PV05ReviewSimplified", 5), ("Task_DirectorSign", 3)] },
        { DefaultWorkflows.BangKhen, [("Task_CommuneReviewSimplified", 3), ("Task_PV05ReviewSimplified", 5), ("Task_DirectorPropose", 5),
            ("Task_HomeAffairsAppraisal", 15), ("Task_ChairmanSign", 7)] },
        { DefaultWorkflows.KyNiemChuong, [("Task_CommuneReviewSimplified", 3), ("Task_PV05ReviewSimplified", 5), ("Task_V05Review", 12), ("Task_MinisterDecide", 10)] },
    };

    /// <summary>A step above the province's office, how to reach it, and the PV05 step its return lands on.</summary>
    public static TheoryData<string, bool, string, string> UpperReturns => new()
    {
        { DefaultWorkflows.GiayKhen, false, "Task_CouncilVote", "Task_PV05Review" },
        { DefaultWorkflows.GiayKhen, true, "Task_DirectorSign", "Task_PV05ReviewSimplified" },
        { DefaultWorkflows.BangKhen, false, "Task_CouncilVote", "Task_PV05Review" },
        { DefaultWorkflows.BangKhen, false, "Task_DirectorPropose", "Task_PV05Review" },
        { DefaultWorkflows.BangKhen, false, "Task_HomeAffairsAppraisal", "Task_PV05Review" },
        { DefaultWorkflows.BangKhen, true, "Task_HomeAffairsAppraisal", "Task_PV05ReviewSimplified" },
        { DefaultWorkflows.BangKhen, true, "Task_ChairmanSign", "Task_PV05ReviewSimplified" },
        { DefaultWorkflows.KyNiemChuong, false, "Task_V05Review", "Task_PV05Review" },
        { DefaultWorkflows.KyNiemChuong, true, "Task_V05Review", "Task_PV05ReviewSimplified" },
        { DefaultWorkflows.KyNiemChuong, true, "Task_MinisterDecide", "Task_PV05ReviewSimplified" },
    };

    private static JsonObject AdHoc => new() { ["nomination"] = new JsonObject { ["adHoc"] = true, ["procedure"] = "simplified" } };

    private static JsonObject InRound => new() { ["nomination"] = new JsonObject { ["adHoc"] = false, ["procedure"] = "standard" } };

    /// <summary>Approves every open step until <paramref name="step"/> is open.</summary>
    private static Driver ApproveUntil(Driver driver, string step)
    {
        for (var guard = 0; guard < 20 && !driver.OpenElements.Contains(step); guard++)
            foreach (var element in driver.OpenElements.ToArray()) driver.Complete(element, "approve");
        Assert.Contains(step, driver.OpenElements);
        return driver;
    }

    public static TheoryData<string> Keys => [.. DefaultWorkflows.Keys];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Ships_valid_with_a_vietnamese_name_and_a_diagram(string key)
    {
        var definition = DefaultWorkflows.Load(key);

        Assert.Empty(definition.Validate());
        Assert.Equal(key, definition.Key);
        Assert.Matches("[ấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựđ]", definition.Name);
        Assert.All(definition.Nodes.OfType<UserTask>(), t => Assert.False(string.IsNullOrWhiteSpace(t.Name)));
        Assert.Contains(definition.DocumentParts, p => p.Name.LocalName == "BPMNDiagram");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Export_then_import_gives_the_same_definition(string key)
    {
        var definition = DefaultWorkflows.Load(key);

        var exported = BpmnWriter.Write(definition);
        var again = BpmnReader.Read(exported);

        // record equality (xUnit's collection comparer does not use the records' own Equals here)
        Assert.True(definition.Nodes.SequenceEqual(again.Nodes));
        Assert.Equal(definition.Flows.Select(f => (f.Id, f.SourceId, f.TargetId, f.ConditionText)), again.Flows.Select(f => (f.Id, f.SourceId, f.TargetId, f.ConditionText)));
        Assert.Equal(exported, BpmnWriter.Write(again));
    }

    [Theory]
    [MemberData(nameof(ApprovalPaths))]
    public void A_round_dossier_ends_approved_after_its_last_review_without_the_decider_step(string key, string[] steps)
    {
        var driver = new Driver(DefaultWorkflows.Load(key)).Start(InRound);

        foreach (var step in steps)
        {
            var expected = step.Split(' ').Order().ToArray();
            Assert.Equal(expected, driver.OpenElements);
            foreach (var element in expected) driver.Complete(element, "approve");
        }

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal("approved", driver.State.Result);
        Assert.DoesNotContain(driver.State.Journal, j => j.ElementId is "Task_DirectorSign" or "Task_ChairmanSign" or "Task_MinisterDecide");
        Assert.Equal("End_RoundApproved", driver.AllEffects.OfType<InstanceEnded>().Single().EndElementId);
    }

    [Theory]
    [MemberData(nameof(AdHocPaths))]
    public void An_ad_hoc_dossier_takes_the_simplified_procedure_with_shorter_deadlines_and_its_decider(string key, (string Step, int Days)[] steps)
    {
        var driver = new Driver(DefaultWorkflows.Load(key)).Start(AdHoc);

        foreach (var (step, days) in steps)
        {
            Assert.Equal([step], driver.OpenElements);
            var task = driver.TaskAt(step);
            Assert.Equal(WorkingCalendar.WeekendsOnly.AddWorkingDays(driver.Now, days), task.DueAt);
            Assert.Equal(days, ((UserTask)driver.Definition.GetNode(step)).Due!.WorkingDays);
            driver.Complete(step, "approve");
        }

        Assert.Equal("approved", driver.State.Result);
        Assert.Equal("End_Approved", driver.AllEffects.OfType<InstanceEnded>().Single().EndElementId);
        Assert.DoesNotContain(driver.State.Journal, j => j.ElementId is "Task_CouncilVote" or "Task_PublicDisclosure" or "Task_ServiceRecordCheck");
    }

    [Theory]
    [MemberData(nameof(UpperReturns))]
    public void A_return_above_the_province_office_lands_on_pv05_with_the_comment_and_resumes_upward(string key, bool adHoc, string step, string pv05Step)
    {
        var driver = ApproveUntil(new Driver(DefaultWorkflows.Load(key)).Start(adHoc ? AdHoc : InRound), step);
        foreach (var other in driver.OpenElements.Where(e => e != step).ToArray()) driver.Complete(other, "approve");

        driver.Complete(step, "return", actor: "upper", comment: "Thiếu báo cáo thành tích có xác nhận");

        Assert.Equal([pv05Step], driver.OpenElements);
        Assert.Equal("pv05-reviewer", driver.TaskAt(pv05Step).CandidateRole);
        Assert.DoesNotContain(driver.State.OpenTasks, t => t.CandidateRole == "unit-clerk");
        Assert.DoesNotContain(driver.LastEffects.OfType<NotificationRequested>(), m => m.Template == "nomination-returned");
        var returned = driver.State.Journal.Last(j => j.Kind == JournalKind.TaskCompleted);
        Assert.Equal((step, "return", "Thiếu báo cáo thành tích có xác nhận"), (returned.ElementId, returned.Outcome, returned.Comment));

        ApproveUntil(driver.Complete(pv05Step, "approve"), step);
        while (driver.State.Status == InstanceStatus.Running)
            foreach (var element in driver.OpenElements.ToArray()) driver.Complete(element, "approve");
        Assert.Equal("approved", driver.State.Result);
    }

    [Theory]
    [MemberData(nameof(UpperReturns))]
    public void Pv05_may_send_an_upper_return_on_to_the_unit(string key, bool adHoc, string step, string pv05Step)
    {
        var driver = ApproveUntil(new Driver(DefaultWorkflows.Load(key)).Start(adHoc ? AdHoc : InRound), step);
        foreach (var other in driver.OpenElements.Where(e => e != step).ToArray()) driver.Complete(other, "approve");
        driver.Complete(step, "return", comment: "Bổ sung");

        driver.Complete(pv05Step, "return", comment: "Đơn vị bổ sung báo cáo thành tích");

        Assert.Equal(["Task_UnitRevise"], driver.OpenElements);
        Assert.Contains(driver.LastEffects.OfType<NotificationRequested>(), m => m.Template == "nomination-returned");
    }

    [Theory]
    [MemberData(nameof(ApprovalPaths))]
    public void Returned_dossier_goes_back_to_the_unit_then_through_review_again(string key, string[] steps)
    {
        var driver = new Driver(DefaultWorkflows.Load(key)).Start().Complete("Task_CommuneReview", "approve");

        driver.Complete("Task_PV05Review", "return", comment: "Thiếu biên bản họp Hội đồng TĐKT cấp xã");

        Assert.Equal(["Task_UnitRevise"], driver.OpenElements);
        var mail = Assert.Single(driver.LastEffects.OfType<NotificationRequested>());
        Assert.Equal("nomination-returned", mail.Template);
        Assert.Equal(("unit-clerk", "self"), (mail.Recipient!.Role, mail.Recipient.UnitLevel));

        driver.Complete("Task_UnitRevise", "resubmit", actor: "thidua.dongtien");
        Assert.Equal(["Task_CommuneReview"], driver.OpenElements);
        foreach (var step in steps)
            foreach (var element in step.Split(' ')) driver.Complete(element, "approve");
        Assert.Equal("approved", driver.State.Result);
        Assert.Equal("End_RoundApproved", driver.AllEffects.OfType<InstanceEnded>().Single().EndElementId);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_return_from_the_parallel_review_runs_both_branches_again(string key)
    {
        var driver = new Driver(DefaultWorkflows.Load(key)).Start().Complete("Task_CommuneReview", "approve").Complete("Task_PV05Review", "approve");
        var parallel = driver.OpenElements.ToArray();
        Assert.Equal(2, parallel.Length);

        driver.Complete(parallel[0], "approve").Complete(parallel[1], "return", comment: "Có đơn phản ánh");
        Assert.Equal(["Task_UnitRevise"], driver.OpenElements);
        driver.Complete("Task_UnitRevise", "resubmit").Complete("Task_CommuneReview", "approve").Complete("Task_PV05Review", "approve");

        Assert.Equal(parallel, driver.OpenElements);
        Assert.Equal(2, driver.State.Tokens.Count);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Refusal_notifies_the_unit_and_ends_refused(string key)
    {
        var driver = new Driver(DefaultWorkflows.Load(key)).Start();

        driver.Complete("Task_CommuneReview", "reject", comment: "Chưa đủ tiêu chuẩn");

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal("refused", driver.State.Result);
        Assert.Contains(driver.LastEffects.OfType<NotificationRequested>(), m => m.Template == "nomination-refused");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void The_unit_may_withdraw_a_returned_dossier(string key)
    {
        var driver = new Driver(DefaultWorkflows.Load(key)).Start().Complete("Task_CommuneReview", "return", comment: "Bổ sung");

        driver.Complete("Task_UnitRevise", "withdraw");

        Assert.Equal("withdrawn", driver.State.Result);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_reminder_goes_to_the_reviewer_and_the_step_stays_open(string key)
    {
        var driver = new Driver(DefaultWorkflows.Load(key)).Start();

        driver.FireTimer("Timer_CommuneReminder");

        var mail = Assert.Single(driver.LastEffects.OfType<NotificationRequested>());
        Assert.Equal(("task-reminder", "commune-police", "commune"), (mail.Template, mail.Recipient!.Role, mail.Recipient.UnitLevel));
        Assert.Equal(["Task_CommuneReview"], driver.OpenElements);
        Assert.True(driver.Now < driver.TaskAt("Task_CommuneReview").DueAt);
    }

    [Theory]
    [MemberData(nameof(ApprovalPaths))]
    public void A_late_pv05_review_escalates_to_the_director_who_decides_instead(string key, string[] steps)
    {
        var driver = new Driver(DefaultWorkflows.Load(key)).Start().Complete("Task_CommuneReview", "approve");
        var due = driver.TaskAt("Task_PV05Review").DueAt!.Value;

        driver.FireTimer("Timer_PV05Escalation");

        Assert.True(driver.Now > due);
        Assert.Equal(["Task_PV05Escalated"], driver.OpenElements);
        Assert.Equal("director", driver.TaskAt("Task_PV05Escalated").CandidateRole);
        var mail = Assert.Single(driver.LastEffects.OfType<NotificationRequested>());
        Assert.Equal(("task-escalated", "director"), (mail.Template, mail.Recipient!.Role));

        driver.Complete("Task_PV05Escalated", "approve", actor: "giamdoc.thanhhoa");
        Assert.Equal(steps[2].Split(' ').Order(), driver.OpenElements);
    }
}
