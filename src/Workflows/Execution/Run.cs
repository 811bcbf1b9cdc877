using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Calendar;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Expressions;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Execution;

/// <summary>One command being applied to a private copy of an instance's state.</summary>
internal sealed class Run(WorkflowDefinition definition, InstanceState state, IWorkingCalendar calendar, DateTimeOffset at)
{
    private const int MaxArrivalsPerCommand = 10_000;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private readonly ImmutableArray<WorkflowEffect>.Builder _effects = ImmutableArray.CreateBuilder<WorkflowEffect>();
    private readonly Queue<(Token Token, SequenceFlow Flow, OpenTask? Related)> _moving = new();
    private int _arrivals;

    public StepResult Finish()
    {
        Drain();
        return new StepResult(state, _effects.ToImmutable());
    }

    public Token NewToken(string elementId, string? viaFlowId, string? forkId) =>
        new(state.NextId('k'), elementId, viaFlowId, forkId);

    public void Journal(JournalKind kind, string? elementId = null, string? taskId = null, string? actor = null,
        string? outcome = null, string? comment = null) =>
        state.JournalList.Add(new JournalEntry(state.JournalList.Count + 1, at, kind, elementId, taskId, actor, outcome, comment));

    public void CompleteTask(CompleteTask command)
    {
        var task = state.FindTask(command.TaskId) ?? throw TaskNotOpen(command.TaskId);
        var userTask = (UserTask)definition.GetNode(task.ElementId);
        var outcome = userTask.Outcomes.FirstOrDefault(o => string.Equals(o, command.Outcome?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new WorkflowException(WorkflowError.OutcomeNotAllowed,
                $"Bước '{userTask.Name ?? userTask.Id}' không có lựa chọn '{command.Outcome}'. Các lựa chọn: {string.Join(", ", userTask.Outcomes)}.",
                userTask.Id);

        if (command.Variables is not null)
            foreach (var (name, value) in command.Variables)
                state.VariableObject[name] = value?.DeepClone();
        state.VariableObject["outcome"] = outcome;
        if (state.VariableObject["outcomes"] is not JsonObject outcomes)
            state.VariableObject["outcomes"] = outcomes = [];
        outcomes[userTask.Id] = outcome;

        var token = CloseTask(task, TaskCloseReason.Completed, outcome);
        Journal(JournalKind.TaskCompleted, task.ElementId, task.Id, command.Actor, outcome, command.Comment);
        LeaveNode(userTask, token, task);
    }

    public void FireTimer(FireTimer command)
    {
        var timer = state.FindTimer(command.TimerId)
            ?? throw new WorkflowException(WorkflowError.TimerNotPending, $"Hẹn giờ '{command.TimerId}' không còn chờ.");
        if (at < timer.DueAt)
            throw new WorkflowException(WorkflowError.TimerNotDue,
                $"Hẹn giờ '{timer.Id}' chưa đến hạn ({timer.DueAt.ToOffset(WorkingCalendar.VietnamOffset).ToString("dd/MM/yyyy HH:mm", Vietnamese)}).",
                timer.ElementId);

        state.TimerList.Remove(timer);
        var boundary = (BoundaryTimerEvent)definition.GetNode(timer.ElementId);
        var task = state.FindTask(timer.TaskId)!;
        var taskToken = state.TokenList.Find(t => t.Id == task.TokenId);
        Journal(JournalKind.TimerFired, boundary.Id, task.Id);
        if (timer.Interrupting) CloseTask(task, TaskCloseReason.Escalated, null);
        LeaveNode(boundary, NewToken(boundary.Id, null, taskToken?.ForkId), task);
    }

    public void Cancel(CancelInstance command)
    {
        CloseEverything(TaskCloseReason.Cancelled);
        state.Status = InstanceStatus.Cancelled;
        state.EndedAt = at;
        Journal(JournalKind.Cancelled, actor: command.Actor, comment: command.Reason);
        _effects.Add(new InstanceEnded(InstanceStatus.Cancelled, null, null));
    }

    /// <summary>Moves a token out of a node along the flows its kind chooses.</summary>
    public void LeaveNode(FlowNode node, Token token, OpenTask? relatedTask)
    {
        var outgoing = definition.Outgoing(node.Id);
        switch (node)
        {
            case ExclusiveGateway gateway:
                _moving.Enqueue((token, ChooseFlow(gateway, outgoing), relatedTask));
                break;
            case ParallelGateway split when outgoing.Length > 1:
                var parent = WithdrawEarlierActivations(split.Id, token.ForkId);
                var fork = new ForkActivation(state.NextId('f'), split.Id, parent);
                state.ForkList.Add(fork);
                foreach (var flow in outgoing)
                    _moving.Enqueue((NewToken(flow.TargetId, flow.Id, fork.Id), flow, relatedTask));
                break;
            default:
                // An activity with several outgoing flows splits implicitly, as BPMN specifies.
                for (var i = 0; i < outgoing.Length; i++)
                    _moving.Enqueue((i == 0 ? token : NewToken(node.Id, null, token.ForkId), outgoing[i], relatedTask));
                if (outgoing.Length == 0) EndToken(null);
                break;
        }
    }

    private void Drain()
    {
        while (_moving.TryDequeue(out var move))
        {
            if (state.Status != InstanceStatus.Running) { _moving.Clear(); return; }
            if (++_arrivals > MaxArrivalsPerCommand)
                throw new WorkflowException(WorkflowError.StepLimitExceeded,
                    $"Quy trình đi vòng quá {MaxArrivalsPerCommand} bước mà không dừng ở bước nào; lệnh đã bị dừng. Hãy kiểm tra các vòng lặp qua cổng rẽ nhánh.",
                    move.Flow.Id);
            var node = definition.GetNode(move.Flow.TargetId);
            Arrive(node, move.Token with { ElementId = node.Id, ViaFlowId = move.Flow.Id }, move.Related);
        }
    }

    private void Arrive(FlowNode node, Token token, OpenTask? relatedTask)
    {
        switch (node)
        {
            case UserTask userTask:
                OpenUserTask(userTask, token);
                break;
            case AutomaticTask automatic:
                Journal(JournalKind.NotificationRequested, automatic.Id, relatedTask?.Id);
                _effects.Add(new NotificationRequested(automatic.Id, automatic.Kind, automatic.Template, automatic.Recipient,
                    relatedTask?.Id, relatedTask?.ElementId));
                LeaveNode(automatic, token, relatedTask);
                break;
            case ParallelGateway join when definition.Incoming(join.Id).Length > 1:
                Join(join, token, relatedTask);
                break;
            case ExclusiveGateway or ParallelGateway:
                LeaveNode(node, token, relatedTask);
                break;
            case EndEvent end:
                ReachEnd(end);
                break;
            default:
                throw new WorkflowException(WorkflowError.DefinitionInvalid,
                    $"Không thể đi vào phần tử '{node.Label}' theo luồng '{token.ViaFlowId}'.", node.Id);
        }
    }

    private void OpenUserTask(UserTask userTask, Token token)
    {
        var due = userTask.Due is null ? (DateTimeOffset?)null : Resolve(userTask.Due, null);
        var task = new OpenTask(state.NextId('t'), userTask.Id, token.Id, userTask.Candidate?.Role,
            userTask.Candidate?.UnitLevel, at, due);
        state.TokenList.Add(token);
        state.TaskList.Add(task);
        Journal(JournalKind.TaskOpened, userTask.Id, task.Id);
        _effects.Add(new TaskOpened(task, userTask.Name));
        foreach (var boundary in definition.BoundaryTimersOf(userTask.Id))
        {
            if (boundary.Timer is null) continue;
            var timer = new PendingTimer(state.NextId('m'), boundary.Id, task.Id, Resolve(boundary.Timer, due), boundary.Interrupting);
            state.TimerList.Add(timer);
            _effects.Add(new TimerScheduled(timer));
        }
    }

    private void Join(ParallelGateway join, Token token, OpenTask? relatedTask)
    {
        state.TokenList.Add(token);
        var incoming = definition.Incoming(join.Id);
        var arrived = new List<Token>(incoming.Length);
        foreach (var flow in incoming)
        {
            var waiting = state.TokenList.Find(t => t.ElementId == join.Id && t.ViaFlowId == flow.Id);
            if (waiting is null) return;
            arrived.Add(waiting);
        }

        foreach (var waiting in arrived) state.TokenList.Remove(waiting);
        var activation = state.ForkList.Find(f => f.Id == token.ForkId);
        var outerFork = activation is null ? token.ForkId : activation.ParentForkId;
        foreach (var forkId in arrived.Select(t => t.ForkId).Distinct())
            if (forkId is not null && !state.TokenList.Exists(t => t.ForkId == forkId))
                state.ForkList.RemoveAll(f => f.Id == forkId);
        LeaveNode(join, NewToken(join.Id, null, outerFork), relatedTask);
    }

    /// <summary>
    /// A split fired again while branches of its earlier firing are still alive (the dossier went back before
    /// the split): those branches are withdrawn so that no waiting task is duplicated.
    /// Returns the fork the new activation nests in.
    /// </summary>
    private string? WithdrawEarlierActivations(string splitId, string? tokenForkId)
    {
        var withdrawn = state.ForkList.Where(f => f.GatewayId == splitId).Select(f => f.Id).ToHashSet();
        if (withdrawn.Count == 0) return tokenForkId;
        bool added;
        do
        {
            added = false;
            foreach (var fork in state.ForkList)
                if (fork.ParentForkId is not null && withdrawn.Contains(fork.ParentForkId) && withdrawn.Add(fork.Id))
                    added = true;
        }
        while (added);

        foreach (var task in state.TaskList.Where(t => withdrawn.Contains(TokenOf(t)?.ForkId ?? "")).ToList())
            CloseTask(task, TaskCloseReason.Withdrawn, null);
        state.TokenList.RemoveAll(t => t.ForkId is not null && withdrawn.Contains(t.ForkId));

        var parent = tokenForkId;
        while (parent is not null && withdrawn.Contains(parent))
            parent = state.ForkList.Find(f => f.Id == parent)?.ParentForkId;
        state.ForkList.RemoveAll(f => withdrawn.Contains(f.Id));
        return parent;
    }

    private Token? TokenOf(OpenTask task) => state.TokenList.Find(t => t.Id == task.TokenId);

    /// <summary>Closes a task with its timers and returns the token that waited on it.</summary>
    private Token CloseTask(OpenTask task, TaskCloseReason reason, string? outcome)
    {
        state.TaskList.Remove(task);
        for (var i = state.TimerList.Count - 1; i >= 0; i--)
        {
            if (state.TimerList[i].TaskId != task.Id) continue;
            _effects.Add(new TimerCancelled(state.TimerList[i].Id));
            state.TimerList.RemoveAt(i);
        }
        var token = TokenOf(task) ?? new Token(task.TokenId, task.ElementId, null, null);
        state.TokenList.Remove(token);
        if (reason != TaskCloseReason.Completed)
            Journal(JournalKind.TaskCancelled, task.ElementId, task.Id, outcome: reason.ToString().ToLowerInvariant());
        _effects.Add(new TaskClosed(task.Id, task.ElementId, reason, outcome));
        return token;
    }

    private void CloseEverything(TaskCloseReason reason)
    {
        foreach (var task in state.TaskList.ToList()) CloseTask(task, reason, null);
        foreach (var timer in state.TimerList) _effects.Add(new TimerCancelled(timer.Id));
        state.TimerList.Clear();
        state.TokenList.Clear();
        state.ForkList.Clear();
        _moving.Clear();
    }

    private void ReachEnd(EndEvent end)
    {
        if (end.Result is not null) state.Result = end.Result;
        if (end.Terminate) CloseEverything(TaskCloseReason.Cancelled);
        EndToken(end);
    }

    private void EndToken(EndEvent? end)
    {
        if (state.TokenList.Count > 0 || _moving.Count > 0) return;
        state.Status = InstanceStatus.Completed;
        state.EndedAt = at;
        Journal(JournalKind.Ended, end?.Id, outcome: state.Result);
        _effects.Add(new InstanceEnded(InstanceStatus.Completed, state.Result, end?.Id));
    }

    private SequenceFlow ChooseFlow(ExclusiveGateway gateway, ImmutableArray<SequenceFlow> outgoing)
    {
        SequenceFlow? fallback = null;
        foreach (var flow in outgoing)
        {
            if (flow.Id == gateway.DefaultFlowId) { fallback = flow; continue; }
            if (!flow.HasCondition) return flow;
            if (flow.Condition is null)
                throw new WorkflowException(WorkflowError.DefinitionInvalid,
                    $"Điều kiện của luồng '{flow.Name ?? flow.Id}' không đọc được: {flow.ConditionError}", flow.Id);
            try
            {
                if (flow.Condition.Evaluate(state.VariableObject)) return flow;
            }
            catch (ExpressionEvaluationException e)
            {
                throw new WorkflowException(WorkflowError.ConditionFailed,
                    $"Không tính được điều kiện của luồng '{flow.Name ?? flow.Id}' ({flow.ConditionText}): {e.Message}", flow.Id);
            }
        }
        return fallback ?? throw new WorkflowException(WorkflowError.NoFlowMatched,
            $"Tại '{gateway.Label}', không có điều kiện nào đúng và không có luồng mặc định: hồ sơ không thể đi tiếp. Hồ sơ được giữ nguyên.",
            gateway.Id);
    }

    private DateTimeOffset Resolve(TimeSpec spec, DateTimeOffset? taskDue)
    {
        var anchor = spec.Anchor == TimeAnchor.TaskDue ? taskDue ?? at : at;
        return spec.WorkingDays is int days ? calendar.AddWorkingDays(anchor, days) : anchor + spec.Calendar;
    }

    private WorkflowException TaskNotOpen(string taskId)
    {
        var completed = state.JournalList.FindLast(j => j.TaskId == taskId && j.Kind == JournalKind.TaskCompleted);
        if (completed is not null)
            return new WorkflowException(WorkflowError.TaskAlreadyCompleted,
                $"Bước này đã được {completed.Actor ?? "người khác"} xử lý lúc {completed.At.ToOffset(WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", Vietnamese)} (ý kiến: {completed.Outcome}).",
                completed.ElementId);
        var closed = state.JournalList.FindLast(j => j.TaskId == taskId && j.Kind == JournalKind.TaskCancelled);
        if (closed is not null)
            return new WorkflowException(WorkflowError.TaskClosed, "Bước này đã đóng (quá hạn đã chuyển cấp trên, hoặc hồ sơ đã đi đường khác).", closed.ElementId);
        return new WorkflowException(WorkflowError.TaskNotFound, $"Không có bước '{taskId}' trong hồ sơ này.");
    }
}
