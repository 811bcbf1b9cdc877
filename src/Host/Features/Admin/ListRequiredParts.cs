using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>The parts a dossier of an award type must hold, under each procedure, in order; administrators only.</summary>
public static class ListRequiredParts
{
    public sealed record Query(int AwardTypeId) : IRequest<Result>;

    public sealed record Result(int AwardTypeId, string AwardTypeCode, string AwardTypeName, IReadOnlyList<ProcedureParts> Procedures);

    public sealed record ProcedureParts(Procedure Procedure, string Name, IReadOnlyList<Item> Parts);

    /// <summary>A part; <c>FilesCount</c> is how many dossier files fulfil it (they stay if it is removed).</summary>
    public sealed record Item(int Id, string Code, string Name, bool PerNominee, int Order, string? Note, int FilesCount);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var awardType = await db.AwardTypes.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.AwardTypeId, cancellationToken)
                ?? throw AwardType.NotFound(request.AwardTypeId);
            var parts = await db.RequiredParts.AsNoTracking().Where(p => p.AwardTypeId == awardType.Id && p.RemovedAt == null)
                .ToListAsync(cancellationToken);
            var files = await db.Attachments.AsNoTracking()
                .Where(a => a.PartCode != null && db.Nominations.Any(n => n.Id == a.NominationId && n.AwardTypeId == awardType.Id))
                .GroupBy(a => a.PartCode!).Select(g => new { Code = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken);
            return new Result(awardType.Id, awardType.Code, awardType.Name,
                [.. Enum.GetValues<Procedure>().Select(procedure => new ProcedureParts(procedure, ProcedureNames.Of(procedure),
                    [.. parts.Where(p => p.Procedure == procedure).OrderBy(p => p.Order).ThenBy(p => p.Id)
                        .Select(p => new Item(p.Id, p.Code, p.Name, p.PerNominee, p.Order, p.Note, files.GetValueOrDefault(p.Code)))]))]);
        }
    }
}
