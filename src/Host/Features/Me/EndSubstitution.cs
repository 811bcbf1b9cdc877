using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Me;

/// <summary>The approver is back early: the deputy no longer acts for them from now on.</summary>
public static class EndSubstitution
{
    public sealed record Command(int Id) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id.ToString();
    }

    internal sealed class Handler(AwardsDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var me = user.UserName;
            var substitution = await db.Substitutions.SingleOrDefaultAsync(s => s.Id == request.Id && s.Principal == me, cancellationToken)
                ?? throw new NotFoundException($"Không tìm thấy ủy quyền số {request.Id} của anh/chị.");
            substitution.End(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
