using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Rounds;

/// <summary>
/// A round as the office sees it: its dossiers of the office's province by state, the nominees waiting for the decision
/// and those postponed, and the round's drafts and signed decisions. For PV05, the director's side and administrators.
/// </summary>
public static class GetRound
{
    public sealed record Query(int Id) : IRequest<Result>;

    public sealed record Result(int Id, string Name, string Issuer, IReadOnlyList<string> AwardTypes, DateOnly OpensOn, DateOnly ClosesOn,
        DateOnly? DisclosureFrom, DateOnly? DisclosureTo, RoundState State, string StateName, IReadOnlyList<StatusCount> Dossiers,
        IReadOnlyList<Person> Waiting, IReadOnlyList<Person> Postponed, IReadOnlyList<DecisionItem> Decisions, bool CanConsolidate,
        string? NotYet, ProposalInfo? Proposal);

    /// <summary>The province's proposal to the decider (Bằng khen, medal): to whom, who may sign it (the director, or a deputy
    /// "KT."), whether a brief list goes with it, why not yet.</summary>
    public sealed record ProposalInfo(string Addressee, string? Signer, IReadOnlyList<string> Deputies, bool BriefList, string? NotYet);

    public sealed record StatusCount(NominationStatus Status, string StatusName, int Count);

    public sealed record Person(int NomineeId, int NominationId, string UnitName, string AwardType, NomineeKind Kind, string Name,
        string? Position, string? Reason, bool CarriedOver);

    public sealed record DecisionItem(int Id, DecisionStatus Status, string StatusName, string Number, DateOnly? IssuedOn, string AwardType,
        int Awardees);

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var office = await RoundAccess.OfficeOfAsync(db, access, cancellationToken);
            var round = await RoundAccess.OfficeRounds(db, access, office).AsNoTracking().Include(r => r.Issuer).Include(r => r.AwardTypes)
                .SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                ?? throw RoundAccess.NotFound(request.Id);
            var path = office.Path;
            var mine = db.Nominations.AsNoTracking().Where(n => n.RoundId == round.Id && n.Unit!.Path.StartsWith(path));
            var counts = await mine.GroupBy(n => n.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

            var waiting = new List<Person>();
            foreach (var awardType in round.AwardTypes)
            {
                var nominations = await RoundAccess.WaitingFor(db, round, awardType, office).AsNoTracking()
                    .Include(n => n.Nominees).Include(n => n.Unit).AsSplitQuery().OrderBy(n => n.Id).ToListAsync(cancellationToken);
                waiting.AddRange(nominations.SelectMany(n => n.WaitingNominees.Select(m =>
                    new Person(m.Id, n.Id, n.Unit!.Name, awardType.Name, m.Kind, m.Name, m.Position, m.LeftOutReason, n.RoundId != round.Id))));
            }
            var postponed = await mine.SelectMany(n => n.Nominees.Where(m => m.IsPostponed), (n, m) => new Person(m.Id, n.Id, n.Unit!.Name,
                    n.AwardType!.Name, m.Kind, m.Name, m.Position, m.PostponeReason, false))
                .ToListAsync(cancellationToken);
            var decisions = await access.VisibleDecisions().AsNoTracking().Where(d => d.RoundId == round.Id && d.OfficeUnitId == office.Id)
                .OrderBy(d => d.Id)
                .Select(d => new { d.Id, d.Status, d.Number, d.Symbol, d.IssuedOn, AwardType = d.AwardType!.Name, Awardees = d.Awardees.Count })
                .ToListAsync(cancellationToken);

            var today = VietnamTime.Today(clock);
            var notYet = round.NotYetToConsolidate(today) ?? (waiting.Count == 0 ? RoundAccess.NothingWaiting(round, office) : null);
            return new Result(round.Id, round.Name, round.Issuer!.Name, [.. round.AwardTypes.Select(a => a.Name)], round.OpensOn, round.ClosesOn,
                round.DisclosureFrom, round.DisclosureTo, round.State, Round.StateName(round.State, round.ClosesOn, today),
                [.. counts.OrderBy(c => c.Key).Select(c => new StatusCount(c.Key, StatusNames.Of(c.Key), c.Count))],
                [.. waiting.OrderBy(p => p.Kind).ThenBy(p => p.UnitName).ThenBy(p => p.NomineeId)], postponed,
                [.. decisions.Select(d => new DecisionItem(d.Id, d.Status, DecisionStatusNames.Of(d.Status),
                    d.Number is int n ? Decision.Format(n, d.Symbol) : "", d.IssuedOn, d.AwardType, d.Awardees))],
                CanConsolidate: notYet is null && access.IsOfficeOf(office.Id), notYet,
                await UpwardProposal.SummaryAsync(db, round, office, cancellationToken));
        }
    }
}
