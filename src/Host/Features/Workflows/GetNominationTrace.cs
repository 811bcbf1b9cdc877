using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
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
        IReadOnlyList<string> Current, IReadOnlyList<string> Done, IReadOnlyList<Line> History);

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
            return new Result(nomination.Id, $"{nomination.AwardType?.Name} – {nomination.Unit?.Name}", nomination.Status.ToString(),
                instance.WorkflowKey, instance.WorkflowVersion, name,
                [.. state.OpenTasks.Select(t => t.ElementId).Distinct()], [.. done.Distinct()], lines);
        }

        private static string Camel(JournalKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
    }
}
