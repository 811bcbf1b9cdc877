using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.History;

/// <summary>The imported awards of before, newest decision first, for the administrator (citizen IDs shown: administrators check identity).</summary>
public static class ListPastAwards
{
    public const int Limit = 500;

    public sealed record Query : IRequest<Result>;

    public sealed record Result(int Total, IReadOnlyList<Item> Items);

    public sealed record Item(int Id, string DecisionNumber, DateOnly IssuedOn, string IssuerName, string AwardType, NomineeKind Kind, string Name,
        DateOnly? DateOfBirth, string? CitizenId, string? FormerCitizenId, string UnitName, string? UnitCode, string ImportedBy, DateTimeOffset ImportedAt, bool AdHoc,
        AwardeeTarget? Target = null, AwardMethod? Method = null)
    {
        /// <summary>The target group's name as form 0603 writes it; null where the register did not say.</summary>
        public string? TargetName => Target is { } t ? ReportCategories.NameOf(t) : null;

        public string? MethodName => Method is { } m ? ReportCategories.NameOf(m) : null;
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var total = await db.PastAwards.CountAsync(cancellationToken);
            var items = await db.PastAwards.AsNoTracking()
                .OrderByDescending(a => a.IssuedOn).ThenBy(a => a.DecisionNumber).ThenBy(a => a.Id)
                .Take(Limit)
                .Select(a => new Item(a.Id, a.DecisionNumber, a.IssuedOn, a.IssuerName, a.AwardType!.Name, a.Kind, a.Name, a.DateOfBirth, a.CitizenId,
                    a.FormerCitizenId, a.UnitName, a.Unit == null ? null : a.Unit.Code, a.ImportedBy, a.ImportedAt, a.AdHoc, a.Target, a.Method))
                .ToListAsync(cancellationToken);
            return new Result(total, items);
        }
    }
}
