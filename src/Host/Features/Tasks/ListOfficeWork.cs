using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Rounds;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Tasks;

/// <summary>
/// The work that is not a step of one dossier but waits for someone all the same: for PV05, rounds whose nominees wait
/// to be consolidated; for the decider's side, drafts to sign. Shown above the inbox.
/// </summary>
public static class ListOfficeWork
{
    public const string Consolidate = "consolidate";
    public const string Sign = "sign";

    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(string Kind, string Title, string Detail, string Url, int Id);

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            var items = new List<Item>();
            if (access.HasRole(Roles.Pv05Reviewer))
            {
                var today = VietnamTime.Today(clock);
                var office = await db.Units.SingleAsync(u => u.Id == access.OwnUnitId, cancellationToken);
                var waiting = await RoundAccess.WaitingPerRoundAsync(db, office, cancellationToken);
                var ids = waiting.Keys.ToList();
                var rounds = await RoundAccess.VisibleRounds(db, office).AsNoTracking().Where(r => ids.Contains(r.Id))
                    .OrderBy(r => r.Id).Select(r => new { r.Id, r.Name, r.State, r.ClosesOn }).ToListAsync(cancellationToken);
                // A round is consolidated once it no longer takes dossiers.
                items.AddRange(rounds.Where(r => !Round.TakesDossiers(r.State, r.ClosesOn, today)).Select(r => new Item(Consolidate,
                    $"Tổng hợp quyết định đợt {r.Name}", $"{waiting[r.Id]} tập thể, cá nhân chờ quyết định", $"/dot-khen-thuong/{r.Id}", r.Id)));
            }
            var drafts = await access.VisibleDecisions().AsNoTracking()
                .Where(d => d.Status == DecisionStatus.Draft && d.Issuer!.UnitId == access.OwnUnitId)
                .OrderBy(d => d.DraftedAt)
                .Select(d => new
                {
                    d.Id, AwardType = d.AwardType!.Name, Round = d.Round == null ? null : d.Round.Name, d.Issuer!.SignerRole,
                    Collectives = d.Awardees.Count(a => a.Kind == NomineeKind.Collective), Individuals = d.Awardees.Count(a => a.Kind == NomineeKind.Individual),
                })
                .ToListAsync(cancellationToken);
            items.AddRange(drafts.Where(d => access.HasRole(d.SignerRole)).Select(d => new Item(Sign, $"Ký quyết định tặng {d.AwardType}",
                $"{(d.Round is null ? "" : $"Đợt {d.Round}: ")}{VietnameseWording.Awardees(d.Collectives, d.Individuals)}", $"/quyet-dinh/{d.Id}", d.Id)));
            return items;
        }
    }
}
