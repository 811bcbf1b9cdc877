using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.AwardTypes;

public static class ListAwardTypes
{
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, string Code, string Name, string Decider, bool AllowsCollectives, bool AllowsIndividuals,
        bool OncePerLifetime, string WorkflowKey, string Criteria);

    internal sealed class Handler(AwardsDbContext db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken) =>
            await db.AwardTypes.AsNoTracking().OrderBy(a => a.Id)
                .Select(a => new Item(a.Id, a.Code, a.Name, a.Decider, a.AllowsCollectives, a.AllowsIndividuals, a.OncePerLifetime, a.WorkflowKey, a.Criteria))
                .ToListAsync(cancellationToken);
    }
}

public static class AwardTypeEndpoints
{
    public static void MapAwardTypeEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/award-types").WithTags("AwardTypes");
        group.MapGet("", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListAwardTypes.Query(), ct))
            .WithSummary("Các loại khen thưởng.");
    }
}
