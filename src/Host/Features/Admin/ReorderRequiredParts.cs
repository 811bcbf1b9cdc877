using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Puts the parts of one procedure in a new order: the list names every one of them, once.</summary>
public static class ReorderRequiredParts
{
    public sealed record Body(string? Procedure, IReadOnlyList<int>? PartIds);

    public sealed record Command(int AwardTypeId, string? Procedure, IReadOnlyList<int>? PartIds) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var procedure = RequiredPartRules.ParseProcedure(request.Procedure);
            var awardType = await RequiredPartRules.AwardTypeAsync(db, request.AwardTypeId, cancellationToken);
            var parts = await db.RequiredParts.Where(p => p.AwardTypeId == awardType.Id && p.Procedure == procedure && p.RemovedAt == null)
                .ToListAsync(cancellationToken);
            var ids = request.PartIds ?? [];
            if (ids.Count != parts.Count || ids.Distinct().Count() != ids.Count || !ids.All(id => parts.Exists(p => p.Id == id)))
                throw new DomainException($"Thứ tự mới phải nêu đủ {parts.Count} thành phần của {ProcedureNames.Of(procedure).ToLowerInvariant()}, " +
                    $"mỗi thành phần một lần (các số: {string.Join(", ", parts.OrderBy(p => p.Order).Select(p => p.Id))}).", "partIds");
            for (var i = 0; i < ids.Count; i++) parts.Single(p => p.Id == ids[i]).MoveTo(i + 1);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
