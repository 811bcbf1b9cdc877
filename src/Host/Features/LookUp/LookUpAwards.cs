using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.LookUp;

/// <summary>
/// Every award a person or a collective received, across all history, and every postponement (tạm hoãn) still standing
/// against them: by name typed with or without diacritics, by citizen ID (exact) and date of birth; over the decisions and
/// dossiers the caller may see and the decisions its side consolidated or signed (administrators: all), and the awards
/// imported from before the system (<see cref="Access.VisiblePastAwards"/>). The number finds either the CCCD or the old
/// CMND, in either field of a record, so a person recorded under both is found by each. A postponed
/// nominee shows as postponed, never as awarded or refused. A citizen ID is searched only by those who may see citizen
/// IDs, and only among the nominees whose IDs they see (<see cref="Access.CanSeeCitizenIdsOf"/>); it travels in the
/// request body, never in an address that logs keep.
/// </summary>
public static class LookUpAwards
{
    public const int Limit = 200;

    public const string CitizenIdRefusal = "Anh/chị không được xem số căn cước công dân nên không tra cứu được theo số căn cước; hãy tra theo họ tên và ngày sinh.";

    public sealed record Query(string? Name, string? CitizenId, DateOnly? DateOfBirth) : IRequest<IReadOnlyList<Hit>>;

