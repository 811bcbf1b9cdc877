using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Features.Workflows;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One difference between two versions, in words an administrator reads.</summary>
public sealed record WorkflowChange(ChangeKind Kind, string ElementId, string Text);

/// <summary>
/// What changed from one version of a workflow to another: steps added, removed, renamed; roles, deadlines and
/// outcomes; gateways, timers, ends; flows and their conditions. Elements are matched by their BPMN id.
/// </summary>
public static class WorkflowDiff
{
    public static IReadOnlyList<WorkflowChange> Compare(WorkflowDefinition from, WorkflowDefinition to, Func<string, string>? roleName = null)
    {
        var role = roleName ?? (r => r);
        var changes = new List<WorkflowChange>();
        if (!string.Equals(from.Name, to.Name, StringComparison.Ordinal))
            changes.Add(new(ChangeKind.Changed, to.Key, $"Đổi tên quy trình «{from.Name}» thành «{to.Name}»."));

        foreach (var node in to.Nodes.Where(n => from.FindNode(n.Id) is null))
            changes.Add(new(ChangeKind.Added, node.Id, $"Thêm {Kind(node)} {Quote(node)}{Details(node, to, role)}."));
        foreach (var node in from.Nodes.Where(n => to.FindNode(n.Id) is null))
            changes.Add(new(ChangeKind.Removed, node.Id, $"Bỏ {Kind(node)} {Quote(node)}."));
        foreach (var node in to.Nodes)
            if (from.FindNode(node.Id) is { } old)
                foreach (var text in NodeChanges(old, node, from, to, role))
                    changes.Add(new(ChangeKind.Changed, node.Id, text));

        foreach (var flow in to.Flows.Where(f => from.FindFlow(f.Id) is null))
            changes.Add(new(ChangeKind.Added, flow.Id, $"Thêm luồng {Path(flow, to)}{Guard(flow, to)}."));
        foreach (var flow in from.Flows.Where(f => to.FindFlow(f.Id) is null))
            changes.Add(new(ChangeKind.Removed, flow.Id, $"Bỏ luồng {Path(flow, from)}{Guard(flow, from)}."));
        foreach (var flow in to.Flows)
            if (from.FindFlow(flow.Id) is { } old)
                foreach (var text in FlowChanges(old, flow, from, to))
                    changes.Add(new(ChangeKind.Changed, flow.Id, text));
        return changes;
    }

    private static IEnumerable<string> NodeChanges(FlowNode a, FlowNode b, WorkflowDefinition from, WorkflowDefinition to, Func<string, string> role)
    {
        if (a.GetType() != b.GetType() || a is AutomaticTask x && b is AutomaticTask y && x.Kind != y.Kind)
        {
            yield return $"{Quote(b)}: đổi từ {Kind(a)} thành {Kind(b)}{Details(b, to, role)}.";
            yield break;
        }
        if (!string.Equals(a.Name, b.Name, StringComparison.Ordinal))
            yield return $"Đổi tên {Kind(b)} «{Name(a)}» thành «{Name(b)}».";
        switch (a, b)
        {
            case (UserTask u, UserTask v):
                if (u.Candidate?.Role != v.Candidate?.Role)
                    yield return $"{Quote(v)}: vai trò xử lý {Role(u.Candidate?.Role, role)} → {Role(v.Candidate?.Role, role)}.";
                if (u.Candidate?.UnitLevel != v.Candidate?.UnitLevel)
                    yield return $"{Quote(v)}: đơn vị xử lý {u.Candidate?.UnitLevel ?? "—"} → {v.Candidate?.UnitLevel ?? "—"}.";
                if (!u.Outcomes.SequenceEqual(v.Outcomes, StringComparer.Ordinal))
                    yield return $"{Quote(v)}: lựa chọn kết quả {Outcomes(u.Outcomes)} → {Outcomes(v.Outcomes)}.";
                if (Time(u.Due) != Time(v.Due))
                    yield return $"{Quote(v)}: hạn xử lý {Time(u.Due)} → {Time(v.Due)}.";
                break;
            case (AutomaticTask s, AutomaticTask t):
                if (s.Template != t.Template)
                    yield return $"{Quote(t)}: mẫu thư {s.Template ?? "—"} → {t.Template ?? "—"}.";
                if (s.Recipient != t.Recipient)
                    yield return $"{Quote(t)}: người nhận {Recipient(s.Recipient, role)} → {Recipient(t.Recipient, role)}.";
                break;
            case (ExclusiveGateway g, ExclusiveGateway k) when g.DefaultFlowId != k.DefaultFlowId:
                yield return $"{Quote(k)}: luồng mặc định {DefaultFlow(g.DefaultFlowId, from)} → {DefaultFlow(k.DefaultFlowId, to)}.";
                break;
            case (EndEvent e, EndEvent f):
                if (e.Result != f.Result)
                    yield return $"{Quote(f)}: kết quả hồ sơ {e.Result ?? "—"} → {f.Result ?? "—"}.";
                if (e.Terminate != f.Terminate)
                    yield return $"{Quote(f)}: {(f.Terminate ? "nay dừng mọi nhánh đang chạy (terminate)" : "không còn dừng các nhánh khác")}.";
                break;
            case (BoundaryTimerEvent p, BoundaryTimerEvent q):
                if (p.AttachedToId != q.AttachedToId)
                    yield return $"{Quote(q)}: chuyển từ bước {NodeName(p.AttachedToId, from)} sang bước {NodeName(q.AttachedToId, to)}.";
                if (Time(p.Timer) != Time(q.Timer))
                    yield return $"{Quote(q)}: thời gian {Time(p.Timer)} → {Time(q.Timer)}.";
                if (p.Interrupting != q.Interrupting)
                    yield return $"{Quote(q)}: {(q.Interrupting ? "nay ngắt bước khi đến giờ" : "nay chỉ nhắc, không ngắt bước")}.";
                break;
        }
    }

