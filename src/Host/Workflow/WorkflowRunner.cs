using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>
/// Runs a nomination's workflow instance: loads its state, asks the engine, and turns the effects into work items,
/// timers, outbox messages and changes of the nomination, all in the caller's transaction. A call activity starts an
/// instance of another workflow on the same dossier; its end lets the caller go on, in the same transaction.
/// </summary>
public sealed class WorkflowRunner(
    AwardsDbContext db, WorkflowCatalog catalog, CalendarProvider calendars, Notifier notifier, DecisionIssuer decisions,
    TimeProvider clock, Infrastructure.AwardsMetrics metrics)
{
    public async Task StartAsync(Nomination nomination, string actor, CancellationToken ct)
    {
        using var timing = metrics.Step("start");
        var awardType = nomination.AwardType ?? throw new InvalidOperationException("Award type not loaded.");
        var version = await WorkflowCatalog.LatestPublishedAsync(db, awardType.WorkflowKey, ct);
        var definition = await catalog.GetAsync(db, version.Key, version.Version, ct);
        var engine = new WorkflowEngine(await calendars.GetAsync(db, ct));
        var instance = new WorkflowInstance(Guid.NewGuid().ToString("N"), nomination.Id, version.Key, version.Version);
        var result = engine.Start(definition, new StartInstance(instance.Id, version.Version, Variables(nomination), actor), clock.GetUtcNow());
        db.WorkflowInstances.Add(instance);
        await ApplyAsync(instance, definition, nomination, result, actor, null, ct);
        await SettleAsync(nomination, null, ct);
    }

    public async Task CompleteAsync(Nomination nomination, WorkItem item, string outcome, string? comment, string actor, CancellationToken ct)
    {
        using var timing = metrics.Step("complete");
        var (instance, definition, state, engine) = await LoadAsync(item.InstanceId, ct);
        var command = new CompleteTask(item.EngineTaskId, outcome, actor, comment, Variables(nomination)) { ExpectedInstanceId = item.InstanceId };
        var result = engine.Execute(definition, state, command, clock.GetUtcNow());
        await ApplyAsync(instance, definition, nomination, result, actor, comment, ct);
        await SettleAsync(nomination, comment, ct);
    }

    /// <summary>The person takes a task offered to several people; the engine refuses one someone else holds.</summary>
    public async Task ClaimAsync(WorkItem item, string actor, CancellationToken ct)
    {
        item.Claim(actor);
        var (instance, definition, state, engine) = await LoadAsync(item.InstanceId, ct);
        var result = engine.Execute(definition, state, new ClaimTask(item.EngineTaskId, actor) { ExpectedInstanceId = item.InstanceId }, clock.GetUtcNow());
        instance.Save(InstanceStateJson.Serialize(result.State), result.State.Status == InstanceStatus.Running);
    }

    /// <summary>The person who took the task gives it back to everyone it is offered to.</summary>
    public async Task ReleaseAsync(WorkItem item, string actor, CancellationToken ct)
    {
        item.Release(actor);
        var (instance, definition, state, engine) = await LoadAsync(item.InstanceId, ct);
        var result = engine.Execute(definition, state, new ReleaseTask(item.EngineTaskId, actor) { ExpectedInstanceId = item.InstanceId }, clock.GetUtcNow());
        instance.Save(InstanceStateJson.Serialize(result.State), result.State.Status == InstanceStatus.Running);
    }

    /// <summary>The messages the dossier's running instances wait for (receive tasks, message events), by name.</summary>
    public async Task<IReadOnlyList<string>> AwaitedMessagesAsync(int nominationId, CancellationToken ct)
    {
        var states = await db.WorkflowInstances.AsNoTracking().Where(i => i.NominationId == nominationId && i.IsRunning)
            .Select(i => i.StateJson).ToListAsync(ct);
        return [.. states.SelectMany(j => InstanceStateJson.Deserialize(j).AwaitedMessages).Select(m => m.MessageName).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Delivers a named message to the dossier ("bổ sung hồ sơ đã nhận", "quyết định của Bộ đã về"): the instance that waits
    /// for it goes on; when none waits, the engine refuses it (<see cref="WorkflowError.MessageNotAwaited"/>).
    /// </summary>
    public async Task DeliverMessageAsync(Nomination nomination, string messageName, string actor, string? comment, CancellationToken ct)
    {
        using var timing = metrics.Step("message");
        var running = await db.WorkflowInstances.AsNoTracking().Where(i => i.NominationId == nomination.Id && i.IsRunning)
            .Select(i => new { i.Id, i.ParentInstanceId, i.StateJson }).ToListAsync(ct);
        if (running.Count == 0) throw new ConflictException(NotInWorkflow);
        var waiting = running.FirstOrDefault(i => InstanceStateJson.Deserialize(i.StateJson).AwaitedMessages.Any(m => m.MessageName == messageName))
            ?? running.First(i => i.ParentInstanceId is null);
        var (instance, definition, state, engine) = await LoadAsync(waiting.Id, ct);
        var result = engine.Execute(definition, state, new DeliverMessage(messageName, actor) { ExpectedInstanceId = instance.Id }, clock.GetUtcNow());
        await ApplyAsync(instance, definition, nomination, result, actor, comment, ct);
        await SettleAsync(nomination, comment, ct);
    }

    public const string NotInWorkflow = "Hồ sơ không còn trong quy trình xét duyệt (đã kết thúc hoặc chưa gửi).";

    public async Task FireTimerAsync(ScheduledTimer timer, CancellationToken ct)
    {
        using var timing = metrics.Step("timer");
        var (instance, definition, state, engine) = await LoadAsync(timer.InstanceId, ct);
        var nomination = await LoadNominationAsync(instance.NominationId, ct);
        var result = engine.Execute(definition, state, new FireTimer(timer.EngineTimerId) { ExpectedInstanceId = timer.InstanceId }, clock.GetUtcNow());
        await ApplyAsync(instance, definition, nomination, result, null, null, ct);
        await SettleAsync(nomination, null, ct);
    }

    public async Task CancelAsync(Nomination nomination, string actor, string reason, CancellationToken ct)
    {
        using var timing = metrics.Step("cancel");
        // Cancelling the dossier's own instance cancels what it called (CallActivityCancelled).
        var running = await db.WorkflowInstances.SingleOrDefaultAsync(i => i.NominationId == nomination.Id && i.IsRunning && i.ParentInstanceId == null, ct);
        if (running is null) return;
        var (instance, definition, state, engine) = await LoadAsync(running.Id, ct);
        var result = engine.Execute(definition, state, new CancelInstance(actor, reason), clock.GetUtcNow());
        await ApplyAsync(instance, definition, nomination, result, actor, reason, ct);
        await SettleAsync(nomination, reason, ct);
    }

    /// <summary>The instance's journal, for the history of a dossier.</summary>
    public async Task<IReadOnlyList<(WorkflowInstance Instance, InstanceState State, WorkflowDefinition Definition)>> HistoryAsync(int nominationId, CancellationToken ct)
    {
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => i.NominationId == nominationId).ToListAsync(ct);
        var list = new List<(WorkflowInstance, InstanceState, WorkflowDefinition)>();
        foreach (var instance in instances)
            list.Add((instance, InstanceStateJson.Deserialize(instance.StateJson), await catalog.GetAsync(db, instance.WorkflowKey, instance.WorkflowVersion, ct)));
        return list;
    }

    private async Task<(WorkflowInstance, WorkflowDefinition, InstanceState, WorkflowEngine)> LoadAsync(string instanceId, CancellationToken ct)
    {
        // An instance this step already changed (a caller whose child just ended) is taken as it stands in memory; on
        // SQLite, so is one this request has read: it was read inside the writer's turn, or its revision guards the save.
        var tracked = Tracked<WorkflowInstance>().FirstOrDefault(i => i.Id == instanceId);
        if (tracked is not null && (db.Entry(tracked).State != EntityState.Unchanged || !db.Database.IsNpgsql()))
            return (tracked, await catalog.GetAsync(db, tracked.WorkflowKey, tracked.WorkflowVersion, ct),
                StateOf(tracked), new WorkflowEngine(await calendars.GetAsync(db, ct)));
        // Take the instance's row lock first: a second step on the same instance waits, then reads the new state and
        // is refused by the engine (SQLite's BEGIN IMMEDIATE already serialises writers; PostgreSQL needs FOR UPDATE).
        var instance = db.Database.IsNpgsql()
            ? await db.WorkflowInstances.FromSql($"SELECT * FROM \"WorkflowInstances\" WHERE \"Id\" = {instanceId} FOR UPDATE").SingleAsync(ct)
            : await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId, ct);
        // Tracked before the lock was taken: its values are those of before (PostgreSQL).
        if (tracked is not null) await db.Entry(instance).ReloadAsync(ct);
        var definition = await catalog.GetAsync(db, instance.WorkflowKey, instance.WorkflowVersion, ct);
        var engine = new WorkflowEngine(await calendars.GetAsync(db, ct));
        return (instance, definition, StateOf(instance), engine);
    }

    /// <summary>
    /// The entities of a type this request tracks, without the scan of every tracked entity that <c>DbSet.Local</c> starts
    /// (a step asks several times): the runner adds what it creates through its set, which the local view holds at once.
    /// </summary>
    private IEnumerable<T> Tracked<T>() where T : class
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.Set<T>().Local;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>The states this request computed, by instance, so that what it just serialised is not parsed again.</summary>
    private readonly Dictionary<string, (string Json, InstanceState State)> _states = new(StringComparer.Ordinal);

    private InstanceState StateOf(WorkflowInstance instance) =>
        _states.TryGetValue(instance.Id, out var known) && ReferenceEquals(known.Json, instance.StateJson)
            ? known.State
            : InstanceStateJson.Deserialize(instance.StateJson);

    private async Task<Nomination> LoadNominationAsync(int id, CancellationToken ct) =>
        await db.Nominations.Include(n => n.Unit).Include(n => n.AwardType).Include(n => n.Nominees).SingleAsync(n => n.Id == id, ct);

    private async Task ApplyAsync(WorkflowInstance instance, WorkflowDefinition definition, Nomination nomination, StepResult result,
        string? actor, string? comment, CancellationToken ct)
    {
        instance.Save(InstanceStateJson.Serialize(result.State), result.State.Status == InstanceStatus.Running);
        _states[instance.Id] = (instance.StateJson, result.State);
        var now = clock.GetUtcNow();
        var unit = nomination.Unit ?? await db.Units.SingleAsync(u => u.Id == nomination.UnitId, ct);
        var model = Model(nomination);
        for (var i = 0; i < result.Effects.Length; i++)
        {
            var eventKey = $"{instance.Id}/{instance.Revision}/{i}";
            switch (result.Effects[i])
            {
                case TaskOpened opened:
                    var target = await UnitResolver.ResolveAsync(db, unit, opened.Task.UnitLevel ?? Assignee.DefaultUnitLevel, ct);
                    // A step the diagram gives to named accounts only (an assignee, candidate users) has no role.
                    var named = opened.Task.Assignee is not null || opened.Task.CandidateUsers is { Count: > 0 };
                    var role = opened.Task.CandidateRole ?? (named ? "" : throw new DomainException($"Bước '{opened.Name}' chưa có vai trò xử lý."));
                    var item = new WorkItem(instance.Id, opened.Task.Id, nomination.Id, opened.Task.ElementId, opened.Name ?? opened.Task.ElementId,
                        role, target.Id, opened.Task.OpenedAt, opened.Task.DueAt);
                    item.OfferTo(opened.Task.Assignee, opened.Task.CandidateUsers);
                    db.WorkItems.Add(item);
                    await notifier.NotifyOfferedAsync(eventKey, DefaultEmailTemplates.TaskAssigned, item, With(model, opened.Name, opened.Task.DueAt, item.Id), ct);
                    break;
                case TaskClosed closed:
                    var open = Tracked<WorkItem>().SingleOrDefault(w => w.InstanceId == instance.Id && w.EngineTaskId == closed.TaskId)
                        ?? await db.WorkItems.SingleAsync(w => w.InstanceId == instance.Id && w.EngineTaskId == closed.TaskId, ct);
                    var completed = closed.Reason == TaskCloseReason.Completed;
                    open.Close(now, completed ? actor : null, closed.Outcome, completed ? comment : null, closed.Reason.ToString());
                    break;
                case TimerScheduled scheduled:
                    db.ScheduledTimers.Add(new ScheduledTimer(instance.Id, scheduled.Timer.Id, scheduled.Timer.DueAt));
                    break;
                case TimerCancelled cancelled:
                    // Deleted with the step's other writes (a timer fired meanwhile is a concurrency conflict, as it should be).
                    await db.ScheduledTimers.Where(t => t.InstanceId == instance.Id && t.EngineTimerId == cancelled.TimerId).LoadAsync(ct);
                    foreach (var local in Tracked<ScheduledTimer>().Where(t => t.InstanceId == instance.Id && t.EngineTimerId == cancelled.TimerId).ToList())
                    {
                        var entry = db.Entry(local);
                        entry.State = entry.State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
                    }
                    break;
                case NotificationRequested request:
                    await NotifyAsync(eventKey, request, unit, model, result.State, definition, comment, ct);
                    break;
                case InstanceEnded ended when !instance.IsRoot:
                    // A called workflow ended: its caller goes on with its variables (a cancelled one was cancelled by its caller).
                    if (ended.Status == InstanceStatus.Completed)
                        _followUps.Enqueue(c => ReturnToCallerAsync(instance, result.State, nomination, actor, c));
                    break;
                case InstanceEnded ended:
                    await EndAsync(eventKey, nomination, ended, actor, comment, model, ct);
                    break;
                case CallActivityStarted started:
                    _followUps.Enqueue(c => StartCalledAsync(instance, started, nomination, actor, c));
                    break;
                case CallActivityCancelled cancelled:
                    _followUps.Enqueue(c => CancelCalledAsync(instance, cancelled, nomination, actor, c));
                    break;
                case RoleHoldersRequested requested:
                    // A vote of every holder of a role in the unit: the holders as they are now, in this transaction.
                    var voters = await UnitResolver.ResolveAsync(db, unit, requested.UnitLevel ?? Assignee.DefaultUnitLevel, ct);
                    var holders = await RoleHolders.OfAsync(db, requested.Role, voters, requested.Name, ct);
                    _followUps.Enqueue(c => SupplyHoldersAsync(instance, new SupplyRoleHolders(requested.TokenId, holders), nomination, actor, c));
                    break;
                case ErrorPropagated error:
                    // The called workflow ended by an error it does not catch: its caller's call activity receives it (and,
                    // uncaught there, its caller's caller; at the dossier's own instance the engine refuses the step).
                    _followUps.Enqueue(c => ToCallerAsync(error.Caller,
                        new CompleteCallActivity(error.Caller.CallId, null, actor) { ErrorCode = error.ErrorCode }, nomination, actor, c));
                    break;
                case EscalationPropagated escalation:
                    _followUps.Enqueue(c => ToCallerAsync(escalation.Caller,
                        new EscalateCallActivity(escalation.Caller.CallId, escalation.EscalationCode, actor), nomination, actor, c));
                    break;
            }
        }
    }

    private readonly Queue<Func<CancellationToken, Task>> _followUps = new();

    /// <summary>Carries out what the step's effects asked of other instances, then follows the dossier's state.</summary>
    private async Task SettleAsync(Nomination nomination, string? comment, CancellationToken ct)
    {
        for (var rounds = 0; _followUps.TryDequeue(out var next); rounds++)
        {
            if (rounds > 100) throw new DomainException("Các quy trình gọi nhau không dừng (quá 100 lượt trong một bước): hãy báo quản trị viên.");
            await next(ct);
        }
        await FollowTheDossierAsync(nomination, comment, ct);
    }

    private async Task StartCalledAsync(WorkflowInstance caller, CallActivityStarted started, Nomination nomination, string? actor, CancellationToken ct)
    {
        var key = started.Call.CalledKey;
        var version = started.Call.CalledVersion ?? (await WorkflowCatalog.LatestPublishedAsync(db, key, ct)).Version;
        var definition = await catalog.GetAsync(db, key, version, ct);
        var engine = new WorkflowEngine(await calendars.GetAsync(db, ct));
        var child = WorkflowInstance.CalledBy(caller, started.Call.Id, Guid.NewGuid().ToString("N"), key, version);
        var variables = (System.Text.Json.Nodes.JsonObject)started.Variables.DeepClone();
        foreach (var (name, value) in Variables(nomination))
            if (!variables.ContainsKey(name)) variables[name] = value?.DeepClone();
        var result = engine.Start(definition, new StartInstance(child.Id, version, variables, actor)
        {
            CalledFrom = new CalledFrom(caller.Id, started.Call.ElementId, started.Call.Id),
        }, clock.GetUtcNow());
        db.WorkflowInstances.Add(child);

        var (_, callerDefinition, callerState, callerEngine) = await LoadAsync(caller.Id, ct);
        var recorded = callerEngine.Execute(callerDefinition, callerState,
            new RecordCalledInstance(started.Call.Id, child.Id) { ExpectedInstanceId = caller.Id }, clock.GetUtcNow());
        await ApplyAsync(caller, callerDefinition, nomination, recorded, actor, null, ct);
        await ApplyAsync(child, definition, nomination, result, actor, null, ct);
    }

    private async Task ReturnToCallerAsync(WorkflowInstance child, InstanceState childState, Nomination nomination, string? actor, CancellationToken ct)
    {
        var (caller, definition, state, engine) = await LoadAsync(child.ParentInstanceId!, ct);
        if (state.FindCall(child.ParentCallId!) is null) return;
        var result = engine.Execute(definition, state,
            new CompleteCallActivity(child.ParentCallId!, childState.Variables, actor) { ExpectedInstanceId = caller.Id }, clock.GetUtcNow());
        await ApplyAsync(caller, definition, nomination, result, actor, null, ct);
    }

    private async Task ToCallerAsync(CalledFrom from, WorkflowCommand command, Nomination nomination, string? actor, CancellationToken ct)
    {
        var (caller, definition, state, engine) = await LoadAsync(from.InstanceId, ct);
        if (state.Status != InstanceStatus.Running || state.FindCall(from.CallId) is null) return;
        var result = engine.Execute(definition, state, command with { ExpectedInstanceId = caller.Id }, clock.GetUtcNow());
        await ApplyAsync(caller, definition, nomination, result, actor, null, ct);
    }

    private async Task SupplyHoldersAsync(WorkflowInstance target, SupplyRoleHolders command, Nomination nomination, string? actor, CancellationToken ct)
    {
        var (instance, definition, state, engine) = await LoadAsync(target.Id, ct);
        var result = engine.Execute(definition, state, command with { ExpectedInstanceId = instance.Id }, clock.GetUtcNow());
        await ApplyAsync(instance, definition, nomination, result, actor, null, ct);
    }

    private async Task CancelCalledAsync(WorkflowInstance caller, CallActivityCancelled cancelled, Nomination nomination, string? actor, CancellationToken ct)
    {
        var childId = cancelled.CalledInstanceId
            ?? await db.WorkflowInstances.Where(i => i.ParentInstanceId == caller.Id && i.ParentCallId == cancelled.CallId).Select(i => i.Id).FirstOrDefaultAsync(ct);
        if (childId is null) return;
        var (child, definition, state, engine) = await LoadAsync(childId, ct);
        if (state.Status != InstanceStatus.Running) return;
        var result = engine.Execute(definition, state, new CancelInstance(actor, "Quy trình gọi đã dừng bước này."), clock.GetUtcNow());
        await ApplyAsync(child, definition, nomination, result, actor, null, ct);
    }

    /// <summary>The dossier is "returned" exactly while the nominating unit holds a task on it, in any of its running instances.</summary>
    private async Task FollowTheDossierAsync(Nomination nomination, string? comment, CancellationToken ct)
    {
        var tracked = Tracked<WorkflowInstance>().Where(i => i.NominationId == nomination.Id).ToList();
        var trackedIds = tracked.Select(i => i.Id).ToList();
        // The usual dossier has one instance, in memory: no other instance can hold the unit's task.
        var alone = tracked.Count == 1 && tracked[0].IsRoot
            && (!tracked[0].IsRunning || StateOf(tracked[0]).PendingCalls.Count == 0);
        var others = alone
            ? []
            : await db.WorkflowInstances.AsNoTracking()
                .Where(i => i.NominationId == nomination.Id && i.IsRunning && !trackedIds.Contains(i.Id)).Select(i => i.StateJson).ToListAsync(ct);
        var states = tracked.Where(i => i.IsRunning).Select(StateOf).Concat(others.Select(InstanceStateJson.Deserialize)).ToList();
        if (states.Count == 0) return;
        var withUnit = states.Any(s => s.OpenTasks.Any(t => t.CandidateRole == Roles.UnitClerk));
        if (withUnit && nomination.Status == NominationStatus.InReview)
            nomination.Return(comment ?? "Đơn vị bổ sung, hoàn thiện hồ sơ.");
        else if (!withUnit && nomination.Status == NominationStatus.Returned)
            nomination.Resubmit(clock.GetUtcNow());
    }

    private async Task NotifyAsync(string eventKey, NotificationRequested request, Unit unit, JsonObject model, InstanceState state,
        WorkflowDefinition definition, string? comment, CancellationToken ct)
    {
        if (request.Template is null) return;
        var recipient = request.Recipient ?? new Assignee(Roles.UnitClerk, Assignee.DefaultUnitLevel);
        var target = await UnitResolver.ResolveAsync(db, unit, recipient.UnitLevel, ct);
        var data = (JsonObject)model.DeepClone();
        data["reason"] = comment;
        if (request.RelatedTaskId is not null)
        {
            var task = state.OpenTasks.FirstOrDefault(t => t.Id == request.RelatedTaskId);
            data["stepName"] = request.RelatedElementId is null ? null : definition.FindNode(request.RelatedElementId)?.Name;
            var item = Tracked<WorkItem>().FirstOrDefault(w => w.EngineTaskId == request.RelatedTaskId && w.InstanceId == state.InstanceId)
                ?? await db.WorkItems.Include(w => w.Unit).FirstOrDefaultAsync(w => w.EngineTaskId == request.RelatedTaskId && w.InstanceId == state.InstanceId, ct);
            // An escalation's task is closed already: its deadline is still the one that was missed.
            data["dueAt"] = (task?.DueAt ?? item?.DueAt) is { } due ? VietnamTime.Date(due) : null;
            data["taskId"] = item?.Id.ToString();
            data["assigneeRole"] = item is null ? null : Roles.Names.GetValueOrDefault(item.Role, item.Role);
            data["assigneeUnit"] = item is null ? null : (item.Unit ?? await db.Units.FindAsync([item.UnitId], ct))?.Name;
        }
        await notifier.NotifyRoleAsync(eventKey, request.Template, recipient.Role, target.Id, data, ct);
    }

    private async Task EndAsync(string eventKey, Nomination nomination, InstanceEnded ended, string? actor, string? comment, JsonObject model, CancellationToken ct)
    {
        if (ended.Status == InstanceStatus.Cancelled) return;
        switch (ended.Result)
        {
            case EndResults.Approved:
                nomination.AwaitDecision(clock.GetUtcNow());
                if (nomination.RoundId is null)
                {
                    var decision = await decisions.IssueAdHocAsync(nomination, actor ?? "system", ct);
                    var data = (JsonObject)model.DeepClone();
                    data["decisionNumber"] = decision.FullNumber;
                    data["decisionDate"] = VietnamTime.Date(decision.IssuedOn!.Value);
                    await notifier.NotifyRoleAsync(eventKey, DefaultEmailTemplates.DecisionIssued, Roles.UnitClerk, nomination.UnitId, data, ct);
                }
                else
                {
                    // A round's dossier waits: the office consolidates the round's nominees into one decision.
                    var round = nomination.Round ?? await db.Rounds.SingleAsync(r => r.Id == nomination.RoundId, ct);
                    var data = (JsonObject)model.DeepClone();
                    data["roundId"] = round.Id;
                    data["roundName"] = round.Name;
                    await notifier.NotifyRoleAsync(eventKey, DefaultEmailTemplates.NominationAwaitingDecision, Roles.UnitClerk, nomination.UnitId, data, ct);
                    var office = await UnitResolver.ResolveAsync(db, nomination.Unit!, UnitResolver.Province, ct);
                    await notifier.NotifyRoleAsync(eventKey, DefaultEmailTemplates.ConsolidationNeeded, Roles.Pv05Reviewer, office.Id, data, ct);
                }
                break;
            case EndResults.Refused:
                nomination.Refuse(comment ?? "Không đồng ý đề nghị khen thưởng.", clock.GetUtcNow());
                break;
            case EndResults.Withdrawn:
                if (nomination.Status != NominationStatus.Withdrawn) nomination.Withdraw(clock.GetUtcNow());
                break;
        }
    }

    private static JsonObject Variables(Nomination nomination) => new()
    {
        ["nomination"] = new JsonObject
        {
            ["id"] = nomination.Id,
            ["awardType"] = nomination.AwardType?.Code,
            ["unitLevel"] = nomination.Unit?.Level,
            ["adHoc"] = nomination.RoundId is null,
            ["procedure"] = nomination.Procedure == Procedure.Simplified ? "simplified" : "standard",
            ["nominees"] = nomination.ActiveNominees.Count(),
            ["collectives"] = nomination.ActiveNominees.Count(n => n.Kind == NomineeKind.Collective),
            ["individuals"] = nomination.ActiveNominees.Count(n => n.Kind == NomineeKind.Individual),
        },
    };

    private static JsonObject Model(Nomination nomination) => new()
    {
        ["nominationId"] = nomination.Id,
        ["awardType"] = nomination.AwardType?.Name,
        ["unitName"] = nomination.Unit?.Name,
        ["submissionNumber"] = nomination.SubmissionNumber,
        ["nomineeCount"] = nomination.ActiveNominees.Count(),
        ["nominees"] = new JsonArray([.. nomination.ActiveNominees.Select(n => JsonValue.Create(n.Name))]),
    };

    private static JsonObject With(JsonObject model, string? stepName, DateTimeOffset? dueAt, Guid workItemId)
    {
        var data = (JsonObject)model.DeepClone();
        data["stepName"] = stepName;
        data["dueAt"] = dueAt is { } due ? VietnamTime.Date(due) : null;
        data["taskId"] = workItemId.ToString();
        return data;
    }
}