    /// <summary>
    /// An award (<c>Standing</c> awarded: the signed decision that lists them, or an imported one: <c>Imported</c>, with its
    /// issuer and no decision or dossier of the system) or a postponement (<c>Standing</c> postponed: no decision; the dossier,
    /// the reason and the day it was postponed).
    /// </summary>
    public sealed record Hit(string Name, NomineeKind Kind, DateOnly? DateOfBirth, string? Workplace, string AwardType, int? DecisionId,
        string? DecisionNumber, DateOnly? IssuedOn, string UnitName, bool Revoked, NomineeStanding Standing, string StandingName,
        int? NominationId, string? PostponeReason, DateOnly? PostponedOn, bool Imported = false, string? IssuerName = null);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q).Must(q => !string.IsNullOrWhiteSpace(q.Name) || !string.IsNullOrWhiteSpace(q.CitizenId) || q.DateOfBirth is not null)
                .WithName("name").WithMessage("Hãy nhập họ tên (hoặc tên tập thể), số căn cước hoặc ngày sinh để tra cứu.");
            RuleFor(q => q.Name).Must(n => n is null || n.Trim().Length == 0 || n.Trim().Length >= 2)
                .WithMessage("Hãy nhập ít nhất 2 ký tự của tên.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, IReadOnlyList<Hit>>
    {
        public async Task<IReadOnlyList<Hit>> Handle(Query request, CancellationToken cancellationToken)
        {
            var key = VietnameseText.Key(request.Name);
            var citizenId = request.CitizenId?.Trim() is { Length: > 0 } id ? id : null;
            if (citizenId is not null && !access.SeesSomeCitizenIds) throw new ForbiddenException(CitizenIdRefusal);
            var ownUnit = access.OwnUnitId;
            var numbers = citizenId is null ? [] : await NumbersOfAsync(citizenId, cancellationToken);

            var rows = db.Decisions.AsNoTracking().Where(d => d.Status == DecisionStatus.Signed)
                .SelectMany(d => d.Awardees, (d, a) => new { d, a });
            if (!access.IsAdmin)
            {
                var visible = access.VisibleNominations().Select(n => n.Id);
                var own = access.OwnDecisions().Select(d => d.Id);
                rows = rows.Where(x => visible.Contains(x.a.NominationId) || own.Contains(x.d.Id));
            }
            if (key.Length > 0) rows = rows.Where(x => x.a.NameKey.Contains(key));
            if (citizenId is not null)
            {
                rows = rows.Where(x => numbers.Contains(x.a.CitizenId!) || numbers.Contains(x.a.FormerCitizenId!));
                if (!access.SeesEveryCitizenId) rows = rows.Where(x => x.a.UnitId == ownUnit);
            }
            if (request.DateOfBirth is { } born) rows = rows.Where(x => x.a.DateOfBirth == born);
            var awards = await rows
                .OrderBy(x => x.a.NameKey).ThenByDescending(x => x.d.IssuedOn).ThenBy(x => x.d.Id)
                .Take(Limit)
                .Select(x => new
                {
                    x.a.Name, x.a.NameKey, x.a.Kind, x.a.DateOfBirth, x.a.Workplace, AwardType = x.d.AwardType!.Name, DecisionId = x.d.Id, x.d.Number,
                    x.d.Symbol, IssuedOn = x.d.IssuedOn!.Value, x.a.UnitName, Revoked = x.d.RevokedAt != null, x.a.NominationId,
                })
                .ToListAsync(cancellationToken);

            // Struck out comes before postponed, as in Nominee.Standing.
            var nominees = access.VisibleNominations().AsNoTracking()
                .SelectMany(n => n.Nominees.Where(m => m.IsPostponed && !m.IsStruck), (n, m) => new { n, m });
            if (key.Length > 0) nominees = nominees.Where(x => x.m.NameKey.Contains(key));
            if (citizenId is not null)
            {
                nominees = nominees.Where(x => numbers.Contains(x.m.CitizenId!) || numbers.Contains(x.m.FormerCitizenId!));
                if (!access.SeesEveryCitizenId) nominees = nominees.Where(x => x.n.UnitId == ownUnit);
            }
            if (request.DateOfBirth is { } bornOn) nominees = nominees.Where(x => x.m.DateOfBirth == bornOn);
            var postponed = await nominees
                .OrderBy(x => x.m.NameKey).ThenBy(x => x.m.Id)
                .Take(Limit)
                .Select(x => new
                {
                    x.m.Name, x.m.NameKey, x.m.Kind, x.m.DateOfBirth, x.m.Workplace, AwardType = x.n.AwardType!.Name, UnitName = x.n.Unit!.Name,
                    NominationId = x.n.Id, x.m.PostponeReason, x.m.PostponedAt,
                })
                .ToListAsync(cancellationToken);

            var past = access.VisiblePastAwards().AsNoTracking();
            if (key.Length > 0) past = past.Where(a => a.NameKey.Contains(key));
            if (citizenId is not null)
            {
                past = past.Where(a => numbers.Contains(a.CitizenId!) || numbers.Contains(a.FormerCitizenId!));
                if (!access.SeesEveryCitizenId) past = past.Where(a => a.UnitId == ownUnit);
            }
            if (request.DateOfBirth is { } bornThen) past = past.Where(a => a.DateOfBirth == bornThen);
            var imported = await past
                .OrderBy(a => a.NameKey).ThenByDescending(a => a.IssuedOn).ThenBy(a => a.Id)
                .Take(Limit)
                .Select(a => new { a.Name, a.NameKey, a.Kind, a.DateOfBirth, AwardType = a.AwardType!.Name, a.DecisionNumber, a.IssuedOn, a.UnitName, a.IssuerName })
                .ToListAsync(cancellationToken);

            var awarded = StandingNames.Of(NomineeStanding.Awarded);
            var deferred = StandingNames.Of(NomineeStanding.Postponed);
            return
            [
                .. awards.Select(h => (h.NameKey, On: (DateOnly?)h.IssuedOn, Hit: new Hit(h.Name, h.Kind, h.DateOfBirth, h.Workplace, h.AwardType, h.DecisionId,
                        Decision.Format(h.Number!.Value, h.Symbol), h.IssuedOn, h.UnitName, h.Revoked, NomineeStanding.Awarded, awarded, h.NominationId, null, null)))
                    .Concat(imported.Select(a => (a.NameKey, On: (DateOnly?)a.IssuedOn, Hit: new Hit(a.Name, a.Kind, a.DateOfBirth, null, a.AwardType, null,
                        a.DecisionNumber, a.IssuedOn, a.UnitName, false, NomineeStanding.Awarded, awarded, null, null, null, Imported: true, IssuerName: a.IssuerName))))
                    .Concat(postponed.Select(p =>
                    {
                        DateOnly? on = p.PostponedAt is { } at ? DateOnly.FromDateTime(VietnamTime.Local(at).DateTime) : null;
                        return (p.NameKey, On: on, Hit: new Hit(p.Name, p.Kind, p.DateOfBirth, p.Workplace, p.AwardType, null, null, null, p.UnitName, false,
                            NomineeStanding.Postponed, deferred, p.NominationId, p.PostponeReason, on));
                    }))
                    .OrderBy(x => x.NameKey, StringComparer.Ordinal).ThenByDescending(x => x.On)
                    .Take(Limit)
                    .Select(x => x.Hit),
            ];
        }

        /// <summary>
        /// The number typed and the other number of the same person wherever a record holds both (a CCCD beside the old
        /// CMND): the person's awards under either are found, whichever number was typed.
        /// </summary>
        private async Task<List<string>> NumbersOfAsync(string number, CancellationToken ct)
        {
            var linked = await db.Nominees.Where(m => m.CitizenId == number && m.FormerCitizenId != null).Select(m => m.FormerCitizenId!)
                .Concat(db.Nominees.Where(m => m.FormerCitizenId == number && m.CitizenId != null).Select(m => m.CitizenId!))
                .Concat(db.DecisionAwardees.Where(a => a.CitizenId == number && a.FormerCitizenId != null).Select(a => a.FormerCitizenId!))
                .Concat(db.DecisionAwardees.Where(a => a.FormerCitizenId == number && a.CitizenId != null).Select(a => a.CitizenId!))
                .Concat(db.PastAwards.Where(a => a.CitizenId == number && a.FormerCitizenId != null).Select(a => a.FormerCitizenId!))
                .Concat(db.PastAwards.Where(a => a.FormerCitizenId == number && a.CitizenId != null).Select(a => a.CitizenId!))
                .Distinct().ToListAsync(ct);
            return [number, .. linked.Where(n => n != number)];
        }
    }
}
