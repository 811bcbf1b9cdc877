using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Decisions;

public static class ListDecisions
{
    public sealed record Query(int Page = 1, int PageSize = 50) : IRequest<Paged>;

    public sealed record Paged(IReadOnlyList<Item> Items, int Total);

    public sealed record Item(int Id, string Number, DateOnly IssuedOn, string AwardType, string Decider, string UnitName,
        int NominationId, int AwardeeCount, bool Revoked);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Số trang phải từ 1 trở lên.");
            RuleFor(q => q.PageSize).InclusiveBetween(1, 200).WithMessage("Mỗi trang có từ 1 đến 200 quyết định.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Paged>
    {
        public async Task<Paged> Handle(Query request, CancellationToken cancellationToken)
        {
            var visible = access.VisibleNominations().Select(n => n.Id);
            IQueryable<Decision> decisions = db.Decisions.AsNoTracking();
            if (!access.IsAdmin) decisions = decisions.Where(d => visible.Contains(d.NominationId));
            var total = await decisions.CountAsync(cancellationToken);
            var rows = await decisions
                .OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id)
                .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
                .Select(d => new
                {
                    d.Id, d.Number, d.Symbol, d.IssuedOn, AwardType = d.AwardType!.Name, d.Decider, UnitName = d.Nomination!.Unit!.Name,
                    d.NominationId, AwardeeCount = d.Awardees.Count, Revoked = d.RevokedAt != null,
                })
                .ToListAsync(cancellationToken);
            return new Paged(
                [.. rows.Select(r => new Item(r.Id, $"{r.Number}/{r.Symbol}", r.IssuedOn, r.AwardType, r.Decider, r.UnitName, r.NominationId, r.AwardeeCount, r.Revoked))],
                total);
        }
    }
}
