using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Host.Features.Tasks;

/// <summary>One step of a dossier as its task page shows it: who it waits for, its deadline, the outcomes the workflow offers
/// and where a return would send the dossier, the returns from above that brought it here, and, once closed, who handled it
/// and when.</summary>
public static class GetTask
{
    public sealed record Query(Guid Id) : IRequest<Result>;

    public sealed record Result(
        Guid Id, int NominationId, string StepId, string StepName, string RoleName, string UnitName,
        DateTimeOffset OpenedAt, DateTimeOffset? DueAt, string Waited, string Deadline, Deadlines.Urgency Urgency,
        bool IsOpen, bool CanAct, IReadOnlyList<string> Outcomes,
        DateTimeOffset? ClosedAt, string? ClosedBy, string? Outcome, string? Comment,
        string? ReturnsTo, IReadOnlyList<Return> ReturnedFrom,
        string? AssignedTo, string? ClaimedBy, bool CanClaim, bool CanRelease, string? ActingFor, string? ClosedOnBehalfOf)
    {
        /// <summary>The step a return opens (<see cref="ReturnsTo"/>'s) is a vote: each holder of the role gets a ballot again.</summary>
        public bool ReturnsToVote { get; init; }
    }

    /// <summary>A step that returned the dossier to this one: its name, the level (role and unit) that returned it, who, when and why.</summary>
    public sealed record Return(string StepName, string Level, string By, DateTimeOffset At, string? Comment);

    internal sealed class Handler(AwardsDbContext db, Access access, WorkflowCatalog catalog, CalendarProvider calendars, TimeProvider clock)
        : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var item = await db.WorkItems.AsNoTracking().Include(w => w.Unit).SingleOrDefaultAsync(w => w.Id == request.Id, cancellationToken);
            if (item is null || !await access.VisibleNominations().AnyAsync(n => n.Id == item.NominationId, cancellationToken))
                throw new NotFoundException(ClaimTask.NotFound);

            var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == item.InstanceId, cancellationToken);
            var definition = await catalog.GetAsync(db, instance.WorkflowKey, instance.WorkflowVersion, cancellationToken);
            var outcomes = definition.FindNode(item.ElementId) is UserTask step ? step.Outcomes.ToList() : [];

            var now = clock.GetUtcNow();
            var (deadline, urgency) = item.IsOpen
                ? Deadlines.Describe(item.DueAt, now, await calendars.GetAsync(db, cancellationToken))
                : ("", Deadlines.Urgency.None);
            var closedBy = item.ClosedBy is null ? null
                : await db.Users.Where(u => u.UserName == item.ClosedBy).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken) ?? item.ClosedBy;

            var state = InstanceStateJson.Deserialize(instance.StateJson);
            var target = item.IsOpen && outcomes.Contains(Outcomes.Return, Outcomes.Comparer)
                ? ReturnRouting.ReturnsTo(new WorkflowEngine(await calendars.GetAsync(db, cancellationToken)), definition, state, item.EngineTaskId, now)
                : null;
            // The unit's own step shows the reason on the dossier already; a reviewer's step names the level that returned it.
            IReadOnlyList<Return> returnedFrom = item.Role == Roles.UnitClerk ? [] : await ReturnsAsync(item, definition, state, cancellationToken);

            return new Result(item.Id, item.NominationId, item.ElementId, item.Name, Roles.Names.GetValueOrDefault(item.Role, item.Role),
                item.Unit!.Name, item.OpenedAt, item.DueAt, Deadlines.Waited(item.OpenedAt, now), deadline, urgency,
                item.IsOpen, item.IsOpen && access.CanAct(item), outcomes, item.ClosedAt, closedBy, item.Outcome, item.Comment,
                target?.Role, returnedFrom,
                item.AssignedTo, item.ClaimedBy,
                item.IsOpen && Access.IsShared(item) && item.ClaimedBy is null && access.CanAct(item),
                item.IsOpen && item.ClaimedBy is not null && access.CanAct(item),
                item.IsOpen ? access.ActingFor(item) is { } standing ? standing.FullName ?? standing.UserName : null : null,
                item.ClosedOnBehalfOf) { ReturnsToVote = target?.Vote == true };
        }

        private async Task<IReadOnlyList<Return>> ReturnsAsync(WorkItem item, WorkflowDefinition definition, InstanceState state, CancellationToken ct)
        {
            var taskIds = ReturnRouting.ReturnsThatOpened(definition, state, item.EngineTaskId).Select(j => j.TaskId).ToList();
            if (taskIds.Count == 0) return [];
            var steps = await db.WorkItems.AsNoTracking().Include(w => w.Unit)
                .Where(w => w.InstanceId == item.InstanceId && taskIds.Contains(w.EngineTaskId)).OrderBy(w => w.ClosedAt).ToListAsync(ct);
            var userNames = steps.Select(w => w.ClosedBy).OfType<string>().Distinct().ToList();
            var names = await db.Users.Where(u => userNames.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.FullName, ct);
            return [.. steps.Select(w => new Return(w.Name, $"{Roles.Names.GetValueOrDefault(w.Role, w.Role)} ({w.Unit!.Name})",
                names.GetValueOrDefault(w.ClosedBy ?? "", w.ClosedBy ?? ""), w.ClosedAt!.Value, w.Comment))];
        }
    }
}
