using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>Removes a designation typed by mistake (one that ended is given its end date instead, by adding it again with both dates).</summary>
public static class RemoveAreaDesignation
{
    public sealed record Command(int Id) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var area = await db.AreaDesignations.SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException($"Không tìm thấy địa bàn số {request.Id}.");
            db.AreaDesignations.Remove(area);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
