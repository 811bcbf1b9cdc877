using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Movements;

/// <summary>Removes a phong trào thi đua recorded by mistake; only those who file its issuer's reports.</summary>
public static class DeleteMovement
{
    public sealed record Command(int Id) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var movement = await db.EmulationMovements.Include(m => m.Issuer).SingleOrDefaultAsync(m => m.Id == request.Id, cancellationToken);
            if (movement is null || !access.MayReportFor(movement.Issuer!)) throw new NotFoundException(SaveMovement.NotFound(request.Id));
            db.EmulationMovements.Remove(movement);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
