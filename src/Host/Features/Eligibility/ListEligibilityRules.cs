using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>An award type's groups of people and criteria, each with the law it comes from; administrators only.</summary>
public static class ListEligibilityRules
{
    public sealed record Query(int AwardTypeId) : IRequest<Result>;

    public sealed record Result(int AwardTypeId, string AwardType, IReadOnlyList<Group> Groups, IReadOnlyList<Rule> Rules);

    public sealed record Group(int Id, string Code, string Name, string LegalBasis, int Order);

    public sealed record Rule(int Id, int Order, RuleKind Kind, string? GroupCode, string Title, int? MinYearsMen, int? MinYearsWomen,
        bool DoubleTimeCounts, string? Honour, PendingMatter? Matter, string LegalBasis, string? SourceNote);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var awardType = await db.AwardTypes.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.AwardTypeId, cancellationToken)
                ?? throw AwardType.NotFound(request.AwardTypeId);
            var groups = await db.NomineeGroups.AsNoTracking().Where(g => g.AwardTypeId == awardType.Id).OrderBy(g => g.Order).ThenBy(g => g.Id)
                .Select(g => new Group(g.Id, g.Code, g.Name, g.LegalBasis, g.Order)).ToListAsync(cancellationToken);
            var rules = await db.EligibilityRules.AsNoTracking().Where(r => r.AwardTypeId == awardType.Id).OrderBy(r => r.Order).ThenBy(r => r.Id)
                .Select(r => new Rule(r.Id, r.Order, r.Kind, r.GroupCode, r.Title, r.MinYearsMen, r.MinYearsWomen, r.DoubleTimeCounts, r.Honour,
                    r.Matter, r.LegalBasis, r.SourceNote)).ToListAsync(cancellationToken);
            return new Result(awardType.Id, awardType.Name, groups, rules);
        }
    }
}
