using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Workflows;

public static class GetWorkflowVersion
{
    /// <summary>The BPMN XML of one version, as uploaded (diagram included), for the designer.</summary>
    public sealed record Query(string Key, int Version) : IRequest<string>;

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, string>
    {
        public async Task<string> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            return await db.WorkflowVersions.AsNoTracking()
                .Where(v => v.Key == request.Key && v.Version == request.Version).Select(v => v.BpmnXml)
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw WorkflowWords.NoVersion(request.Key, request.Version);
        }
    }
}
