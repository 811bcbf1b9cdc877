using System.Globalization;
using MediatR;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Stops asking for a part: dossiers sent from now on do not need it; the files that fulfilled it stay in their dossiers.</summary>
public static class RemoveRequiredPart
{
    public sealed record Command(int AwardTypeId, int PartId) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var part = await RequiredPartRules.PartAsync(db, request.AwardTypeId, request.PartId, cancellationToken);
            part.Remove(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
