using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Tasks;

public static class ListMyTasks
{
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(Guid Id, int NominationId, string StepId, string StepName, DateTimeOffset? DueAt, DateTimeOffset OpenedAt,
        string UnitName, string AwardType, int NomineeCount);

    internal sealed class Handler(Access access) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken) =>
            await access.MyOpenTasks().AsNoTracking()
                .OrderBy(w => w.OpenedAt).ThenBy(w => w.NominationId)
                .Select(w => new Item(w.Id, w.NominationId, w.ElementId, w.Name, w.DueAt, w.OpenedAt,
                    w.Nomination!.Unit!.Name, w.Nomination.AwardType!.Name, w.Nomination.Nominees.Count(n => !n.IsStruck)))
                .ToListAsync(cancellationToken);
    }
}
