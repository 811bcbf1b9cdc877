using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Rounds;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Council;

/// <summary>
/// The emulation council's view of a round: the nominees of the province it weighs, per award type and kind, ranked by
/// the votes its secretary recorded and, on equal votes, by the preference the rules give women and collectives with
/// enough women (<see cref="TiePreference"/>), which is shown beside each. For the council, PV05 and administrators.
/// </summary>
public static class GetCouncilView
{
    public sealed record Query(int Id) : IRequest<Result>;

    public sealed record Result(int Id, string Name, string Issuer, string StateName, IReadOnlyList<ListItem> Groups, bool CanRecord);

    /// <summary>One list the council ranks: an award type's collectives, or its individuals, with the preference's rule.</summary>
    public sealed record ListItem(int AwardTypeId, string AwardType, NomineeKind Kind, int WomenCollectivePercent, string TiePreferenceBasis,
        IReadOnlyList<Ranked> Nominees);

    public sealed record Ranked(int Place, int NomineeId, int NominationId, string UnitName, string Name, string? Position, Sex? Sex,
        decimal? WomenShare, int? MemberCount, int? Votes, string? Preference, bool Tied, bool DecidedByPreference, string Standing);

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var office = await RoundAccess.CouncilOfAsync(db, access, cancellationToken);
            var round = await RoundAccess.VisibleRounds(db, office).AsNoTracking().Include(r => r.Issuer).Include(r => r.AwardTypes)
                .SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                ?? throw RoundAccess.NotFound(request.Id);
            var nominees = await RoundAccess.CouncilNominees(db, round, office).AsNoTracking()
                .Join(db.Nominations, m => m.NominationId, n => n.Id, (m, n) => new
                {
                    Nominee = m, n.AwardTypeId, n.Status, UnitName = n.Unit!.Name,
                })
                .ToListAsync(cancellationToken);

            var groups = new List<ListItem>();
            foreach (var awardType in round.AwardTypes.OrderBy(a => a.Id))
                foreach (var kind in new[] { NomineeKind.Collective, NomineeKind.Individual })
                {
                    var theirs = nominees.Where(x => x.AwardTypeId == awardType.Id && x.Nominee.Kind == kind).ToList();
                    if (theirs.Count == 0) continue;
                    var byId = theirs.ToDictionary(x => x.Nominee.Id);
                    var ranked = TiePreference.Rank(theirs.Select(x => new CouncilCandidate(x.Nominee.Id, kind, x.Nominee.Name, x.UnitName,
                        x.Nominee.Sex, x.Nominee.WomenShare, x.Nominee.CouncilVotes)), awardType.WomenCollectivePercent);
                    groups.Add(new ListItem(awardType.Id, awardType.Name, kind, awardType.WomenCollectivePercent, awardType.TiePreferenceBasis,
                        [.. ranked.Select(r =>
                        {
                            var x = byId[r.Candidate.NomineeId];
                            return new Ranked(r.Place, x.Nominee.Id, x.Nominee.NominationId, x.UnitName, x.Nominee.Name, x.Nominee.Position, x.Nominee.Sex,
                                x.Nominee.WomenShare, x.Nominee.MemberCount, x.Nominee.CouncilVotes, r.Preference, r.Tied, r.DecidedByPreference,
                                StandingNames.Of(x.Nominee.Standing(x.Status)));
                        })]));
                }
            var today = VietnamTime.Today(clock);
            return new Result(round.Id, round.Name, round.Issuer!.Name, Round.StateName(round.State, round.ClosesOn, today), groups,
                CanRecord: groups.Count > 0);
        }
    }
}
