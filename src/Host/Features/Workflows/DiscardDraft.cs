using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Workflows;

public static class DiscardDraft
{
    /// <summary>Throws away a draft nobody wants to publish. Published and retired versions stay: dossiers ran on them.</summary>
    public sealed record Command(string Key, int Version) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => $"{Key}/{Version}";
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var version = await db.WorkflowVersions.SingleOrDefaultAsync(v => v.Key == request.Key && v.Version == request.Version, cancellationToken)
                ?? throw WorkflowWords.NoVersion(request.Key, request.Version);
            version.EnsureDiscardable();
            db.WorkflowVersions.Remove(version);
            return MediatR.Unit.Value;
        }
    }
}
