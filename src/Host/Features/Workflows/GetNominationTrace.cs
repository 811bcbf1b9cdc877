using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Host.Features.Workflows;

public static class GetNominationTrace
{
    /// <summary>
    /// A dossier on its workflow's diagram, for an administrator: completed steps, open steps, and who did what when on
    /// each (from the instance's journal), across every instance the dossier had.
    /// </summary>
    public sealed record Query(int NominationId) : IRequest<Result>;

    public sealed record Result(int NominationId, string Title, string Status, string WorkflowKey, int Version, string WorkflowName,
        IReadOnlyList<string> Current, IReadOnlyList<string> Done, IReadOnlyList<Line> History)
    {
        /// <summary>Each multi-instance step the dossier reached (e.g. a council's vote), with its instances of the latest pass.</summary>
        public IReadOnlyList<Loop> Loops { get; init; } = [];
    }

    /// <summary>
    /// A multi-instance step on its latest pass: nrOfInstances, nrOfCompletedInstances, nrOfActiveInstances (from the
    /// engine while it runs; counted from the journal once it has ended) and each instance.
    /// </summary>
    /// <param name="Summary">The counts in words: "Đã xong 1/3, 2 đang chờ".</param>
    public sealed record Loop(string ElementId, string StepName, bool Sequential, bool Running, int Total, int Completed, int Active,
        string Summary, IReadOnlyList<Ballot> Instances);

    /// <summary>One instance of a multi-instance step.</summary>
    /// <param name="For">Whom it is for: the account (its full name), the list item, or the role.</param>
    /// <param name="State"><c>open</c>, <c>done</c>, <c>closed</c> (no longer needed, or ended without a person) or <c>waiting</c> (a later turn of a sequential step).</param>
    /// <param name="Status">The state in words, with the outcome and who acted when it is done.</param>
    public sealed record Ballot(int Index, string For, string State, string Status, string? Outcome, string? Actor, DateTimeOffset? At);

    /// <summary>One journal line: <paramref name="Outcome"/> and <paramref name="Actor"/> already in words.</summary>
    public sealed record Line(string? ElementId, string Kind, string StepName, string? Outcome, string? Actor, DateTimeOffset At, string? Comment);

