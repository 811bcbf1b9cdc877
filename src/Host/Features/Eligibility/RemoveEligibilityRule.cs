using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>Removes a criterion (a repealed clause): dossiers are no longer checked against it; its confirmations go with it.</summary>
public static class RemoveEligibilityRule
{
    public sealed record Command(int AwardTypeId, int RuleId) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var rule = await db.EligibilityRules.SingleOrDefaultAsync(r => r.Id == request.RuleId && r.AwardTypeId == request.AwardTypeId, cancellationToken)
                ?? throw new NotFoundException($"Không tìm thấy tiêu chuẩn số {request.RuleId}.");
            db.EligibilityRules.Remove(rule);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
