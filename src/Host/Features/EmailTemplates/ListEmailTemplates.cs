using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.EmailTemplates;

public static class ListEmailTemplates
{
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(string Key, string Subject, DateTimeOffset UpdatedAt, string UpdatedBy);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            return await db.EmailTemplates.AsNoTracking().OrderBy(t => t.Key)
                .Select(t => new Item(t.Key, t.Subject, t.UpdatedAt, t.UpdatedBy)).ToListAsync(cancellationToken);
        }
    }
}
