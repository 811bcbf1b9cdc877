using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>The nomination rounds, the latest first, with their issuer, award types, state and how many dossiers each holds.</summary>
public static class ListRounds
{
    public sealed record Query(int Page = 1, int PageSize = 20) : IRequest<Paged<Item>>;

    public sealed record Item(int Id, string Name, int IssuerId, string Issuer, IReadOnlyList<string> AwardTypes, DateOnly OpensOn,
        DateOnly ClosesOn, DateOnly? DisclosureFrom, DateOnly? DisclosureTo, RoundState State, string StateName, int Nominations);

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
            var rows = await db.Rounds.AsNoTracking().OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id)
                .PageOf(request.Page, request.PageSize)
                .Select(r => new
                {
                    r.Id, r.Name, r.IssuerId, Issuer = r.Issuer!.Name, AwardTypes = r.AwardTypes.Select(a => a.Code).ToList(),
                    r.OpensOn, r.ClosesOn, r.DisclosureFrom, r.DisclosureTo, r.State, Nominations = db.Nominations.Count(n => n.RoundId == r.Id),
                })
                .ToListAsync(cancellationToken);
            var items = rows.Select(r => new Item(r.Id, r.Name, r.IssuerId, r.Issuer, r.AwardTypes, r.OpensOn, r.ClosesOn, r.DisclosureFrom,
                r.DisclosureTo, r.State, RoundStateNames.Of(r.State), r.Nominations)).ToList();
            return new Paged<Item>(items, total, request.Page, request.PageSize);
        }
    }
}