    internal sealed class Handler(AwardsDbContext db, Access access, WorkflowRunner runner) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var nomination = await access.VisibleNominationAsync(request.NominationId, cancellationToken);
            var history = await runner.HistoryAsync(nomination.Id, cancellationToken);
            if (history.Count == 0)
                throw new NotFoundException($"Hồ sơ số {nomination.Id} chưa được gửi nên chưa chạy trên quy trình nào.");
            var (instance, state, definition) = history.OrderByDescending(h => h.Instance.IsRunning).ThenByDescending(h => h.State.Journal.LastOrDefault()?.At).First();
            var actors = history.SelectMany(h => h.State.Journal).Select(j => j.Actor).OfType<string>().Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => actors.Contains(u.UserName!))
                .ToDictionaryAsync(u => u.UserName!, u => u.FullName, cancellationToken);
            var name = await db.WorkflowVersions.AsNoTracking().Where(v => v.Key == instance.WorkflowKey && v.Version == instance.WorkflowVersion)
                .Select(v => v.Name).SingleAsync(cancellationToken);

            var journal = state.Journal;
            var done = journal.Where(j => j.Kind is JournalKind.TaskCompleted or JournalKind.NotificationRequested or JournalKind.TimerFired or JournalKind.Started
                    && j.ElementId is not null).Select(j => j.ElementId!).ToList();
            if (state.Status != InstanceStatus.Running)
                done.AddRange(journal.Where(j => j.Kind == JournalKind.Ended && j.ElementId is not null).Select(j => j.ElementId!));
            var lines = journal.Where(j => j.Kind is not JournalKind.TaskOpened).Select(j => new Line(
                j.ElementId, Camel(j.Kind), j.ElementId is null ? "" : definition.FindNode(j.ElementId)?.Name ?? j.ElementId,
                j.Kind == JournalKind.Started ? "Gửi hồ sơ đề nghị" : j.Outcome is null ? null : Pages.Shared.Words.Outcome(j.Outcome),
                j.Actor is null ? null : names.GetValueOrDefault(j.Actor, j.Actor), j.At, j.Comment)).ToList();
            var loopSteps = definition.Nodes.OfType<UserTask>().Where(t => t.Loop is not null).Select(t => t.Id).ToList();
            var items = await db.WorkItems.AsNoTracking().Where(w => w.InstanceId == instance.Id && loopSteps.Contains(w.ElementId))
                .ToDictionaryAsync(w => w.EngineTaskId, w => w.AssignedTo, cancellationToken);
            // Also the later turns of a sequential vote, and the list items of open ones: user names, when they are accounts.
            var listed = state.Loops.SelectMany(l => l.Items ?? []).Concat(state.OpenTasks.Select(t => t.LoopItem))
                .OfType<JsonValue>().Select(v => v.ToString()).Concat(items.Values.OfType<string>()).Distinct().ToList();
            var people = await db.Users.AsNoTracking()
                .Where(u => listed.Contains(u.UserName!) || actors.Contains(u.UserName!))
                .ToDictionaryAsync(u => u.UserName!, u => u.FullName, StringComparer.OrdinalIgnoreCase, cancellationToken);
            var loops = LoopsOf(state, definition, id => items.GetValueOrDefault(id),
                userName => people.GetValueOrDefault(userName, userName));
            return new Result(nomination.Id, $"{nomination.AwardType?.Name} – {nomination.Unit?.Name}", nomination.Status.ToString(),
                instance.WorkflowKey, instance.WorkflowVersion, name,
                [.. state.OpenTasks.Select(t => t.ElementId).Distinct()], [.. done.Distinct()], lines) { Loops = loops };
        }

        /// <summary>
        /// The latest pass of each multi-instance step, from the journal: a pass begins when a task of the step opens while
        /// none is open, unless the one before it closed just now (a sequential step opening its next turn).
        /// </summary>
        /// <param name="assigneeOf">The account an engine task was given to, or null.</param>
        /// <param name="nameOf">A user name's full name.</param>
        internal static IReadOnlyList<Loop> LoopsOf(InstanceState state, WorkflowDefinition definition,
            Func<string, string?> assigneeOf, Func<string, string> nameOf)
        {
            var loops = new List<Loop>();
            var journal = state.Journal;
            foreach (var step in definition.Nodes.OfType<UserTask>().Where(t => t.Loop is not null))
            {
                List<string>? pass = null;
                var open = new HashSet<string>(StringComparer.Ordinal);
                var closed = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
                var lastClose = -2;
                for (var i = 0; i < journal.Count; i++)
                {
                    var entry = journal[i];
                    if (entry.ElementId != step.Id || entry.TaskId is not { } taskId) continue;
                    switch (entry.Kind)
                    {
                        case JournalKind.TaskOpened:
                            if (open.Count == 0 && lastClose != i - 1) pass = [];
                            pass!.Add(taskId);
                            open.Add(taskId);
                            break;
                        case JournalKind.TaskCompleted or JournalKind.TaskCancelled:
                            closed[taskId] = entry;
                            if (open.Remove(taskId) && open.Count == 0) lastClose = i;
                            break;
                    }
                }
                if (pass is null) continue;

                var running = state.Loops.FirstOrDefault(l => l.ElementId == step.Id && l.AwaitingHolders != true);
                var ballots = new List<Ballot>();
                foreach (var taskId in pass)
                {
                    var task = state.OpenTasks.FirstOrDefault(t => t.Id == taskId);
                    var assignee = task?.Assignee ?? assigneeOf(taskId);
                    var role = step.Candidate?.Role ?? task?.CandidateRole;
                    var forWhom = assignee is not null ? nameOf(assignee)
                        : task?.LoopItem is JsonValue item ? nameOf(item.ToString())
                        : role is not null ? Roles.Names.GetValueOrDefault(role, role)
                        : closed.GetValueOrDefault(taskId)?.Actor is { } actedBy ? nameOf(actedBy)
                        : $"Lượt {ballots.Count + 1}";
                    var index = ballots.Count;
                    if (task is not null)
                        ballots.Add(new Ballot(index, forWhom, "open", task.ClaimedBy is { } by ? $"Đang xử lý ({nameOf(by)} đã nhận)" : "Đang chờ ý kiến",
                            null, null, null));
                    else if (closed.GetValueOrDefault(taskId) is { Kind: JournalKind.TaskCompleted } completed)
                    {
                        var outcome = Pages.Shared.Words.Outcome(completed.Outcome);
                        var actor = completed.Actor is null ? null : nameOf(completed.Actor);
                        var onBehalf = actor is not null && assignee is not null && !string.Equals(completed.Actor, assignee, StringComparison.OrdinalIgnoreCase);
                        ballots.Add(new Ballot(index, forWhom, "done",
                            $"Đã xong: {outcome}" + (onBehalf ? $" ({actor} xử lý thay)" : ""), outcome, actor, completed.At));
                    }
                    else
                        ballots.Add(new Ballot(index, forWhom, "closed",
                            closed.GetValueOrDefault(taskId)?.Outcome is "completionconditionmet" and var why ? Capital(Pages.Shared.Words.Outcome(why)) : "Đã đóng, không ai xử lý",
                            null, null, closed.GetValueOrDefault(taskId)?.At));
                }
                // A sequential step over a list: the later turns, not opened yet.
                if (running is { Items: { } list } && step.Loop!.Sequential)
                    for (var n = running.Next; n < list.Count; n++)
                        ballots.Add(new Ballot(ballots.Count, list[n] is JsonValue v ? nameOf(v.ToString()) : $"Lượt {n + 1}", "waiting", "Chưa đến lượt",
                            null, null, null));

                var done = ballots.Count(b => b.State == "done");
                var active = ballots.Count(b => b.State == "open");
                var total = running?.Total ?? ballots.Count;
                loops.Add(new Loop(step.Id, step.Name ?? step.Id, step.Loop!.Sequential, running is not null, total,
                    running?.Completed ?? done, running?.Active ?? active, Summary(running?.Completed ?? done, total, running?.Active ?? active),
                    ballots));
            }
            return loops;
        }

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

        private static string Summary(int completed, int total, int active) =>
            $"Đã xong {completed}/{total}" + (active > 0 ? $", {active} đang chờ" : "");

        private static string Camel(JournalKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
    }
}
