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
        var starts = definition.Nodes.OfType<StartEvent>().ToList();
        if (starts.Count == 0)
            errors.Add(new(null, "no-start-event", "Quy trình chưa có sự kiện bắt đầu (start event)."));
        foreach (var extra in starts.Skip(1))
            errors.Add(new(extra.Id, "several-start-events", $"Quy trình chỉ được có một sự kiện bắt đầu; '{extra.Label}' là sự kiện bắt đầu thứ hai."));
        if (!definition.Nodes.OfType<EndEvent>().Any())
            errors.Add(new(null, "no-end-event", "Quy trình chưa có sự kiện kết thúc (end event)."));
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
            if (flow.HasCondition && source is not null and not ExclusiveGateway)
                errors.Add(new(flow.Id, "condition-not-on-gateway",
                    $"Luồng '{FlowLabel(flow)}' có điều kiện nhưng không đi ra từ cổng rẽ nhánh loại trừ (exclusive gateway). Hãy đặt điều kiện sau một cổng rẽ nhánh."));
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
                    $"Phần tử '{node.Label}' loại '{unsupported.ElementType}' chưa được hệ thống hỗ trợ. Hãy thay bằng bước xử lý (user task), bước gửi thư (send task), cổng rẽ nhánh hoặc sự kiện hẹn giờ."));
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
        }
        if (node is not EndEvent && outgoing.Length == 0)
            errors.Add(new(node.Id, "no-outgoing", $"'{node.Label}' không có luồng đi tiếp."));
    }

    private static void CheckUserTask(WorkflowDefinition definition, UserTask task, List<ValidationError> errors)
    {
        if (task.Candidate is null || string.IsNullOrWhiteSpace(task.Candidate.Role))
            errors.Add(new(task.Id, "candidate-role-missing", $"Bước '{task.Label}' chưa chọn vai trò người xử lý (award:candidateRole)."));
        else if (!UnitLevelPattern().IsMatch(task.Candidate.UnitLevel))
            errors.Add(new(task.Id, "unit-level-invalid", $"Bước '{task.Label}' có cấp đơn vị '{task.Candidate.UnitLevel}' không hợp lệ (dùng self, parent, hoặc mã cấp như commune, province, ministry)."));
        if (task.Outcomes.IsDefaultOrEmpty || task.Outcomes.Any(string.IsNullOrWhiteSpace))
            errors.Add(new(task.Id, "outcomes-missing", $"Bước '{task.Label}' chưa có lựa chọn kết quả (award:outcomes)."));
        else if (task.Outcomes.Distinct(StringComparer.OrdinalIgnoreCase).Count() != task.Outcomes.Length)
            errors.Add(new(task.Id, "outcomes-duplicate", $"Bước '{task.Label}' có lựa chọn kết quả bị trùng: {string.Join(", ", task.Outcomes)}."));
        if (task.Due is { Calendar.Ticks: < 0 } or { WorkingDays: < 0 })
            errors.Add(new(task.Id, "due-negative", $"Hạn xử lý của bước '{task.Label}' không được âm."));
        if (definition.Outgoing(task.Id).Length > 1)
            errors.Add(new(task.Id, "task-several-outgoing",
                $"Bước '{task.Label}' có nhiều luồng đi ra. Hãy nối bước với một cổng rẽ nhánh rồi đặt điều kiện trên từng luồng."));
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
        if (host is not UserTask task)
        {
            errors.Add(new(boundary.Id, "boundary-not-on-user-task", $"Hẹn giờ '{boundary.Label}' phải gắn vào một bước xử lý (user task)."));
            return;
        }
        if (boundary.Timer is null) return; // the reader has already said why it could not read the timer
        if (boundary.Timer.Anchor == TimeAnchor.TaskDue && task.Due is null)
            errors.Add(new(boundary.Id, "timer-anchor-without-due",
                $"Hẹn giờ '{boundary.Label}' tính theo hạn xử lý, nhưng bước '{task.Label}' chưa có hạn xử lý."));
        var negative = boundary.Timer.WorkingDays < 0 || boundary.Timer.Calendar < TimeSpan.Zero;
        if (negative && boundary.Timer.Anchor != TimeAnchor.TaskDue)
            errors.Add(new(boundary.Id, "timer-negative", $"Hẹn giờ '{boundary.Label}' có thời lượng âm; chỉ được âm khi tính trước hạn xử lý (award:anchor=\"due\")."));
    }

    private static void CheckPaths(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var start = definition.StartEvent;
        if (start is null) return;
        var reachable = Walk([start.Id], id => Successors(definition, id));
        var reachesEnd = Walk(definition.Nodes.OfType<EndEvent>().Select(e => e.Id), id => Predecessors(definition, id));
        foreach (var node in definition.Nodes.Where(n => n is not UnsupportedNode))
        {
            if (!reachable.Contains(node.Id))
                errors.Add(new(node.Id, "unreachable", $"'{node.Label}' không thể tới được từ sự kiện bắt đầu."));
            else if (!reachesEnd.Contains(node.Id))
                errors.Add(new(node.Id, "no-path-to-end", $"Từ '{node.Label}' không có đường nào tới sự kiện kết thúc: hồ sơ sẽ bị kẹt ở đây."));
        }
    }

    private static IEnumerable<string> Successors(WorkflowDefinition definition, string id) =>
        definition.Outgoing(id).Select(f => f.TargetId).Concat(definition.BoundaryTimersOf(id).Select(b => b.Id));

    private static IEnumerable<string> Predecessors(WorkflowDefinition definition, string id)
    {
        var sources = definition.Incoming(id).Select(f => f.SourceId);
        return definition.FindNode(id) is BoundaryTimerEvent boundary ? sources.Append(boundary.AttachedToId) : sources;
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
