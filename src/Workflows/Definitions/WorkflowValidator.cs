using System.Text.RegularExpressions;

namespace ToanDan.Awards.Workflows.Definitions;

/// <summary>
/// Checks a definition before it may run, and says what is wrong in words an administrator understands,
/// naming the element at fault. An empty list means the definition can be published.
/// </summary>
internal static partial class WorkflowValidator
{
    public static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        var errors = new List<ValidationError>(definition.ImportProblems);
        CheckEvents(definition, errors);
        CheckFlows(definition, errors);
        foreach (var node in definition.Nodes) CheckNode(definition, node, errors);
        CheckPaths(definition, errors);
        return errors;
    }

    private static void CheckEvents(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var starts = definition.Nodes.OfType<StartEvent>().Where(s => s.ScopeId is null).ToList();
        if (starts.Count == 0)
            errors.Add(new(null, "no-start-event", "Quy trình chưa có sự kiện bắt đầu (start event)."));
        foreach (var extra in starts.Skip(1))
            errors.Add(new(extra.Id, "several-start-events", $"Quy trình chỉ được có một sự kiện bắt đầu; '{extra.Label}' là sự kiện bắt đầu thứ hai."));
        if (!definition.Nodes.OfType<EndEvent>().Any(e => e.ScopeId is null))
            errors.Add(new(null, "no-end-event", "Quy trình chưa có sự kiện kết thúc (end event)."));
        foreach (var sub in definition.Nodes.OfType<SubProcess>())
        {
            var inner = definition.Nodes.OfType<StartEvent>().Where(s => s.ScopeId == sub.Id).ToList();
            if (inner.Count == 0)
                errors.Add(new(sub.Id, "subprocess-no-start", sub.NoStart));
            foreach (var extra in inner.Skip(1))
                errors.Add(new(extra.Id, "several-start-events", $"Quy trình con '{sub.Label}' chỉ được có một sự kiện bắt đầu; '{extra.Label}' là sự kiện bắt đầu thứ hai."));
            if (!definition.Nodes.OfType<EndEvent>().Any(e => e.ScopeId == sub.Id))
                errors.Add(new(sub.Id, "subprocess-no-end", $"Quy trình con '{sub.Label}' chưa có sự kiện kết thúc."));
        }
    }

    private static void CheckFlows(WorkflowDefinition definition, List<ValidationError> errors)
    {
        foreach (var flow in definition.Flows)
        {
            var source = definition.FindNode(flow.SourceId);
            if (source is null)
                errors.Add(new(flow.Id, "flow-source-missing", $"Luồng '{flow.Id}' xuất phát từ phần tử '{flow.SourceId}' không có trong quy trình."));
            if (definition.FindNode(flow.TargetId) is null)
                errors.Add(new(flow.Id, "flow-target-missing", $"Luồng '{flow.Id}' đi tới phần tử '{flow.TargetId}' không có trong quy trình."));
            if (flow.HasCondition && flow.Condition is null)
                errors.Add(new(flow.Id, "condition-invalid", $"Điều kiện của luồng '{FlowLabel(flow)}' không hợp lệ: {flow.ConditionError}"));
            if (flow.HasCondition && source is not null and not ExclusiveGateway and not InclusiveGateway)
                errors.Add(new(flow.Id, "condition-not-on-gateway",
                    $"Luồng '{FlowLabel(flow)}' có điều kiện nhưng không đi ra từ cổng rẽ nhánh loại trừ hay bao hàm (exclusive/inclusive gateway). Hãy đặt điều kiện sau một cổng rẽ nhánh."));
            var target = definition.FindNode(flow.TargetId);
            if (source is not null && target is not null && source.ScopeId != target.ScopeId)
                errors.Add(new(flow.Id, "flow-crosses-subprocess",
                    $"Luồng '{FlowLabel(flow)}' nối '{source.Label}' với '{target.Label}' qua ranh giới tiến trình con; luồng phải nằm trọn trong một tiến trình."));
        }
    }

    private static void CheckNode(WorkflowDefinition definition, FlowNode node, List<ValidationError> errors)
    {
        var incoming = definition.Incoming(node.Id);
        var outgoing = definition.Outgoing(node.Id);
        switch (node)
        {
            case UnsupportedNode unsupported:
                errors.Add(new(node.Id, "unsupported-element",
                    $"Phần tử '{node.Label}' loại '{unsupported.ElementType}' chưa được hệ thống hỗ trợ. Hãy thay bằng bước xử lý (user task), bước gửi thư (send task), tiến trình con, cổng rẽ nhánh, sự kiện hẹn giờ hoặc sự kiện thông điệp."));
                return;
            case StartEvent when incoming.Length > 0:
                errors.Add(new(node.Id, "start-has-incoming", $"Sự kiện bắt đầu '{node.Label}' không được có luồng đi vào."));
                break;
            case EndEvent when outgoing.Length > 0:
                errors.Add(new(node.Id, "end-has-outgoing", $"Sự kiện kết thúc '{node.Label}' không được có luồng đi ra."));
                break;
            case UserTask task:
                CheckUserTask(definition, task, errors);
                break;
            case AutomaticTask { Template: null or "" }:
                errors.Add(new(node.Id, "template-missing", $"Bước gửi thư '{node.Label}' chưa chọn mẫu thư (award:template)."));
                break;
            case ExclusiveGateway gateway:
                CheckExclusiveGateway(definition, gateway, errors);
                break;
            case BoundaryTimerEvent boundary:
                CheckBoundary(definition, boundary, errors);
                break;
            case BoundaryEvent boundary:
                CheckOtherBoundary(definition, boundary, errors);
                break;
            case InclusiveGateway inclusive:
                if (inclusive.DefaultFlowId is not null && !outgoing.Any(f => f.Id == inclusive.DefaultFlowId))
                    errors.Add(new(node.Id, "default-flow-invalid", $"Luồng mặc định '{inclusive.DefaultFlowId}' của cổng '{node.Label}' không đi ra từ cổng này."));
                break;
            case EventBasedGateway:
                CheckEventGateway(definition, node, errors);
                break;
            case TimerCatchEvent { Timer: { Anchor: TimeAnchor.TaskDue } }:
                errors.Add(new(node.Id, "timer-anchor-without-due", $"Hẹn giờ '{node.Label}' không gắn vào bước nào nên không tính được theo hạn xử lý (award:anchor=\"due\")."));
                break;
            case TimerCatchEvent { Timer: { } timer } when timer.WorkingDays < 0 || timer.Calendar < TimeSpan.Zero:
                errors.Add(new(node.Id, "timer-negative", $"Hẹn giờ '{node.Label}' có thời lượng âm."));
                break;
            case MessageCatchEvent { Message: null } or ReceiveTask { Message: null }:
                errors.Add(new(node.Id, "message-missing", $"'{node.Label}' chưa chọn thông điệp cần chờ (messageRef tới một bpmn:message có tên)."));
                break;
            case CallActivity { CalledKey: null }:
                errors.Add(new(node.Id, "called-element-missing", $"Bước gọi quy trình khác '{node.Label}' chưa chọn quy trình được gọi (calledElement)."));
                break;
        }
        if (node is not EndEvent && outgoing.Length == 0)
            errors.Add(new(node.Id, "no-outgoing", $"'{node.Label}' không có luồng đi tiếp."));
    }

    private static void CheckUserTask(WorkflowDefinition definition, UserTask task, List<ValidationError> errors)
    {
        var named = task.Assignment is { } a && (a.Assignee is not null || !a.CandidateUsers.IsEmpty || !a.CandidateGroups.IsEmpty);
        if ((task.Candidate is null || string.IsNullOrWhiteSpace(task.Candidate.Role)) && !named)
            errors.Add(new(task.Id, "candidate-role-missing", $"Bước '{task.Label}' chưa chọn vai trò người xử lý (award:candidateRole) hay người được giao (assignee, candidateUsers)."));
        else if (task.Candidate is not null && !UnitLevelPattern().IsMatch(task.Candidate.UnitLevel))
            errors.Add(new(task.Id, "unit-level-invalid", $"Bước '{task.Label}' có cấp đơn vị '{task.Candidate.UnitLevel}' không hợp lệ (dùng self, parent, hoặc mã cấp như commune, province, ministry)."));
        if (task.Outcomes.IsDefaultOrEmpty || task.Outcomes.Any(string.IsNullOrWhiteSpace))
            errors.Add(new(task.Id, "outcomes-missing", $"Bước '{task.Label}' chưa có lựa chọn kết quả (award:outcomes)."));
        else if (task.Outcomes.Distinct(Outcomes.Comparer).Count() != task.Outcomes.Length)
            errors.Add(new(task.Id, "outcomes-duplicate", $"Bước '{task.Label}' có lựa chọn kết quả bị trùng: {string.Join(", ", task.Outcomes)}."));
        if (task.Due is { Calendar.Ticks: < 0 } or { WorkingDays: < 0 })
            errors.Add(new(task.Id, "due-negative", $"Hạn xử lý của bước '{task.Label}' không được âm."));
        if (definition.Outgoing(task.Id).Length > 1)
            errors.Add(new(task.Id, "task-several-outgoing",
                $"Bước '{task.Label}' có nhiều luồng đi ra. Hãy nối bước với một cổng rẽ nhánh rồi đặt điều kiện trên từng luồng."));
        if (task.Loop is { } loop && loop.Error is null && loop.Collection is null && loop.Cardinality is null && loop.CollectionText is null && loop.CardinalityText is null)
            errors.Add(new(task.Id, "loop-without-items", $"Bước nhiều người xử lý '{task.Label}' chưa có danh sách (collection) hay số lượt (loopCardinality)."));
        if (task.Loop is { OverRoleHolders: true } && string.IsNullOrWhiteSpace(task.Candidate?.Role)
            && (task.Assignment is null || task.Assignment.CandidateGroups.All(g => g.TrimStart().StartsWith('$') || g.TrimStart().StartsWith('='))))
            errors.Add(new(task.Id, "role-holders-without-role",
                $"Bước nhiều người xử lý '{task.Label}' giao cho từng người giữ vai trò (roleHolders) nhưng chưa chọn vai trò (award:candidateRole hoặc candidateGroups)."));
    }

    private static void CheckOtherBoundary(WorkflowDefinition definition, BoundaryEvent boundary, List<ValidationError> errors)
    {
        var host = definition.FindNode(boundary.AttachedToId);
        switch (boundary)
        {
            case BoundaryMessageEvent message:
                if (host is not (UserTask or SubProcess or CallActivity or ReceiveTask))
                    errors.Add(new(boundary.Id, "boundary-not-on-activity", $"Sự kiện thông điệp '{boundary.Label}' phải gắn vào một bước xử lý, tiến trình con, bước gọi quy trình khác hoặc bước chờ thông điệp."));
                if (message.Message is null)
                    errors.Add(new(boundary.Id, "message-missing", $"Sự kiện thông điệp '{boundary.Label}' chưa chọn thông điệp cần chờ (messageRef)."));
                break;
            case BoundaryErrorEvent or BoundaryEscalationEvent when host is not (SubProcess or CallActivity):
                errors.Add(new(boundary.Id, "boundary-not-on-subprocess",
                    $"Sự kiện bắt lỗi/báo cấp trên '{boundary.Label}' phải gắn vào một tiến trình con (sub-process) hoặc bước gọi quy trình khác (call activity)."));
                break;
        }
    }

    private static void CheckEventGateway(WorkflowDefinition definition, FlowNode gateway, List<ValidationError> errors)
    {
        var outgoing = definition.Outgoing(gateway.Id);
        if (outgoing.Length < 2)
            errors.Add(new(gateway.Id, "event-gateway-too-few", $"Cổng chờ sự kiện '{gateway.Label}' cần ít nhất hai nhánh, mỗi nhánh một sự kiện chờ."));
        foreach (var flow in outgoing)
        {
            var target = definition.FindNode(flow.TargetId);
            if (target is null) continue;
            if (target is not (TimerCatchEvent or MessageCatchEvent))
                errors.Add(new(gateway.Id, "event-gateway-target",
                    $"Sau cổng chờ sự kiện '{gateway.Label}', '{target.Label}' phải là sự kiện chờ thông điệp hoặc hẹn giờ (intermediate catch event)."));
            else if (definition.Incoming(target.Id).Length > 1)
                errors.Add(new(target.Id, "event-gateway-target",
                    $"Sự kiện '{target.Label}' sau cổng chờ sự kiện '{gateway.Label}' chỉ được có một luồng đi vào."));
        }
    }

    private static void CheckExclusiveGateway(WorkflowDefinition definition, ExclusiveGateway gateway, List<ValidationError> errors)
    {
        var outgoing = definition.Outgoing(gateway.Id);
        if (gateway.DefaultFlowId is not null && !outgoing.Any(f => f.Id == gateway.DefaultFlowId))
            errors.Add(new(gateway.Id, "default-flow-invalid", $"Luồng mặc định '{gateway.DefaultFlowId}' của cổng '{gateway.Label}' không đi ra từ cổng này."));
        if (outgoing.Length < 2) return;
        foreach (var flow in outgoing.Where(f => !f.HasCondition && f.Id != gateway.DefaultFlowId))
            errors.Add(new(gateway.Id, "gateway-flow-without-condition",
                $"Cổng rẽ nhánh '{gateway.Label}': luồng '{FlowLabel(flow)}' không có điều kiện và không phải luồng mặc định. Hãy đặt điều kiện cho luồng, hoặc chọn một luồng làm mặc định."));
    }

    private static void CheckBoundary(WorkflowDefinition definition, BoundaryTimerEvent boundary, List<ValidationError> errors)
    {
        var host = definition.FindNode(boundary.AttachedToId);
        if (host is not (UserTask or SubProcess or CallActivity or ReceiveTask))
        {
            errors.Add(new(boundary.Id, "boundary-not-on-user-task", $"Hẹn giờ '{boundary.Label}' phải gắn vào một bước xử lý (user task), tiến trình con, bước gọi quy trình khác hoặc bước chờ thông điệp."));
            return;
        }
        if (boundary.Timer is null) return; // the reader has already said why it could not read the timer
        if (boundary.Timer.Anchor == TimeAnchor.TaskDue && host is not UserTask { Due: not null })
            errors.Add(new(boundary.Id, "timer-anchor-without-due",
                $"Hẹn giờ '{boundary.Label}' tính theo hạn xử lý, nhưng bước '{host.Label}' chưa có hạn xử lý."));
        var negative = boundary.Timer.WorkingDays < 0 || boundary.Timer.Calendar < TimeSpan.Zero;
        if (negative && boundary.Timer.Anchor != TimeAnchor.TaskDue)
            errors.Add(new(boundary.Id, "timer-negative", $"Hẹn giờ '{boundary.Label}' có thời lượng âm; chỉ được âm khi tính trước hạn xử lý (award:anchor=\"due\")."));
    }

    private static void CheckPaths(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var start = definition.StartEvent;
        if (start is null) return;
        var reachable = Walk([start.Id], id => Successors(definition, id));
        // An error end leads to its catching boundary event, or (uncaught) to the caller's call activity.
        var ends = definition.Nodes.OfType<EndEvent>().Where(e => e.ScopeId is null || e.Throws?.Kind == EndThrowKind.Error);
        var reachesEnd = Walk(ends.Select(e => e.Id), id => Predecessors(definition, id));
        foreach (var node in definition.Nodes.Where(n => n is not UnsupportedNode))
        {
            if (!reachable.Contains(node.Id))
                errors.Add(new(node.Id, "unreachable", $"'{node.Label}' không thể tới được từ sự kiện bắt đầu."));
            else if (!reachesEnd.Contains(node.Id))
                errors.Add(new(node.Id, "no-path-to-end", $"Từ '{node.Label}' không có đường nào tới sự kiện kết thúc: hồ sơ sẽ bị kẹt ở đây."));
        }
    }

    private static IEnumerable<string> Successors(WorkflowDefinition definition, string id)
    {
        var next = definition.Outgoing(id).Select(f => f.TargetId).Concat(definition.BoundaryEventsOf(id).Select(b => b.Id));
        return definition.StartOf(id) is { } inner ? next.Append(inner.Id) : next;
    }

    private static IEnumerable<string> Predecessors(WorkflowDefinition definition, string id)
    {
        var sources = definition.Incoming(id).Select(f => f.SourceId);
        var node = definition.FindNode(id);
        if (node is BoundaryEvent boundary) sources = sources.Append(boundary.AttachedToId);
        // The ends of a sub-process lead on to wherever the sub-process leads.
        if (node is SubProcess)
            sources = sources.Concat(definition.Nodes.OfType<EndEvent>().Where(e => e.ScopeId == id && e.Throws?.Kind != EndThrowKind.Error).Select(e => e.Id));
        return sources;
    }

    private static HashSet<string> Walk(IEnumerable<string> from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(from, StringComparer.Ordinal);
        var stack = new Stack<string>(seen);
        while (stack.TryPop(out var id))
            foreach (var n in next(id))
                if (seen.Add(n)) stack.Push(n);
        return seen;
    }

    private static string FlowLabel(SequenceFlow flow) => string.IsNullOrWhiteSpace(flow.Name) ? flow.Id : $"{flow.Name} ({flow.Id})";

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex UnitLevelPattern();
}
