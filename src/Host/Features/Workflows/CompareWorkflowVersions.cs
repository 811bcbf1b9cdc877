using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Workflows.Bpmn;

namespace ToanDan.Awards.Host.Features.Workflows;

public static class CompareWorkflowVersions
{
    /// <summary>What changed from version <paramref name="From"/> to version <paramref name="To"/> of a workflow.</summary>
    public sealed record Query(string Key, int From, int To) : IRequest<Result>;

    public sealed record Result(string Key, string Name, int From, int To, IReadOnlyList<WorkflowChange> Changes);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var versions = await db.WorkflowVersions.AsNoTracking()
                .Where(v => v.Key == request.Key && (v.Version == request.From || v.Version == request.To))
                .ToDictionaryAsync(v => v.Version, cancellationToken);
            foreach (var number in new[] { request.From, request.To })
                if (!versions.ContainsKey(number))
                    throw new NotFoundException($"Không có phiên bản {number} của quy trình '{request.Key}'.");
            var from = BpmnReader.Read(versions[request.From].BpmnXml);
            var to = BpmnReader.Read(versions[request.To].BpmnXml);
            return new Result(request.Key, versions[request.To].Name, request.From, request.To,
                WorkflowDiff.Compare(from, to, code => Roles.Names.GetValueOrDefault(code, code)));
        }
    }
}
