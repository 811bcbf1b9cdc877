using System.Text.Json.Nodes;

namespace ToanDan.Awards.Workflows.Runtime;

/// <summary>
/// The whole runtime state of one workflow instance: waiting tokens, open tasks, pending timers, variables and
/// the journal. The engine never changes a state it is given: each command returns a new one, so a failed
/// command leaves the caller's state exactly as it was. Serialise with <see cref="InstanceStateJson"/>.
/// </summary>
public sealed class InstanceState
{
    internal InstanceState(string instanceId, string definitionKey, int definitionVersion)
    {
        InstanceId = instanceId;
        DefinitionKey = definitionKey;
        DefinitionVersion = definitionVersion;
    }

    /// <summary>The instance's id, chosen by the host.</summary>
    public string InstanceId { get; }

    /// <summary>The key of the workflow it runs.</summary>
    public string DefinitionKey { get; }

    /// <summary>The version of the workflow it runs; an instance stays on the version it started with.</summary>
    public int DefinitionVersion { get; }

    /// <summary>Running, completed or cancelled.</summary>
    public InstanceStatus Status { get; internal set; }

    /// <summary>The <c>award:result</c> of the end event it reached (e.g. <c>approved</c>), or null.</summary>
    public string? Result { get; internal set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartedAt { get; internal set; }

    /// <summary>When it ended, or null while running.</summary>
    public DateTimeOffset? EndedAt { get; internal set; }

    /// <summary>For an instance a call activity started: the caller's instance and call activity; null for a dossier's own instance.</summary>
    public CalledFrom? CalledFrom { get; internal set; }

    internal int LastId { get; set; }
    internal List<Token> TokenList { get; private init; } = [];
    internal List<ForkActivation> ForkList { get; private init; } = [];
    internal List<OpenTask> TaskList { get; private init; } = [];
    internal List<PendingTimer> TimerList { get; private init; } = [];
    internal List<JournalEntry> JournalList { get; private init; } = [];
    internal List<MultiInstanceLoop> LoopList { get; private init; } = [];
    internal List<MessageSubscription> SubscriptionList { get; private init; } = [];
    internal List<PendingCall> CallList { get; private init; } = [];
    internal JsonObject VariableObject { get; private init; } = [];

    /// <summary>Multi-instance user tasks running, with their counters.</summary>
    public IReadOnlyList<MultiInstanceLoop> Loops => LoopList;

    /// <summary>Messages the instance waits for; deliver one with <c>DeliverMessage</c>.</summary>
    public IReadOnlyList<MessageSubscription> AwaitedMessages => SubscriptionList;

    /// <summary>Call activities waiting for their child instance; finish one with <c>CompleteCallActivity</c>.</summary>
    public IReadOnlyList<PendingCall> PendingCalls => CallList;

    /// <summary>The pending call with this id, or null.</summary>
    public PendingCall? FindCall(string callId) => CallList.Find(c => c.Id == callId);

    /// <summary>Tokens waiting at an activity, a catch event, an event-based gateway or a join.</summary>
    public IReadOnlyList<Token> Tokens => TokenList;

    /// <summary>Parallel splits whose branches have not all joined yet.</summary>
    public IReadOnlyList<ForkActivation> Forks => ForkList;

    /// <summary>User tasks waiting for a person.</summary>
    public IReadOnlyList<OpenTask> OpenTasks => TaskList;

    /// <summary>Timers that will fire unless what they watch ends first.</summary>
    public IReadOnlyList<PendingTimer> PendingTimers => TimerList;

    /// <summary>The append-only journal, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Journal => JournalList;

    /// <summary>A copy of the instance's variables (<c>outcome</c>, <c>outcomes.&lt;taskId&gt;</c>, and the host's).</summary>
    public JsonObject Variables => (JsonObject)VariableObject.DeepClone();

    /// <summary>The open task with this id, or null.</summary>
    public OpenTask? FindTask(string taskId) => TaskList.Find(t => t.Id == taskId);

    /// <summary>The pending timer with this id, or null.</summary>
    public PendingTimer? FindTimer(string timerId) => TimerList.Find(t => t.Id == timerId);

    /// <summary>The earliest time a pending timer falls due, or null.</summary>
    public DateTimeOffset? NextTimerDueAt => TimerList.Count == 0 ? null : TimerList.Min(t => t.DueAt);

    internal string NextId(char prefix) => string.Concat(prefix.ToString(), (++LastId).ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal InstanceState Copy() => new(InstanceId, DefinitionKey, DefinitionVersion)
    {
        Status = Status,
        Result = Result,
        StartedAt = StartedAt,
        EndedAt = EndedAt,
        LastId = LastId,
        CalledFrom = CalledFrom,
        TokenList = [.. TokenList],
        ForkList = [.. ForkList],
        TaskList = [.. TaskList],
        TimerList = [.. TimerList],
        JournalList = [.. JournalList],
        LoopList = [.. LoopList],
        SubscriptionList = [.. SubscriptionList],
        CallList = [.. CallList],
        VariableObject = (JsonObject)VariableObject.DeepClone(),
    };

    internal static InstanceState Restore(
        string instanceId, string definitionKey, int definitionVersion, InstanceStatus status, string? result,
        DateTimeOffset startedAt, DateTimeOffset? endedAt, int lastId, List<Token> tokens, List<ForkActivation> forks,
        List<OpenTask> tasks, List<PendingTimer> timers, List<JournalEntry> journal, JsonObject variables,
        List<MultiInstanceLoop> loops, List<MessageSubscription> subscriptions, List<PendingCall> calls, CalledFrom? calledFrom) =>
        new(instanceId, definitionKey, definitionVersion)
        {
            Status = status,
            Result = result,
            StartedAt = startedAt,
            EndedAt = endedAt,
            LastId = lastId,
            TokenList = tokens,
            ForkList = forks,
            TaskList = tasks,
            TimerList = timers,
            JournalList = journal,
            VariableObject = variables,
            LoopList = loops,
            SubscriptionList = subscriptions,
            CallList = calls,
            CalledFrom = calledFrom,
        };

    internal static InstanceState New(string instanceId, string definitionKey, int definitionVersion, DateTimeOffset at) =>
        new(instanceId, definitionKey, definitionVersion) { StartedAt = at, Status = InstanceStatus.Running };
}
