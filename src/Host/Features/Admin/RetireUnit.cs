using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>
/// A unit stops existing from a date (merged, dissolved): it stays in the tree so that the dossiers, decisions and
/// history made before keep the name they had.
/// </summary>
public static class RetireUnit
{
    public sealed record Body(DateOnly? EffectiveTo);

    public sealed record Command(int Id, DateOnly? EffectiveTo) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.EffectiveTo).NotNull().WithMessage("Hãy chọn ngày đơn vị thôi hiệu lực.");
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException($"Không tìm thấy đơn vị số {request.Id}.");
            var on = request.EffectiveTo!.Value;
            var activeChildren = await db.Units.CountAsync(u => u.ParentId == unit.Id && (u.EffectiveTo == null || u.EffectiveTo > on), cancellationToken);
            if (activeChildren > 0)
                throw new DomainException($"{unit.Name} còn {activeChildren} đơn vị trực thuộc có hiệu lực sau ngày {VietnamTime.Date(on)}: "
                    + "hãy cho các đơn vị đó thôi hiệu lực (hoặc chuyển sang đơn vị mới) trước.", "effectiveTo");
            unit.Retire(on);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
