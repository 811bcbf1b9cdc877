using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>The workflow diagram a dossier runs on, with its open and completed steps, for the read-only viewer.</summary>
public static class GetNominationDiagram
{
    public sealed record Query(int NominationId) : IRequest<Result?>;

    public sealed record Result(string BpmnXml, string WorkflowKey, int Version, IReadOnlyList<string> Current, IReadOnlyList<string> Done);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result?>
    {
        public async Task<Result?> Handle(Query request, CancellationToken cancellationToken)
        {
            var nomination = await access.VisibleNominationAsync(request.NominationId, cancellationToken);
            var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.NominationId == nomination.Id)
                .OrderByDescending(i => i.IsRunning).FirstOrDefaultAsync(cancellationToken);
            if (instance is null) return null;
            var xml = await db.WorkflowVersions.AsNoTracking()
                .Where(v => v.Key == instance.WorkflowKey && v.Version == instance.WorkflowVersion)
                .Select(v => v.BpmnXml).SingleAsync(cancellationToken);
            var state = InstanceStateJson.Deserialize(instance.StateJson);
            var done = state.Journal.Where(j => j.Kind is JournalKind.TaskCompleted or JournalKind.NotificationRequested && j.ElementId is not null)
                .Select(j => j.ElementId!).Distinct().ToList();
            if (state.Status != InstanceStatus.Running)
                done.AddRange(state.Journal.Where(j => j.Kind == JournalKind.Ended && j.ElementId is not null).Select(j => j.ElementId!));
            return new Result(xml, instance.WorkflowKey, instance.WorkflowVersion, [.. state.OpenTasks.Select(t => t.ElementId)], done);
        }
    }
}
