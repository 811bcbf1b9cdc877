using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Movements;

/// <summary>
/// Records a phong trào thi đua (no id) or changes one, for an issuer the caller files the reports of
/// (<see cref="Access.MayReportFor"/>: administrators, the reviewers of the issuer's unit); to anyone else the issuer does not exist.
/// </summary>
public static class SaveMovement
{
    public sealed record Command(int? Id, MovementInput Movement) : ICommand<Result>;

    public sealed record Result(int Id) : IAudited
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    public static string NotFound(int id) => $"Không tìm thấy phong trào thi đua số {id}, hoặc anh/chị không phải người lập báo cáo thống kê của cơ quan tính phong trào này.";

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Movement).NotNull().WithMessage("Hãy nhập phong trào thi đua.").SetValidator(new MovementInput.Validator());
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var input = request.Movement;
            var issuerId = input.IssuerId!.Value;
            var issuer = await db.Issuers.SingleOrDefaultAsync(i => i.Id == issuerId, cancellationToken);
            if (issuer is null || !access.MayReportFor(issuer)) throw new NotFoundException(Statistics.GetReportForm.IssuerNotFound(issuerId));
            var (level, scope, method) = input.Parsed();
            EmulationMovement movement;
            if (request.Id is int id)
            {
                movement = await db.EmulationMovements.Include(m => m.Issuer).SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
                    ?? throw new NotFoundException(NotFound(id));
                if (!access.MayReportFor(movement.Issuer!) || movement.IssuerId != issuerId) throw new NotFoundException(NotFound(id));
                movement.Change(input.Name!, input.LaunchedBy!, level, scope, method, input.StartsOn!.Value, input.EndsOn!.Value, input.ParticipatingUnits);
            }
            else
            {
                movement = new EmulationMovement(issuerId, input.Name!, input.LaunchedBy!, level, scope, method, input.StartsOn!.Value, input.EndsOn!.Value,
                    input.ParticipatingUnits, user.UserName, clock.GetUtcNow());
                db.EmulationMovements.Add(movement);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(movement.Id);
        }
    }
}
