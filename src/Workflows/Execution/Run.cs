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
    private const int MaxInstancesPerLoop = 1_000;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private readonly ImmutableArray<WorkflowEffect>.Builder _effects = ImmutableArray.CreateBuilder<WorkflowEffect>();
    private readonly Queue<(Token Token, SequenceFlow Flow, OpenTask? Related)> _moving = new();
    private int _arrivals;
    private bool _cancelledInside;

    public StepResult Finish()
    {
        Drain();
        if (_cancelledInside && state.ForkList.Count > 0) PruneForks();
        return new StepResult(state, _effects.ToImmutable());
    }

    public Token NewToken(string elementId, string? viaFlowId, string? forkId, string? scopeId = null) =>
        new(state.NextId('k'), elementId, viaFlowId, forkId) { ScopeId = scopeId };

    public void Journal(JournalKind kind, string? elementId = null, string? taskId = null, string? actor = null,
        string? outcome = null, string? comment = null) =>
        state.JournalList.Add(new JournalEntry(state.JournalList.Count + 1, at, kind, elementId, taskId, actor, outcome, comment));

    public void CompleteTask(CompleteTask command)
    {
        var task = state.FindTask(command.TaskId) ?? throw TaskNotOpen(command.TaskId);
        var userTask = (UserTask)definition.GetNode(task.ElementId);
        var outcome = userTask.Offered(command.Outcome)
            ?? throw new WorkflowException(WorkflowError.OutcomeNotAllowed, userTask.NotOffered(command.Outcome), userTask.Id);
        if (task.ClaimedBy is not null && !string.Equals(task.ClaimedBy, command.Actor, StringComparison.OrdinalIgnoreCase))
            throw ClaimedByOther(task, userTask);

        SetVariables(command.Variables);
        state.VariableObject["outcome"] = outcome;
        if (state.VariableObject["outcomes"] is not JsonObject outcomes)
            state.VariableObject["outcomes"] = outcomes = [];
        outcomes[userTask.Id] = outcome;

        if (userTask.Loop is not null)
        {
            CompleteInstance(userTask, task, outcome, command);
            return;
        }
        var token = CloseTask(task, TaskCloseReason.Completed, outcome);
        Journal(JournalKind.TaskCompleted, task.ElementId, task.Id, command.Actor, outcome, command.Comment);
        LeaveNode(userTask, token, task);
    }

    public void Claim(ClaimTask command)
    {
        var task = state.FindTask(command.TaskId) ?? throw TaskNotOpen(command.TaskId);
        var userTask = (UserTask)definition.GetNode(task.ElementId);
        if (task.ClaimedBy is not null && !string.Equals(task.ClaimedBy, command.Actor, StringComparison.OrdinalIgnoreCase))
            throw ClaimedByOther(task, userTask);
        Replace(task, task with { ClaimedBy = command.Actor });
        Journal(JournalKind.TaskClaimed, task.ElementId, task.Id, command.Actor);
    }

    public void Release(ReleaseTask command)
    {
        var task = state.FindTask(command.TaskId) ?? throw TaskNotOpen(command.TaskId);
        var userTask = (UserTask)definition.GetNode(task.ElementId);
        if (task.ClaimedBy is null)
            throw new WorkflowException(WorkflowError.TaskClaimedByOther, $"Bước '{userTask.Name ?? userTask.Id}' chưa có ai nhận xử lý.", userTask.Id);
        if (!string.Equals(task.ClaimedBy, command.Actor, StringComparison.OrdinalIgnoreCase))
            throw ClaimedByOther(task, userTask);
        Replace(task, task with { ClaimedBy = null });
        Journal(JournalKind.TaskReleased, task.ElementId, task.Id, command.Actor);
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
        switch (definition.GetNode(timer.ElementId))
        {
            case BoundaryTimerEvent boundary when timer.TaskId is not null:
                var task = state.FindTask(timer.TaskId)!;
                var taskToken = state.TokenList.Find(t => t.Id == task.TokenId);
                Journal(JournalKind.TimerFired, boundary.Id, task.Id);
                if (timer.Interrupting) CloseTask(task, TaskCloseReason.Escalated, null);
                LeaveNode(boundary, NewToken(boundary.Id, null, taskToken?.ForkId, taskToken?.ScopeId), task);
                break;
            case BoundaryTimerEvent boundary:
                var activity = FindToken(timer.TokenId!);
                Journal(JournalKind.TimerFired, boundary.Id);
                if (timer.Interrupting) CancelToken(activity, TaskCloseReason.Escalated);
                LeaveNode(boundary, NewToken(boundary.Id, null, activity.ForkId, activity.ScopeId), null);
                break;
            case var node:
                Journal(JournalKind.TimerFired, node.Id);
                Catch(node, FindToken(timer.TokenId!));
                break;
        }
    }

    public void DeliverMessage(DeliverMessage command)
    {
        var name = command.MessageName?.Trim() ?? "";
        var subscription = state.SubscriptionList.Find(s => string.Equals(s.MessageName, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new WorkflowException(WorkflowError.MessageNotAwaited, state.SubscriptionList.Count == 0
                ? $"Hồ sơ này không chờ thông điệp nào, nên không nhận được thông điệp '{name}'."
                : $"Hồ sơ này không chờ thông điệp '{name}'. Hồ sơ đang chờ: {string.Join(", ", state.SubscriptionList.Select(s => $"'{s.MessageName}'").Distinct())}.");

        SetVariables(command.Variables);
        RemoveSubscription(subscription);
        Journal(JournalKind.MessageReceived, subscription.ElementId, subscription.TaskId, command.Actor, comment: subscription.MessageName);
        var node = definition.GetNode(subscription.ElementId);
        if (node is BoundaryMessageEvent boundary)
        {
            var activity = FindToken(subscription.TokenId);
            var task = subscription.TaskId is null ? null : state.FindTask(subscription.TaskId);
            if (boundary.Interrupting) CancelToken(activity, TaskCloseReason.Interrupted);
            LeaveNode(boundary, NewToken(boundary.Id, null, activity.ForkId, activity.ScopeId), task);
            return;
        }
        Catch(node, FindToken(subscription.TokenId));
    }

    private PendingCall AwaitedCall(string callId) =>
        state.FindCall(callId)
            ?? throw new WorkflowException(WorkflowError.CallNotPending, $"Không có bước gọi quy trình khác '{callId}' nào đang chờ trong hồ sơ này.");

    public void CompleteCall(CompleteCallActivity command)
    {
        var call = AwaitedCall(command.CallId);
        var activity = (CallActivity)definition.GetNode(call.ElementId);
        var token = FindToken(call.TokenId);
        if (command.ErrorCode is { } code)
        {
            state.CallList.Remove(call);
            Journal(JournalKind.CallCompleted, activity.Id, actor: command.Actor, outcome: code, comment: call.CalledInstanceId);
            ThrowError(code, token, activity.Id);
            return;
        }

        if (command.Output is { } output)
        {
            if (activity.Outputs is not { } mappings)
                SetVariables(output);
            else
                foreach (var mapping in mappings)
                    state.VariableObject[mapping.Target] = Read(output, mapping.Source)?.DeepClone();
        }
        state.CallList.Remove(call);
        Journal(JournalKind.CallCompleted, activity.Id, actor: command.Actor, comment: call.CalledInstanceId);
        state.TokenList.Remove(token);
        DetachBoundaries(token);
        LeaveNode(activity, token, null);
    }

    public void EscalateCall(EscalateCallActivity command)
    {
        var call = AwaitedCall(command.CallId);
        ThrowEscalation(command.EscalationCode, FindToken(call.TokenId), call.ElementId);
    }

    public void RecordCall(RecordCalledInstance command)
    {
        var call = AwaitedCall(command.CallId);
        state.CallList[state.CallList.IndexOf(call)] = call with { CalledInstanceId = command.CalledInstanceId };
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
                _moving.Enqueue((token, ChooseFlow(gateway.Label, gateway.Id, gateway.DefaultFlowId, outgoing), relatedTask));
                break;
            case ParallelGateway split when outgoing.Length > 1:
                Fork(split.Id, token, outgoing, relatedTask);
                break;
            case InclusiveGateway split when outgoing.Length > 1:
                Fork(split.Id, token, ChooseFlows(split, outgoing), relatedTask);
                break;
            case InclusiveGateway gateway when outgoing.Length == 1:
                _moving.Enqueue((token, ChooseFlow(gateway.Label, gateway.Id, gateway.DefaultFlowId, outgoing), relatedTask));
                break;
            default:
                // An activity with several outgoing flows splits implicitly, as BPMN specifies.
                for (var i = 0; i < outgoing.Length; i++)
                    _moving.Enqueue((i == 0 ? token : NewToken(node.Id, null, token.ForkId, token.ScopeId), outgoing[i], relatedTask));
                if (outgoing.Length == 0) EndToken(null, token);
                break;
        }
    }

    private void Fork(string splitId, Token token, IReadOnlyList<SequenceFlow> flows, OpenTask? relatedTask)
    {
        var parent = WithdrawEarlierActivations(splitId, token.ForkId);
        var fork = new ForkActivation(state.NextId('f'), splitId, parent);
        state.ForkList.Add(fork);
        foreach (var flow in flows)
            _moving.Enqueue((NewToken(flow.TargetId, flow.Id, fork.Id, token.ScopeId), flow, relatedTask));
    }

    private void Drain()
    {
        while (true)
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
            // An inclusive join fires once nothing can reach it any more: check when everything else has settled.
            if (state.Status != InstanceStatus.Running || !definition.HasInclusiveJoins || !FireReadyInclusiveJoin()) return;
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
            case InclusiveGateway join when definition.Incoming(join.Id).Length > 1:
                state.TokenList.Add(token);
                break;
            case ExclusiveGateway or ParallelGateway or InclusiveGateway or IntermediateThrowEvent:
                LeaveNode(node, token, relatedTask);
                break;
            case EndEvent end:
                ReachEnd(end, token);
                break;
            case EventBasedGateway gateway:
                state.TokenList.Add(token);
                foreach (var flow in definition.Outgoing(gateway.Id))
                    Subscribe(definition.GetNode(flow.TargetId), token);
                break;
            case TimerCatchEvent or MessageCatchEvent:
                state.TokenList.Add(token);
                Subscribe(node, token);
                break;
            case ReceiveTask receive:
                state.TokenList.Add(token);
                Subscribe(receive, token);
                AttachBoundaries(receive, token, null, null);
                break;
            case SubProcess sub:
                state.TokenList.Add(token);
                AttachBoundaries(sub, token, null, null);
                var start = definition.StartOf(sub.Id) ?? throw new WorkflowException(WorkflowError.DefinitionInvalid,
                    sub.NoStart, sub.Id);
                LeaveNode(start, NewToken(start.Id, null, null, token.Id), relatedTask);
                break;
            case CallActivity call:
                StartCall(call, token);
                break;
            default:
                throw new WorkflowException(WorkflowError.DefinitionInvalid,
                    $"Không thể đi vào phần tử '{node.Label}' theo luồng '{token.ViaFlowId}'.", node.Id);
        }
    }

    /// <summary>A token waits at a catch event (alone, or after an event-based gateway): set its timer or subscription.</summary>
    private void Subscribe(FlowNode node, Token token)
    {
        switch (node)
        {
            case TimerCatchEvent { Timer: { } spec } timer:
                AddTimer(new PendingTimer(state.NextId('m'), timer.Id, null, Resolve(spec, null), true) { TokenId = token.Id });
                break;
            case MessageCatchEvent { Message: { } message } catcher:
                AddSubscription(new MessageSubscription(state.NextId('s'), catcher.Id, message.Code, token.Id));
                break;
            case ReceiveTask { Message: { } message } receive:
                AddSubscription(new MessageSubscription(state.NextId('s'), receive.Id, message.Code, token.Id));
                break;
            default:
                throw new WorkflowException(WorkflowError.DefinitionInvalid, $"'{node.Label}' không chờ được hẹn giờ hay thông điệp nào.", node.Id);
        }
    }

    /// <summary>The timer or message a catch event waited for has come: the token goes on from the event.</summary>
    private void Catch(FlowNode node, Token waiting)
    {
        state.TokenList.Remove(waiting);
        var via = waiting.ViaFlowId;
        if (definition.FindNode(waiting.ElementId) is EventBasedGateway gateway)
        {
            // The first event wins: the gateway's other events stop waiting.
            DetachBoundaries(waiting);
            via = definition.Outgoing(gateway.Id).FirstOrDefault(f => f.TargetId == node.Id)?.Id;
        }
        else if (node is ReceiveTask)
        {
            DetachBoundaries(waiting);
        }
        LeaveNode(node, waiting with { ElementId = node.Id, ViaFlowId = via }, null);
    }

    private void StartCall(CallActivity activity, Token token)
    {
        state.TokenList.Add(token);
        var variables = new JsonObject();
        if (activity.Inputs is not { } inputs)
            foreach (var (name, value) in state.VariableObject)
                variables[name] = value?.DeepClone();
        else
            foreach (var mapping in inputs)
                variables[mapping.Target] = Read(state.VariableObject, mapping.Source)?.DeepClone();
        var call = new PendingCall(state.NextId('c'), activity.Id, token.Id, activity.CalledKey ?? "", activity.CalledVersion);
        state.CallList.Add(call);
        Journal(JournalKind.CallStarted, activity.Id, comment: call.CalledKey);
        _effects.Add(new CallActivityStarted(call, activity.Name, variables));
        AttachBoundaries(activity, token, null, null);
    }

    private void OpenUserTask(UserTask userTask, Token token)
    {
        var due = userTask.Due is null ? (DateTimeOffset?)null : Resolve(userTask.Due, null);
        if (userTask.Loop is { } loop)
        {
            OpenLoop(userTask, loop, token, due);
            return;
        }
        state.TokenList.Add(token);
        var task = OpenTaskFor(userTask, token, due, null);
        foreach (var boundary in definition.BoundaryTimersOf(userTask.Id))
        {
            if (boundary.Timer is null) continue;
            AddTimer(new PendingTimer(state.NextId('m'), boundary.Id, task.Id, Resolve(boundary.Timer, due), boundary.Interrupting));
        }
        foreach (var boundary in definition.BoundaryEventsOf(userTask.Id))
            if (boundary is BoundaryMessageEvent { Message: { } message })
                AddSubscription(new MessageSubscription(state.NextId('s'), boundary.Id, message.Code, token.Id) { TaskId = task.Id });
    }

    private OpenTask OpenTaskFor(UserTask userTask, Token token, DateTimeOffset? due, JsonObject? locals)
    {
        var task = new OpenTask(state.NextId('t'), userTask.Id, token.Id, userTask.Candidate?.Role, userTask.Candidate?.UnitLevel, at, due);
        if (locals is not null)
            task = task with { LoopCounter = (int?)locals["loopCounter"], LoopItem = ItemOf(userTask, locals) };
        if (userTask.Assignment is { } assignment)
        {
            var groups = ResolveNames(assignment.CandidateGroups, locals, userTask);
            task = task with
            {
                Assignee = assignment.Assignee is null ? null : ResolveNames([assignment.Assignee], locals, userTask).FirstOrDefault(),
                CandidateUsers = assignment.CandidateUsers.IsEmpty ? null : ResolveNames(assignment.CandidateUsers, locals, userTask),
                CandidateGroups = groups.Count == 0 ? null : groups,
                CandidateRole = userTask.Candidate?.Role ?? groups.FirstOrDefault(),
            };
        }
        // Over the holders of a role, each instance belongs to its holder.
        if (userTask.Loop is { OverRoleHolders: true } && task.LoopItem is JsonValue holder && task.Assignee is null)
            task = task with { Assignee = holder.ToString() };
        state.TaskList.Add(task);
        Journal(JournalKind.TaskOpened, userTask.Id, task.Id);
        _effects.Add(new TaskOpened(task, userTask.Name));
        return task;
    }

    private static JsonNode? ItemOf(UserTask userTask, JsonObject locals) =>
        userTask.Loop?.ItemVariable is { } name ? locals[name]?.DeepClone() : null;

    /// <summary>Each entry a literal or an expression (<c>${reviewer}</c>, <c>=reviewer</c>); lists are flattened, nulls dropped.</summary>
    private List<string> ResolveNames(ImmutableArray<string> entries, JsonObject? locals, UserTask userTask)
    {
        var names = new List<string>(entries.Length);
        foreach (var entry in entries)
        {
            var text = entry.Trim();
            var expression = text.StartsWith("${", StringComparison.Ordinal) || text.StartsWith("#{", StringComparison.Ordinal) ? text
                : text.StartsWith('=') ? text[1..] : null;
            if (expression is null)
            {
                names.Add(text);
                continue;
            }
            JsonNode? value;
            try
            {
                value = ConditionExpression.Parse(expression).Compute(state.VariableObject, locals);
            }
            catch (Exception e) when (e is ExpressionSyntaxException or ExpressionEvaluationException)
            {
                throw new WorkflowException(WorkflowError.ConditionFailed, $"Không tính được người xử lý '{text}' của bước '{userTask.Label}': {e.Message}", userTask.Id);
            }
            IEnumerable<JsonNode?> items = value is JsonArray list ? list : [value];
            foreach (var item in items)
                if (item is JsonValue v && v.ToString() is { Length: > 0 } name)
                    names.Add(name);
        }
        return names;
    }

    private void OpenLoop(UserTask userTask, MultiInstance loop, Token token, DateTimeOffset? due)
    {
        if (loop.OverRoleHolders)
        {
            var role = userTask.Candidate?.Role
                ?? (userTask.Assignment is { } a ? ResolveNames(a.CandidateGroups, null, userTask).FirstOrDefault() : null)
                ?? throw new WorkflowException(WorkflowError.LoopInvalid,
                    $"Bước nhiều người xử lý '{userTask.Label}' chạy theo người giữ vai trò (roleHolders) nhưng chưa chọn vai trò.", userTask.Id);
            // The host names the holders in the same transaction (SupplyRoleHolders); the token waits for them.
            state.TokenList.Add(token);
            state.LoopList.Add(new MultiInstanceLoop(token.Id, userTask.Id, 0, 0, 0, 0) { AwaitingHolders = true });
            _effects.Add(new RoleHoldersRequested(token.Id, userTask.Id, userTask.Name, role, userTask.Candidate?.UnitLevel));
            return;
        }
        JsonArray? items = null;
        int total;
        try
        {
            if (loop.Collection is { } collection)
            {
                items = collection.Compute(state.VariableObject, null) as JsonArray
                    ?? throw new WorkflowException(WorkflowError.LoopInvalid,
                        $"Bước nhiều người xử lý '{userTask.Label}' cần danh sách '{loop.CollectionText}', nhưng biến này không phải danh sách.", userTask.Id);
                total = items.Count;
            }
            else
            {
                var count = loop.Cardinality?.Compute(state.VariableObject, null);
                total = count is JsonValue v && v.TryGetValue<decimal>(out var n) && n >= 0 && n == decimal.Truncate(n) && n <= MaxInstancesPerLoop ? (int)n
                    : throw new WorkflowException(WorkflowError.LoopInvalid,
                        $"Bước nhiều người xử lý '{userTask.Label}' cần số lượt '{loop.CardinalityText}' là số nguyên từ 0 đến {MaxInstancesPerLoop}.", userTask.Id);
            }
        }
        catch (ExpressionEvaluationException e)
        {
            throw new WorkflowException(WorkflowError.LoopInvalid, $"Không tính được số lượt của bước '{userTask.Label}': {e.Message}", userTask.Id);
        }
        RunLoop(userTask, loop, token, due, items, total);
    }

    public void SupplyHolders(SupplyRoleHolders command)
    {
        var index = state.LoopList.FindIndex(l => l.TokenId == command.TokenId && l.AwaitingHolders == true);
        if (index < 0)
            throw new WorkflowException(WorkflowError.LoopInvalid, "Không có bước nhiều người xử lý nào đang chờ danh sách người giữ vai trò.");
        var userTask = (UserTask)definition.GetNode(state.LoopList[index].ElementId);
        var names = command.UserNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0)
            throw new WorkflowException(WorkflowError.LoopInvalid,
                $"Bước nhiều người xử lý '{userTask.Label}' cần ít nhất một người giữ vai trò '{userTask.Candidate?.Role}'.", userTask.Id);
        state.LoopList.RemoveAt(index);
        var token = FindToken(command.TokenId);
        state.TokenList.Remove(token);
        var due = userTask.Due is null ? (DateTimeOffset?)null : Resolve(userTask.Due, null);
        RunLoop(userTask, userTask.Loop!, token, due, [.. names.Select(n => (JsonNode)n)], names.Count);
    }

    private void RunLoop(UserTask userTask, MultiInstance loop, Token token, DateTimeOffset? due, JsonArray? items, int total)
    {
        if (total > MaxInstancesPerLoop)
            throw new WorkflowException(WorkflowError.LoopInvalid,
                $"Bước nhiều người xử lý '{userTask.Label}' có {total} lượt, vượt quá {MaxInstancesPerLoop}.", userTask.Id);

        var counts = new JsonObject();
        foreach (var outcome in userTask.Outcomes) counts[outcome] = 0;
        if (state.VariableObject["outcomeCounts"] is not JsonObject all)
            state.VariableObject["outcomeCounts"] = all = [];
        all[userTask.Id] = counts;
        if (total == 0)
        {
            LeaveNode(userTask, token, null);
            return;
        }

        state.TokenList.Add(token);
        var opened = loop.Sequential ? 1 : total;
        var activation = new MultiInstanceLoop(token.Id, userTask.Id, total, 0, opened, opened) { Items = items is null ? null : (JsonArray)items.DeepClone() };
        state.LoopList.Add(activation);
        for (var i = 0; i < opened; i++)
            OpenTaskFor(userTask, token, due, Locals(userTask, activation, i));
        AttachBoundaries(userTask, token, null, due);
    }

    private static JsonObject Locals(UserTask userTask, MultiInstanceLoop loop, int index)
    {
        var locals = new JsonObject
        {
            ["nrOfInstances"] = loop.Total,
            ["nrOfCompletedInstances"] = loop.Completed,
            ["nrOfActiveInstances"] = loop.Active,
            ["loopCounter"] = index,
        };
        if (userTask.Loop?.ItemVariable is { } name)
            locals[name] = loop.Items is { } items && index < items.Count ? items[index]?.DeepClone() : null;
        return locals;
    }

    private void CompleteInstance(UserTask userTask, OpenTask task, string outcome, CompleteTask command)
    {
        var counts = (JsonObject)((JsonObject)state.VariableObject["outcomeCounts"]!)[userTask.Id]!;
        counts[outcome] = (counts[outcome]?.GetValue<int>() ?? 0) + 1;
        CloseTask(task, TaskCloseReason.Completed, outcome, removeToken: false);
        Journal(JournalKind.TaskCompleted, task.ElementId, task.Id, command.Actor, outcome, command.Comment);

        var index = state.LoopList.FindIndex(l => l.TokenId == task.TokenId);
        var loop = state.LoopList[index] with { Completed = state.LoopList[index].Completed + 1, Active = state.LoopList[index].Active - 1 };
        state.LoopList[index] = loop;
        var done = loop.Completed >= loop.Total;
        if (!done && userTask.Loop!.Completion is { } completion)
        {
            try
            {
                done = completion.Evaluate(state.VariableObject, Locals(userTask, loop, task.LoopCounter ?? 0));
            }
            catch (ExpressionEvaluationException e)
            {
                throw new WorkflowException(WorkflowError.ConditionFailed,
                    $"Không tính được điều kiện hoàn thành của bước '{userTask.Label}' ({userTask.Loop.CompletionText}): {e.Message}", userTask.Id);
            }
        }

        var token = FindToken(task.TokenId);
        if (!done)
        {
            if (userTask.Loop!.Sequential && loop.Next < loop.Total)
            {
                state.LoopList[index] = loop = loop with { Active = loop.Active + 1, Next = loop.Next + 1 };
                var due = userTask.Due is null ? (DateTimeOffset?)null : Resolve(userTask.Due, null);
                OpenTaskFor(userTask, token, due, Locals(userTask, loop, loop.Next - 1));
            }
            return;
        }
        foreach (var open in state.TaskList.Where(t => t.TokenId == token.Id).ToList())
            CloseTask(open, TaskCloseReason.CompletionConditionMet, null, removeToken: false);
        state.LoopList.RemoveAt(index);
        state.TokenList.Remove(token);
        DetachBoundaries(token);
        LeaveNode(userTask, token, task);
    }

    /// <summary>Sets the timers and message subscriptions of an activity's boundary events (the activity's token watches them).</summary>
    private void AttachBoundaries(FlowNode activity, Token token, string? taskId, DateTimeOffset? due)
    {
        foreach (var boundary in definition.BoundaryEventsOf(activity.Id))
        {
            switch (boundary)
            {
                case BoundaryTimerEvent { Timer: { } spec } timer:
                    AddTimer(new PendingTimer(state.NextId('m'), timer.Id, taskId, Resolve(spec, due), timer.Interrupting) { TokenId = token.Id });
                    break;
                case BoundaryMessageEvent { Message: { } message } catcher:
                    AddSubscription(new MessageSubscription(state.NextId('s'), catcher.Id, message.Code, token.Id) { TaskId = taskId });
                    break;
            }
        }
    }

    /// <summary>Removes every timer and subscription a token watches (its activity's boundary events, its gateway's events).</summary>
    private void DetachBoundaries(Token token)
    {
        for (var i = state.TimerList.Count - 1; i >= 0; i--)
        {
            if (state.TimerList[i].TokenId != token.Id) continue;
            _effects.Add(new TimerCancelled(state.TimerList[i].Id));
            state.TimerList.RemoveAt(i);
        }
        for (var i = state.SubscriptionList.Count - 1; i >= 0; i--)
            if (state.SubscriptionList[i].TokenId == token.Id)
                RemoveSubscription(state.SubscriptionList[i]);
    }

    private void AddTimer(PendingTimer timer)
    {
        state.TimerList.Add(timer);
        _effects.Add(new TimerScheduled(timer));
    }

    private void AddSubscription(MessageSubscription subscription)
    {
        state.SubscriptionList.Add(subscription);
        _effects.Add(new MessageAwaited(subscription));
    }

    private void RemoveSubscription(MessageSubscription subscription)
    {
        state.SubscriptionList.Remove(subscription);
        _effects.Add(new MessageAwaitEnded(subscription.Id, subscription.MessageName));
    }

    private void Join(ParallelGateway join, Token token, OpenTask? relatedTask)
    {
        state.TokenList.Add(token);
        var incoming = definition.Incoming(join.Id);
        var arrived = new List<Token>(incoming.Length);
        foreach (var flow in incoming)
        {
            var waiting = state.TokenList.Find(t => t.ElementId == join.Id && t.ViaFlowId == flow.Id && t.ScopeId == token.ScopeId);
            if (waiting is null) return;
            arrived.Add(waiting);
        }

        foreach (var waiting in arrived) state.TokenList.Remove(waiting);
        var activation = state.ForkList.Find(f => f.Id == token.ForkId);
        var outerFork = activation is null ? token.ForkId : activation.ParentForkId;
        foreach (var forkId in arrived.Select(t => t.ForkId).Distinct())
            if (forkId is not null && !state.TokenList.Exists(t => t.ForkId == forkId))
                state.ForkList.RemoveAll(f => f.Id == forkId);
        LeaveNode(join, NewToken(join.Id, null, outerFork, token.ScopeId), relatedTask);
    }

    /// <summary>Fires the first inclusive join that tokens wait at and that no other token can still reach.</summary>
    private bool FireReadyInclusiveJoin()
    {
        foreach (var token in state.TokenList)
        {
            if (definition.GetNode(token.ElementId) is not InclusiveGateway join || definition.Incoming(join.Id).Length < 2) continue;
            if (!CanFire(join, token.ScopeId)) continue;

            var arrived = new List<Token>();
            foreach (var flow in definition.Incoming(join.Id))
                if (state.TokenList.Find(t => t.ElementId == join.Id && t.ViaFlowId == flow.Id && t.ScopeId == token.ScopeId) is { } waiting)
                    arrived.Add(waiting);
            foreach (var waiting in arrived) state.TokenList.Remove(waiting);

            // Leave the activation of the inclusive split the branches came from, if they came from one.
            var first = arrived[0];
            var activation = state.ForkList.Find(f => f.Id == first.ForkId);
            var outerFork = activation is not null && definition.FindNode(activation.GatewayId) is InclusiveGateway ? activation.ParentForkId : first.ForkId;
            foreach (var forkId in arrived.Select(t => t.ForkId).Distinct())
                if (forkId is not null && forkId != outerFork && !state.TokenList.Exists(t => t.ForkId == forkId)
                    && definition.FindNode(state.ForkList.Find(f => f.Id == forkId)?.GatewayId ?? "") is InclusiveGateway)
                    state.ForkList.RemoveAll(f => f.Id == forkId);
            LeaveNode(join, NewToken(join.Id, null, outerFork, token.ScopeId), null);
            return true;
        }
        return false;
    }

    /// <summary>No token of the join's scope (or inside a sub-process of it) sits where a path still leads to the join.</summary>
    private bool CanFire(InclusiveGateway join, string? scopeId)
    {
        var upstream = definition.InclusiveUpstreamOf(join.Id);
        foreach (var token in state.TokenList)
        {
            if (token.ElementId == join.Id && token.ScopeId == scopeId) continue;
            var position = token;
            while (position is not null && position.ScopeId != scopeId)
                position = position.ScopeId is null ? null : state.TokenList.Find(t => t.Id == position.ScopeId);
            if (position is not null && upstream.Contains(position.ElementId)) return false;
        }
        return true;
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
            if (state.TaskList.Contains(task))
                CancelToken(TokenOf(task)!, TaskCloseReason.Withdrawn);
        foreach (var token in state.TokenList.Where(t => t.ForkId is not null && withdrawn.Contains(t.ForkId)).ToList())
            if (state.TokenList.Contains(token))
                CancelToken(token, TaskCloseReason.Withdrawn);

        var parent = tokenForkId;
        while (parent is not null && withdrawn.Contains(parent))
            parent = state.ForkList.Find(f => f.Id == parent)?.ParentForkId;
        state.ForkList.RemoveAll(f => withdrawn.Contains(f.Id));
        return parent;
    }

    private Token? TokenOf(OpenTask task) => state.TokenList.Find(t => t.Id == task.TokenId);

    private Token FindToken(string tokenId) => state.TokenList.Find(t => t.Id == tokenId)
        ?? throw new WorkflowException(WorkflowError.DefinitionInvalid, $"Trạng thái hồ sơ không còn đường đi '{tokenId}'.");

    private void Replace(OpenTask task, OpenTask with) => state.TaskList[state.TaskList.IndexOf(task)] = with;

    /// <summary>Closes a task with its timers and returns the token that waited on it.</summary>
    private Token CloseTask(OpenTask task, TaskCloseReason reason, string? outcome, bool removeToken = true)
    {
        state.TaskList.Remove(task);
        for (var i = state.TimerList.Count - 1; i >= 0; i--)
        {
            if (state.TimerList[i].TaskId != task.Id) continue;
            _effects.Add(new TimerCancelled(state.TimerList[i].Id));
            state.TimerList.RemoveAt(i);
        }
        for (var i = state.SubscriptionList.Count - 1; i >= 0; i--)
            if (state.SubscriptionList[i].TaskId == task.Id)
                RemoveSubscription(state.SubscriptionList[i]);
        var token = TokenOf(task) ?? new Token(task.TokenId, task.ElementId, null, null);
        if (removeToken) state.TokenList.Remove(token);
        if (reason != TaskCloseReason.Completed)
            Journal(JournalKind.TaskCancelled, task.ElementId, task.Id, outcome: reason.ToString().ToLowerInvariant());
        _effects.Add(new TaskClosed(task.Id, task.ElementId, reason, outcome));
        return token;
    }

    /// <summary>
    /// Ends whatever a waiting token is doing: its tasks (every instance of a multi-instance task), its timers and
    /// subscriptions, its pending call, and everything inside it when it waits at a sub-process.
    /// </summary>
    private void CancelToken(Token token, TaskCloseReason reason)
    {
        var cancelled = new HashSet<string>(StringComparer.Ordinal);
        CancelTree(token, reason, cancelled);
        if (_moving.Count == 0) return;
        var keep = _moving.Where(m => m.Token.ScopeId is null || !cancelled.Contains(m.Token.ScopeId)).ToList();
        _moving.Clear();
        foreach (var move in keep) _moving.Enqueue(move);
    }

    private void CancelTree(Token token, TaskCloseReason reason, HashSet<string> cancelled)
    {
        _cancelledInside = true;
        cancelled.Add(token.Id);
        state.TokenList.Remove(token);
        foreach (var task in state.TaskList.Where(t => t.TokenId == token.Id).ToList())
            CloseTask(task, reason, null, removeToken: false);
        state.LoopList.RemoveAll(l => l.TokenId == token.Id);
        DetachBoundaries(token);
        foreach (var call in state.CallList.Where(c => c.TokenId == token.Id).ToList())
        {
            state.CallList.Remove(call);
            _effects.Add(new CallActivityCancelled(call.Id, call.CalledKey, call.CalledInstanceId));
        }
        foreach (var inner in state.TokenList.Where(t => t.ScopeId == token.Id).ToList())
            if (state.TokenList.Contains(inner))
                CancelTree(inner, reason, cancelled);
    }

    private void CloseEverything(TaskCloseReason reason)
    {
        foreach (var task in state.TaskList.ToList()) CloseTask(task, reason, null);
        foreach (var timer in state.TimerList) _effects.Add(new TimerCancelled(timer.Id));
        foreach (var subscription in state.SubscriptionList) _effects.Add(new MessageAwaitEnded(subscription.Id, subscription.MessageName));
        foreach (var call in state.CallList) _effects.Add(new CallActivityCancelled(call.Id, call.CalledKey, call.CalledInstanceId));
        state.TimerList.Clear();
        state.SubscriptionList.Clear();
        state.CallList.Clear();
        state.LoopList.Clear();
        state.TokenList.Clear();
        state.ForkList.Clear();
        _moving.Clear();
    }

    private void ReachEnd(EndEvent end, Token token)
    {
        if (end.Result is not null) state.Result = end.Result;
        switch (end.Throws)
        {
            case { Kind: EndThrowKind.Error } error:
                ThrowError(error.Event?.Code, token, null);
                return;
            case { Kind: EndThrowKind.Escalation } escalation:
                if (ThrowEscalation(escalation.Event?.Code, token)) return;
                break;
        }
        if (end.Terminate)
        {
            if (token.ScopeId is null)
            {
                CloseEverything(TaskCloseReason.Cancelled);
            }
            else
            {
                // A terminate end inside a sub-process ends only that sub-process.
                foreach (var inner in state.TokenList.Where(t => t.ScopeId == token.ScopeId).ToList())
                    if (state.TokenList.Contains(inner)) CancelToken(inner, TaskCloseReason.Cancelled);
                var keep = _moving.Where(m => m.Token.ScopeId != token.ScopeId).ToList();
                _moving.Clear();
                foreach (var move in keep) _moving.Enqueue(move);
            }
        }
        EndToken(end, token);
    }

    /// <summary>
    /// Finds the error boundary event that catches <paramref name="code"/>: on <paramref name="activityId"/> (a call activity
    /// that failed), then on each enclosing sub-process outwards; cancels the activity it is attached to and goes on from it.
    /// </summary>
    private void ThrowError(string? code, Token from, string? activityId)
    {
        Token? owner = activityId is null ? null : from;
        var scope = activityId is null ? from.ScopeId : null;
        while (true)
        {
            if (owner is null)
            {
                if (scope is null) break;
                owner = FindToken(scope);
            }
            var catcher = Catcher<BoundaryErrorEvent>(owner.ElementId, code, b => b.Error?.Code);
            if (catcher is not null)
            {
                Journal(JournalKind.ErrorThrown, catcher.Id, outcome: code);
                CancelToken(owner, TaskCloseReason.Interrupted);
                LeaveNode(catcher, NewToken(catcher.Id, null, owner.ForkId, owner.ScopeId), null);
                return;
            }
            scope = owner.ScopeId;
            owner = null;
        }
        var thrower = activityId ?? from.ElementId;
        if (state.CalledFrom is { } caller)
        {
            // Nothing here catches it: this called instance ends, and its caller's call activity receives the error.
            Journal(JournalKind.PassedToCaller, thrower, outcome: code, comment: caller.InstanceId);
            CloseEverything(TaskCloseReason.Interrupted);
            state.Status = InstanceStatus.Failed;
            state.EndedAt = at;
            _effects.Add(new ErrorPropagated(caller, code, thrower));
            _effects.Add(new InstanceEnded(InstanceStatus.Failed, null, thrower));
            return;
        }
        throw new WorkflowException(WorkflowError.ErrorNotCaught,
            $"Lỗi '{code ?? "(không mã)"}' không có sự kiện bắt lỗi (error boundary event) nào bắt: hồ sơ được giữ nguyên.", thrower);
    }

    /// <summary>
    /// Raises an escalation: on <paramref name="activityId"/> (a call activity whose child raised it), then on the enclosing
    /// sub-processes outwards; uncaught in a called instance, it goes to the caller. True when an interrupting catch took
    /// the token away.
    /// </summary>
    private bool ThrowEscalation(string? code, Token from, string? activityId = null)
    {
        Token? owner = activityId is null ? null : from;
        var scope = activityId is null ? from.ScopeId : null;
        while (true)
        {
            if (owner is null)
            {
                if (scope is null) break;
                owner = FindToken(scope);
            }
            var catcher = Catcher<BoundaryEscalationEvent>(owner.ElementId, code, b => b.Escalation?.Code);
            if (catcher is not null)
            {
                Journal(JournalKind.EscalationThrown, catcher.Id, outcome: code);
                if (catcher.Interrupting) CancelToken(owner, TaskCloseReason.Interrupted);
                LeaveNode(catcher, NewToken(catcher.Id, null, owner.ForkId, owner.ScopeId), null);
                return catcher.Interrupting;
            }
            scope = owner.ScopeId;
            owner = null;
        }
        var thrower = activityId ?? from.ElementId;
        if (state.CalledFrom is { } caller)
        {
            Journal(JournalKind.PassedToCaller, thrower, outcome: code, comment: caller.InstanceId);
            _effects.Add(new EscalationPropagated(caller, code, thrower));
        }
        else if (activityId is not null)
        {
            // Raised by a called workflow and caught nowhere up to the dossier's own instance: only recorded.
            Journal(JournalKind.EscalationThrown, activityId, outcome: code);
        }
        return false;
    }

    /// <summary>The boundary event of this kind on an activity that names the code, else one that names none (catches all).</summary>
    private T? Catcher<T>(string activityId, string? code, Func<T, string?> codeOf) where T : BoundaryEvent
    {
        T? catchAll = null;
        foreach (var boundary in definition.BoundaryEventsOf(activityId))
        {
            if (boundary is not T catcher) continue;
            var caught = codeOf(catcher);
            if (caught is null) catchAll ??= catcher;
            else if (code is not null && string.Equals(caught, code, StringComparison.Ordinal)) return catcher;
        }
        return catchAll;
    }

    private void EndToken(EndEvent? end, Token token)
    {
        if (token.ScopeId is { } scope)
        {
            if (state.TokenList.Exists(t => t.ScopeId == scope) || _moving.Any(m => m.Token.ScopeId == scope)) return;
            // The last path inside the sub-process ended: the sub-process goes on.
            var owner = FindToken(scope);
            state.TokenList.Remove(owner);
            DetachBoundaries(owner);
            LeaveNode(definition.GetNode(owner.ElementId), owner, null);
            return;
        }
        if (state.TokenList.Count > 0 || _moving.Count > 0) return;
        state.Status = InstanceStatus.Completed;
        state.EndedAt = at;
        Journal(JournalKind.Ended, end?.Id, outcome: state.Result);
        _effects.Add(new InstanceEnded(InstanceStatus.Completed, state.Result, end?.Id));
    }

    /// <summary>Forgets split activations that no token descends from any more (their branches ended or were cancelled).</summary>
    private void PruneForks()
    {
        var live = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in state.TokenList)
            for (var fork = token.ForkId; fork is not null && live.Add(fork);)
                fork = state.ForkList.Find(f => f.Id == fork)?.ParentForkId;
        if (live.Count < state.ForkList.Count) state.ForkList.RemoveAll(f => !live.Contains(f.Id));
    }

    private void SetVariables(JsonObject? variables)
    {
        if (variables is null) return;
        foreach (var (name, value) in variables)
            state.VariableObject[name] = value?.DeepClone();
    }

    private static JsonNode? Read(JsonObject variables, string path)
    {
        JsonNode? current = variables;
        foreach (var segment in path.Split('.'))
            if (current is not JsonObject obj || !obj.TryGetPropertyValue(segment, out current))
                return null;
        return current;
    }

    private SequenceFlow ChooseFlow(string label, string gatewayId, string? defaultFlowId, ImmutableArray<SequenceFlow> outgoing)
    {
        SequenceFlow? fallback = null;
        foreach (var flow in outgoing)
        {
            if (flow.Id == defaultFlowId) { fallback = flow; continue; }
            if (!flow.HasCondition || Holds(flow)) return flow;
        }
        return fallback ?? throw new WorkflowException(WorkflowError.NoFlowMatched,
            $"Tại '{label}', không có điều kiện nào đúng và không có luồng mặc định: hồ sơ không thể đi tiếp. Hồ sơ được giữ nguyên.",
            gatewayId);
    }

    /// <summary>An inclusive split: every flow without a condition or whose condition holds; the default flow only when none does.</summary>
    private List<SequenceFlow> ChooseFlows(InclusiveGateway gateway, ImmutableArray<SequenceFlow> outgoing)
    {
        var chosen = new List<SequenceFlow>(outgoing.Length);
        SequenceFlow? fallback = null;
        foreach (var flow in outgoing)
        {
            if (flow.Id == gateway.DefaultFlowId) fallback = flow;
            else if (!flow.HasCondition || Holds(flow)) chosen.Add(flow);
        }
        if (chosen.Count == 0 && fallback is not null) chosen.Add(fallback);
        return chosen.Count > 0 ? chosen : throw new WorkflowException(WorkflowError.NoFlowMatched,
            $"Tại '{gateway.Label}', không có điều kiện nào đúng và không có luồng mặc định: hồ sơ không thể đi tiếp. Hồ sơ được giữ nguyên.",
            gateway.Id);
    }

    private bool Holds(SequenceFlow flow)
    {
        if (flow.Condition is null)
            throw new WorkflowException(WorkflowError.DefinitionInvalid,
                $"Điều kiện của luồng '{flow.Name ?? flow.Id}' không đọc được: {flow.ConditionError}", flow.Id);
        try
        {
            return flow.Condition.Evaluate(state.VariableObject);
        }
        catch (ExpressionEvaluationException e)
        {
            throw new WorkflowException(WorkflowError.ConditionFailed,
                $"Không tính được điều kiện của luồng '{flow.Name ?? flow.Id}' ({flow.ConditionText}): {e.Message}", flow.Id);
        }
    }

    private DateTimeOffset Resolve(TimeSpec spec, DateTimeOffset? taskDue)
    {
        if (spec.Date is { } date) return date;
        var anchor = spec.Anchor == TimeAnchor.TaskDue ? taskDue ?? at : at;
        return spec.WorkingDays is int days ? calendar.AddWorkingDays(anchor, days) : anchor + spec.Calendar;
    }

    private static WorkflowException ClaimedByOther(OpenTask task, UserTask userTask) =>
        new(WorkflowError.TaskClaimedByOther, $"Bước '{userTask.Name ?? userTask.Id}' đã được {task.ClaimedBy} nhận xử lý.", userTask.Id);

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
