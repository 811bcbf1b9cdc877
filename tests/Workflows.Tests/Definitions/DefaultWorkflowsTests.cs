using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Definitions;

/// <summary>Each default workflow driven through approval, return and resubmission, refusal and its timers.</summary>
public class DefaultWorkflowsTests
{
    /// <summary>The steps of the approval path, in order; two in one string run in parallel.</summary>
    public static TheoryData<string, string[]> ApprovalPaths => new()
    {
        { DefaultWorkflows.GiayKhen, ["Task_CommuneReview", "Task_PV05Review", "Task_CouncilVote Task_PublicDisclosure", "Task_DirectorSign"] },
        { DefaultWorkflows.BangKhen, ["Task_CommuneReview", "Task_PV05Review", "Task_CouncilVote Task_PublicDisclosure", "Task_DirectorPropose", "Task_HomeAffairsAppraisal", "Task_ChairmanSign"] },
        { DefaultWorkflows.KyNiemChuong, ["Task_CommuneReview", "Task_PV05Review", "Task_PublicDisclosure Task_ServiceRecordCheck", "Task_V05Review", "Task_MinisterDecide"] },
    };

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
    public void Approval_signs_off_in_sequence_and_ends_approved(string key, string[] steps)
    {
        var driver = new Driver(DefaultWorkflows.Load(key)).Start();

        foreach (var step in steps)
        {
            var expected = step.Split(' ').Order().ToArray();
            Assert.Equal(expected, driver.OpenElements);
            foreach (var element in expected) driver.Complete(element, "approve");
        }

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal("approved", driver.State.Result);
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
