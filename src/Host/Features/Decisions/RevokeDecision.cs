using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Decisions;

public static class RevokeDecision
{
    /// <summary>What the administrator sends: why the decision is revoked (e.g. the dossier was false).</summary>
    public sealed record Body(string Reason);

    public sealed record Command(int Id, string Reason) : ICommand<Result>, IAudited
    {
        public string? AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, string Number, bool Revoked, DateTimeOffset RevokedAt, string RevokedBy, string RevocationReason);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Cần ghi lý do thu hồi quyết định (ví dụ: hồ sơ khai không đúng sự thật).")
                .AtMost(TextLimits.Reason, "Lý do thu hồi");
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var decision = await db.Decisions.SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException($"Không tìm thấy quyết định số {request.Id}.");
            decision.Revoke(request.Reason, user.UserName, clock.GetUtcNow());
            return new Result(decision.Id, decision.FullNumber, decision.IsRevoked, decision.RevokedAt!.Value, decision.RevokedBy!, decision.RevocationReason!);
        }
    }
}
