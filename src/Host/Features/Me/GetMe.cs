using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Me;

public static class GetMe
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(string UserName, string FullName, string? Email, string UnitName, IReadOnlyList<string> Roles, bool ReceivesReminders);

    internal sealed class Handler(AwardsDbContext db, CurrentUser caller) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().Include(u => u.Unit).SingleOrDefaultAsync(u => u.Id == caller.UserId, cancellationToken)
                ?? throw new NotFoundException("Không tìm thấy tài khoản của anh/chị.");
            var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                .OrderBy(name => name).ToListAsync(cancellationToken);
            return new Result(user.UserName!, user.FullName, user.Email, user.Unit?.Name ?? "", roles, user.ReceivesReminders);
        }
    }
}
