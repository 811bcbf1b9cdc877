using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>Marks a unit as an especially difficult, border or island area from one date (to another), with the list that says so.</summary>
public static class AddAreaDesignation
{
    public sealed record Body(string? Kind, DateOnly? From, DateOnly? To, string? LegalBasis);

    public sealed record Command(int UnitId, string? Kind, DateOnly? From, DateOnly? To, string? LegalBasis) : ICommand<Result>, IAudited
    {
        public string? AuditId => UnitId.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).NotEmpty().WithMessage(AreaDesignation.KindNeeded).AtMost(TextLimits.Line, "Loại địa bàn");
            RuleFor(c => c.From).NotNull().WithMessage("Hãy chọn ngày bắt đầu.");
            RuleFor(c => c.LegalBasis).NotEmpty().WithMessage(EligibilityRule.LegalBasisNeeded).AtMost(1000, "Căn cứ pháp lý");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            if (!await db.Units.AnyAsync(u => u.Id == request.UnitId, cancellationToken)) throw new NotFoundException($"Không tìm thấy đơn vị số {request.UnitId}.");
            var area = new AreaDesignation(request.UnitId, request.Kind!, request.From!.Value, request.To, request.LegalBasis!);
            db.AreaDesignations.Add(area);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(area.Id);
        }
    }
}
