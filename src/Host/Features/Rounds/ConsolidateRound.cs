using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Rounds;

/// <summary>
/// Tổng hợp: the province's emulation office (PV05) gathers the round's waiting nominees of its province into one draft
/// decision per award type, collectives then individuals, grouped by unit; nominees left out of an earlier decision of
/// the same award and issuer, or resumed after a postponement, are carried into it. The decider is asked to sign.
/// </summary>
public static class ConsolidateRound
{
    public sealed record Command(int RoundId) : ICommand<Result>, IAudited
    {
        public string? AuditId => RoundId.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Result(int RoundId, IReadOnlyList<Draft> Drafts);

    public sealed record Draft(int DecisionId, string AwardType, int Collectives, int Individuals);

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, Notifier notifier, TimeProvider clock)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            if (!access.IsOfficeOf(access.OwnUnitId))
                throw new ForbiddenException("Chỉ cán bộ Phòng PV05 của tỉnh mới tổng hợp được quyết định của đợt.");
            var office = await db.Units.SingleAsync(u => u.Id == access.OwnUnitId, cancellationToken);
            var round = await RoundAccess.OfficeRounds(db, access, office).Include(r => r.Issuer).Include(r => r.AwardTypes)
                .SingleOrDefaultAsync(r => r.Id == request.RoundId, cancellationToken)
                ?? throw new NotFoundException(Round.NotFound(request.RoundId));
            if (round.NotYetToConsolidate(VietnamTime.Today(clock)) is { } notYet) throw new DomainException(notYet);

            var drafter = await db.Users.Where(u => u.UserName == user.UserName).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken)
                ?? user.UserName;
            var drafts = new List<Draft>();
            foreach (var awardType in round.AwardTypes.OrderBy(a => a.Id))
            {
                var nominations = await RoundAccess.WaitingFor(db, round, awardType, office)
                    .Include(n => n.Nominees).Include(n => n.Unit).AsSplitQuery().OrderBy(n => n.Id).ToListAsync(cancellationToken);
                var waiting = nominations.SelectMany(n => n.WaitingNominees.Select(m => (m, n))).ToList();
                if (waiting.Count == 0) continue;
                var decision = new Decision(round.Issuer!, awardType, round, office, waiting, user.UserName, clock.GetUtcNow());
                db.Decisions.Add(decision);
                await db.SaveChangesAsync(cancellationToken);
                var (collectives, individuals) = (waiting.Count(w => w.m.Kind == NomineeKind.Collective), waiting.Count(w => w.m.Kind == NomineeKind.Individual));
                drafts.Add(new Draft(decision.Id, awardType.Name, collectives, individuals));
                await notifier.NotifyRoleAsync($"decision/{decision.Id}/draft", DefaultEmailTemplates.DecisionDraft, round.Issuer!.SignerRole,
                    round.Issuer.UnitId, new JsonObject
                    {
                        ["decisionId"] = decision.Id,
                        ["awardType"] = awardType.Name,
                        ["roundName"] = round.Name,
                        ["draftedByName"] = drafter,
                        ["awardeeCount"] = waiting.Count,
                        ["awardeeTally"] = VietnameseWording.Awardees(collectives, individuals),
                    }, cancellationToken);
            }
            if (drafts.Count == 0)
                throw new DomainException(RoundAccess.NothingWaiting(round, office));
            await db.SaveChangesAsync(cancellationToken);
            return new Result(round.Id, drafts);
        }
    }
}
