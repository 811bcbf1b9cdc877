using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>An administrator lets late dossiers into a round until a new date, with a reason (audited).</summary>
public static class ReopenRound
{
    public sealed record Body(DateOnly? Until, string? Reason);

    public sealed record Command(int Id, DateOnly? Until, string? Reason) : ICommand<Result>, IAudited
    {
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, DateOnly ClosesOn, RoundState State);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Until).NotNull().WithMessage("Hãy chọn ngày nhận hồ sơ đến.");
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Hãy ghi lý do mở lại đợt (được lưu trong nhật ký).")
                .MaximumLength(1000).WithMessage("Lý do dài tối đa 1.000 ký tự.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var round = await db.Rounds.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException(Round.NotFound(request.Id));
            round.Reopen(request.Until!.Value, VietnamTime.Today(clock), user.UserName, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return new Result(round.Id, round.ClosesOn, round.State);
        }
    }
}
