using ToanDan.Awards.Host.Features.Workflows;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Tests.Features.Workflows;

public class WorkflowDiffTests
{
    private static readonly string Original = DefaultWorkflows.Xml(DefaultWorkflows.GiayKhen);

    private static IReadOnlyList<WorkflowChange> Diff(string changed) =>
        WorkflowDiff.Compare(BpmnReader.Read(Original), BpmnReader.Read(changed));

    [Fact]
    public void The_same_file_has_no_changes() => Assert.Empty(Diff(Original));

    [Fact]
    public void A_new_step_between_two_others_is_an_added_step_and_two_flow_changes()
    {
        var changed = Original
            .Replace("sourceRef=\"Gateway_ToPV05\" targetRef=\"Task_PV05Review\"", "sourceRef=\"Gateway_ToPV05\" targetRef=\"Task_LegalCheck\"", StringComparison.Ordinal)
            .Replace("    <bpmn:userTask id=\"Task_PV05Review\"", """
                    <bpmn:userTask id="Task_LegalCheck" name="Pháp chế rà soát" award:candidateRole="pv05-reviewer" award:unitLevel="province" award:outcomes="approve" award:dueInWorkingDays="3" />
                    <bpmn:sequenceFlow id="Flow_LegalChecked" sourceRef="Task_LegalCheck" targetRef="Task_PV05Review" />
                    <bpmn:userTask id="Task_PV05Review"
                """, StringComparison.Ordinal);

        var changes = Diff(changed);

        var added = Assert.Single(changes, c => c.ElementId == "Task_LegalCheck");
        Assert.Equal(ChangeKind.Added, added.Kind);
        Assert.Equal("Thêm bước xử lý «Pháp chế rà soát»: vai trò pv05-reviewer (province), kết quả approve, hạn 3 ngày làm việc.", added.Text);
        Assert.Contains(changes, c => c is { Kind: ChangeKind.Added, ElementId: "Flow_LegalChecked" } && c.Text.Contains("«Pháp chế rà soát» → «Phòng PV05 thẩm định hồ sơ»"));
        var reconnected = Assert.Single(changes, c => c.ElementId == "Flow_ToPV05Review");
        Assert.Equal("Nối lại luồng «Khen đột xuất?» → «Phòng PV05 thẩm định hồ sơ» thành «Khen đột xuất?» → «Pháp chế rà soát».", reconnected.Text);
    }

    [Fact]
    public void Renames_roles_deadlines_and_outcomes_are_named_with_both_values()
    {
        var changed = Original.Replace(
            "<bpmn:userTask id=\"Task_CouncilVote\" name=\"Hội đồng TĐKT biểu quyết\" award:candidateRole=\"council\" award:unitLevel=\"province\" award:outcomes=\"approve,return,reject\" award:dueInWorkingDays=\"10\">",
            "<bpmn:userTask id=\"Task_CouncilVote\" name=\"Hội đồng biểu quyết\" award:candidateRole=\"director\" award:unitLevel=\"province\" award:outcomes=\"approve,reject\" award:dueInWorkingDays=\"15\">",
            StringComparison.Ordinal);

        var texts = Diff(changed).Where(c => c.ElementId == "Task_CouncilVote").Select(c => c.Text).ToList();

        Assert.Equal([
            "Đổi tên bước xử lý «Hội đồng TĐKT biểu quyết» thành «Hội đồng biểu quyết».",
            "«Hội đồng biểu quyết»: vai trò xử lý council → director.",
            "«Hội đồng biểu quyết»: lựa chọn kết quả approve, return, reject → approve, reject.",
            "«Hội đồng biểu quyết»: hạn xử lý 10 ngày làm việc → 15 ngày làm việc.",
        ], texts);
    }

    [Fact]
    public void Conditions_defaults_timers_and_removed_steps_are_reported()
    {
        var changed = Original
            .Replace("${outcome == 'withdraw'}", "${outcome == 'withdraw' and nomination.adHoc == false}", StringComparison.Ordinal)
            .Replace("name=\"Đơn vị quyết định?\" default=\"Flow_Resubmit\"", "name=\"Đơn vị quyết định?\"", StringComparison.Ordinal)
            .Replace("<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P3D</bpmn:timeDuration>", "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P5D</bpmn:timeDuration>", StringComparison.Ordinal);
        var start = changed.IndexOf("<bpmn:boundaryEvent id=\"Timer_DirectorSignReminder\"", StringComparison.Ordinal);
        var end = changed.IndexOf("</bpmn:boundaryEvent>", start, StringComparison.Ordinal) + "</bpmn:boundaryEvent>".Length;
        changed = changed.Remove(start, end - start);

        var changes = Diff(changed);

        Assert.Contains(changes, c => c.ElementId == "Flow_Withdraw"
            && c.Text == "Điều kiện của luồng «Đơn vị quyết định?» → «Đơn vị rút hồ sơ»: ${outcome == 'withdraw'} → ${outcome == 'withdraw' and nomination.adHoc == false}.");
        Assert.Contains(changes, c => c.ElementId == "Gateway_UnitDecision"
            && c.Text == "«Đơn vị quyết định?»: luồng mặc định «Đơn vị quyết định?» → «Khen đột xuất?» → không có.");
        Assert.Contains(changes, c => c.ElementId == "Timer_PV05Escalation" && c.Text == "«Quá hạn 3 ngày»: thời gian 3 ngày làm việc sau hạn → 5 ngày làm việc sau hạn.");
        Assert.Contains(changes, c => c is { Kind: ChangeKind.Removed, ElementId: "Timer_DirectorSignReminder", Text: "Bỏ hẹn giờ nhắc «Nhắc hạn»." });
    }
}
