using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>
/// Corrects a unit's name, or renames it from a day on (<see cref="Command.From"/>), keeping the old name for the records
/// of before. A reorganisation is not a rename: retire the old unit and create the new one.
/// </summary>
public static class RenameUnit
{
    public sealed record Body(string? Name, DateOnly? From = null);

    /// <param name="From">The day the new name is used from ("Dùng tên mới từ ngày"); null corrects a misspelt name.</param>
    public sealed record Command(int Id, string? Name, DateOnly? From = null) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Name).NotEmpty().WithMessage("Hãy nhập tên đơn vị.").AtMost(TextLimits.Line, "Tên đơn vị");
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var unit = await db.Units.Include(u => u.FormerNames).SingleOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException($"Không tìm thấy đơn vị số {request.Id}.");
            unit.Rename(request.Name!, request.From);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