    private static IEnumerable<string> FlowChanges(SequenceFlow a, SequenceFlow b, WorkflowDefinition from, WorkflowDefinition to)
    {
        if (a.SourceId != b.SourceId || a.TargetId != b.TargetId)
            yield return $"Nối lại luồng {Path(a, from)} thành {Path(b, to)}.";
        if (!string.Equals(a.ConditionText?.Trim(), b.ConditionText?.Trim(), StringComparison.Ordinal))
            yield return $"Điều kiện của luồng {Path(b, to)}: {Condition(a.ConditionText)} → {Condition(b.ConditionText)}.";
        if (!string.Equals(a.Name, b.Name, StringComparison.Ordinal) && a.SourceId == b.SourceId && a.TargetId == b.TargetId)
            yield return $"Đổi tên luồng {Path(b, to)}: «{a.Name ?? ""}» → «{b.Name ?? ""}».";
    }

    private static string Kind(FlowNode node) => node switch
    {
        StartEvent => "sự kiện bắt đầu",
        EndEvent { Terminate: true } => "sự kiện kết thúc (terminate)",
        EndEvent => "sự kiện kết thúc",
        UserTask => "bước xử lý",
        AutomaticTask { Kind: AutomaticTaskKind.Send } => "bước gửi thư",
        AutomaticTask => "tác vụ tự động",
        ExclusiveGateway => "cổng rẽ nhánh",
        ParallelGateway => "cổng song song",
        BoundaryTimerEvent { Interrupting: true } => "hẹn giờ ngắt bước",
        BoundaryTimerEvent => "hẹn giờ nhắc",
        UnsupportedNode u => $"phần tử {u.ElementType}",
        _ => "phần tử",
    };

    private static string Details(FlowNode node, WorkflowDefinition definition, Func<string, string> role) => node switch
    {
        UserTask t => $": vai trò {Role(t.Candidate?.Role, role)} ({t.Candidate?.UnitLevel ?? "—"}), kết quả {Outcomes(t.Outcomes)}, hạn {Time(t.Due)}",
        AutomaticTask { Template: { } template } a => $": mẫu thư {template}, gửi {Recipient(a.Recipient, role)}",
        BoundaryTimerEvent b => $" trên bước {NodeName(b.AttachedToId, definition)}: {Time(b.Timer)}",
        EndEvent { Result: { } result } => $" (kết quả {result})",
        _ => "",
    };

    private static string Name(FlowNode node) => string.IsNullOrWhiteSpace(node.Name) ? node.Id : node.Name;

    private static string Quote(FlowNode node) => $"«{Name(node)}»";

    private static string NodeName(string id, WorkflowDefinition definition) => definition.FindNode(id) is { } node ? Quote(node) : id;

    private static string Path(SequenceFlow flow, WorkflowDefinition definition) =>
        $"{NodeName(flow.SourceId, definition)} → {NodeName(flow.TargetId, definition)}";

    private static string Guard(SequenceFlow flow, WorkflowDefinition definition) =>
        flow.HasCondition ? $" khi {flow.ConditionText!.Trim()}"
        : definition.FindNode(flow.SourceId) is ExclusiveGateway { DefaultFlowId: var d } && d == flow.Id ? " (luồng mặc định)" : "";

    private static string DefaultFlow(string? id, WorkflowDefinition definition) =>
        id is null ? "không có" : definition.FindFlow(id) is { } flow ? Path(flow, definition) : id;

    private static string Condition(string? text) => string.IsNullOrWhiteSpace(text) ? "không có" : text.Trim();

    private static string Role(string? code, Func<string, string> role) => string.IsNullOrWhiteSpace(code) ? "chưa chọn" : role(code);

    private static string Recipient(Assignee? recipient, Func<string, string> role) =>
        recipient is null ? "người nhận mặc định" : $"{role(recipient.Role)} ({recipient.UnitLevel})";

    private static string Outcomes(IEnumerable<string> outcomes) => string.Join(", ", outcomes);

    private static string Time(TimeSpec? time) => time switch
    {
        null => "không có",
        { WorkingDays: { } days, Anchor: TimeAnchor.TaskDue } => days < 0 ? $"{-days} ngày làm việc trước hạn" : $"{days} ngày làm việc sau hạn",
        { WorkingDays: { } days } => $"{days} ngày làm việc",
        { Anchor: TimeAnchor.TaskDue } => $"{time.Text} tính từ hạn",
        _ => time.Text,
    };
}
