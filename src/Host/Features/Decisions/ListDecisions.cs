using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Decisions;

public static class ListDecisions
{
    /// <summary>The largest page the list serves.</summary>
    public const int MaxPageSize = 200;

    public sealed record Query(int Page = 1, int PageSize = 50) : IRequest<Paged>;

    public sealed record Paged(IReadOnlyList<Item> Items, int Total);

    /// <summary>One decision; <c>UnitName</c> is the single unit it came from, or "n đơn vị" for a round's consolidated decision.</summary>
    public sealed record Item(int Id, DecisionStatus Status, string StatusName, string Number, DateOnly? IssuedOn, string AwardType,
        string Issuer, string Decider, string? RoundName, string UnitName, int AwardeeCount, bool Revoked);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.AddPaging(q => q.Page, q => q.PageSize, MaxPageSize);
    }

    internal sealed class Handler(Access access) : IRequestHandler<Query, Paged>
    {
        public async Task<Paged> Handle(Query request, CancellationToken cancellationToken)
        {
            var decisions = access.VisibleDecisions().AsNoTracking();
            var total = await decisions.CountAsync(cancellationToken);
            // Drafts first (they wait for someone), then the signed ones, newest first.
            var rows = await decisions
                .OrderBy(d => d.Status == DecisionStatus.Draft ? 0 : 1).ThenByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id)
                .PageOf(request.Page, request.PageSize)
                .Select(d => new
                {
                    d.Id, d.Status, d.Number, d.Symbol, d.IssuedOn, AwardType = d.AwardType!.Name, Issuer = d.Issuer!.Name, d.Decider,
                    RoundName = d.Round == null ? null : d.Round.Name,
                    Units = d.Awardees.Select(a => a.UnitName).Distinct().Count(),
                    FirstUnit = d.Awardees.OrderBy(a => a.Id).Select(a => a.UnitName).FirstOrDefault(),
                    AwardeeCount = d.Awardees.Count, Revoked = d.RevokedAt != null,
                })
                .ToListAsync(cancellationToken);
            return new Paged(
                [.. rows.Select(r => new Item(r.Id, r.Status, DecisionStatusNames.Of(r.Status), r.Number is int n ? Decision.Format(n, r.Symbol) : "",
                    r.IssuedOn, r.AwardType, r.Issuer, r.Decider, r.RoundName, r.Units == 1 ? r.FirstUnit ?? "" : $"{r.Units} đơn vị",
                    r.AwardeeCount, r.Revoked))],
                total);
        }
    }
}
