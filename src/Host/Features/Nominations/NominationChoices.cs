using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>What the dossier pages offer to choose from: award types with their criteria and required parts, rounds, and the units to filter by.</summary>
public static class NominationChoices
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(IReadOnlyList<AwardTypeChoice> AwardTypes, IReadOnlyList<RoundChoice> Rounds, IReadOnlyList<UnitChoice> Units,
        IReadOnlyList<PartChoice> Parts);

    /// <summary>A part a dossier of the award type must hold under the procedure, in order.</summary>
    public sealed record PartChoice(string AwardTypeCode, Procedure Procedure, string Code, string Name, bool PerNominee, string? Note);

    public sealed record AwardTypeChoice(string Code, string Name, string Decider, string Criteria, bool AllowsCollectives, bool AllowsIndividuals);

    /// <summary>A round the caller's unit may send dossiers to now, with the award types it covers.</summary>
    public sealed record RoundChoice(int Id, string Name, DateOnly OpensOn, DateOnly ClosesOn, IReadOnlyList<string> AwardTypes, string Issuer);

    public sealed record UnitChoice(int Id, string Name);

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var awardTypes = await db.AwardTypes.AsNoTracking().OrderBy(a => a.Id)
                .Select(a => new AwardTypeChoice(a.Code, a.Name, a.Decider, a.Criteria, a.AllowsCollectives, a.AllowsIndividuals))
                .ToListAsync(cancellationToken);
            var path = await db.Units.Where(u => u.Id == access.OwnUnitId).Select(u => u.Path).SingleAsync(cancellationToken);
            var today = VietnamTime.Today(clock);
            var rounds = await db.Rounds.AsNoTracking()
                .Where(r => r.State == RoundState.Open && r.OpensOn <= today && today <= r.ClosesOn && path.StartsWith(r.Issuer!.Unit!.Path))
                .OrderByDescending(r => r.OpensOn)
                .Select(r => new RoundChoice(r.Id, r.Name, r.OpensOn, r.ClosesOn, r.AwardTypes.Select(a => a.Code).ToList(), r.Issuer!.Name))
                .ToListAsync(cancellationToken);
            // Only units whose dossiers the caller may see: the filter never reveals more than the list.
            var units = await access.VisibleNominations().AsNoTracking().Select(n => new { n.UnitId, n.Unit!.Name }).Distinct()
                .OrderBy(u => u.Name).ToListAsync(cancellationToken);
            var parts = await db.RequiredParts.AsNoTracking().Where(p => p.RemovedAt == null)
                .Join(db.AwardTypes, p => p.AwardTypeId, a => a.Id, (p, a) => new { a.Code, Part = p })
                .ToListAsync(cancellationToken);
            return new Result(awardTypes, rounds, [.. units.Select(u => new UnitChoice(u.UnitId, u.Name))],
                [.. parts.OrderBy(p => p.Part.Procedure).ThenBy(p => p.Part.Order).ThenBy(p => p.Part.Id)
                    .Select(p => new PartChoice(p.Code, p.Part.Procedure, p.Part.Code, p.Part.Name, p.Part.PerNominee, p.Part.Note))]);
        }
    }
}
