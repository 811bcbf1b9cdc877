using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>The nomination rounds, the latest first, with how many dossiers each holds.</summary>
public static class ListRounds
{
    public sealed record Query(int Page = 1, int PageSize = 20) : IRequest<Paged<Item>>;

    public sealed record Item(int Id, string Name, DateOnly OpensOn, DateOnly ClosesOn, int Nominations);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.AddPaging(q => q.Page, q => q.PageSize);
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Paged<Item>>
    {
        public async Task<Paged<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var total = await db.Rounds.CountAsync(cancellationToken);
            var items = await db.Rounds.AsNoTracking().OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id)
                .PageOf(request.Page, request.PageSize)
                .Select(r => new Item(r.Id, r.Name, r.OpensOn, r.ClosesOn, db.Nominations.Count(n => n.RoundId == r.Id)))
                .ToListAsync(cancellationToken);
            return new Paged<Item>(items, total, request.Page, request.PageSize);
        }
    }
}
