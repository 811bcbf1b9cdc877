using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>The award types with everything an administrator may edit, and the workflow keys they may choose from.</summary>
public static class ListAwardTypeSettings
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(IReadOnlyList<Item> AwardTypes, IReadOnlyList<WorkflowChoice> Workflows);

    public sealed record Item(int Id, string Code, string Name, string Decider, string IssuerKind, bool AllowsCollectives,
        bool AllowsIndividuals, bool OncePerLifetime, string WorkflowKey, string Criteria,
        int WomenCollectivePercent, string TiePreferenceBasis);

    public sealed record WorkflowChoice(string Key, string Name, bool Published);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var items = await db.AwardTypes.AsNoTracking().OrderBy(a => a.Id)
                .Select(a => new Item(a.Id, a.Code, a.Name, a.Decider, a.IssuerKind, a.AllowsCollectives, a.AllowsIndividuals,
                    a.OncePerLifetime, a.WorkflowKey, a.Criteria, a.WomenCollectivePercent, a.TiePreferenceBasis))
                .ToListAsync(cancellationToken);
            var versions = await db.WorkflowVersions.AsNoTracking().Select(v => new { v.Key, v.Version, v.Name, v.Status }).ToListAsync(cancellationToken);
            var workflows = versions.GroupBy(v => v.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new WorkflowChoice(g.Key, g.OrderBy(v => v.Version).Last().Name, g.Any(v => v.Status == WorkflowVersionStatus.Published)))
                .ToList();
            return new Result(items, workflows);
        }
    }
}
