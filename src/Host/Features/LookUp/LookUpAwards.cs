using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.LookUp;

/// <summary>
/// Every award a person or a collective received, across all history: by name typed with or without diacritics,
/// by citizen ID (exact) and date of birth; over the decisions of dossiers the caller may see (administrators: all).
/// A citizen ID is searched only by those who may see citizen IDs, and only among the nominees whose IDs they see
/// (<see cref="Access.CanSeeCitizenIdsOf"/>); it travels in the request body, never in an address that logs keep.
/// </summary>
public static class LookUpAwards
{
    public const int Limit = 200;

    public const string CitizenIdRefusal = "Anh/chị không được xem số căn cước công dân nên không tra cứu được theo số căn cước; hãy tra theo họ tên và ngày sinh.";

    public sealed record Query(string? Name, string? CitizenId, DateOnly? DateOfBirth) : IRequest<IReadOnlyList<Hit>>;

    public sealed record Hit(string Name, NomineeKind Kind, DateOnly? DateOfBirth, string? Workplace, string AwardType, int DecisionId,
        string DecisionNumber, DateOnly IssuedOn, string UnitName, bool Revoked);

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
            var rows = db.Decisions.AsNoTracking().Where(d => d.Status == DecisionStatus.Signed)
                .SelectMany(d => d.Awardees, (d, a) => new { d, a });
            if (!access.IsAdmin)
            {
                var visible = access.VisibleNominations().Select(n => n.Id);
                rows = rows.Where(x => visible.Contains(x.a.NominationId));
            }
            var key = VietnameseText.Key(request.Name);
            if (key.Length > 0) rows = rows.Where(x => x.a.NameKey.Contains(key));
            if (request.CitizenId?.Trim() is { Length: > 0 } id)
            {
                if (!access.SeesSomeCitizenIds) throw new ForbiddenException(CitizenIdRefusal);
                rows = rows.Where(x => x.a.CitizenId == id);
                if (!access.SeesEveryCitizenId)
                {
                    var ownUnit = access.OwnUnitId;
                    rows = rows.Where(x => x.a.UnitId == ownUnit);
                }
            }
            if (request.DateOfBirth is { } born) rows = rows.Where(x => x.a.DateOfBirth == born);
            var hits = await rows
                .OrderBy(x => x.a.NameKey).ThenByDescending(x => x.d.IssuedOn).ThenBy(x => x.d.Id)
                .Take(Limit)
                .Select(x => new
                {
                    x.a.Name, x.a.Kind, x.a.DateOfBirth, x.a.Workplace, AwardType = x.d.AwardType!.Name, DecisionId = x.d.Id, x.d.Number, x.d.Symbol,
                    IssuedOn = x.d.IssuedOn!.Value, x.a.UnitName, Revoked = x.d.RevokedAt != null,
                })
                .ToListAsync(cancellationToken);
            return [.. hits.Select(h => new Hit(h.Name, h.Kind, h.DateOfBirth, h.Workplace, h.AwardType, h.DecisionId, Decision.Format(h.Number!.Value, h.Symbol),
                h.IssuedOn, h.UnitName, h.Revoked))];
        }
    }
}
