using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Removes a unit created by mistake. A unit anything refers to is never deleted: it is retired instead.</summary>
public static class DeleteUnit
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
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException($"Không tìm thấy đơn vị số {request.Id}.");
            var references = await UnitReferences.CountAsync(db, unit.Id, cancellationToken);
            if (!references.IsEmpty)
                throw new DomainException($"Không xóa được {unit.Name}: đơn vị đã được dùng ({references.Describe()}). "
                    + "Hãy cho đơn vị thôi hiệu lực để các hồ sơ cũ vẫn giữ tên đơn vị.", "unit-referenced");
            db.Units.Remove(unit);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
