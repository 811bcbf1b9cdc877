using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

public static class GetAccount
{
    public sealed record Query(string Id) : IRequest<Result>;

    public sealed record Result(string Id, string UserName, string FullName, string? Email, int UnitId, string UnitName,
        IReadOnlyList<string> Roles, bool Locked, DateTimeOffset? LockoutEnd, int FailedLogins, bool IsDemo);

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var user = await db.Users.AsNoTracking().Include(u => u.Unit).SingleOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("Không tìm thấy tài khoản.");
            var roles = await ListAccounts.RolesOfAsync(db, [user.Id], cancellationToken);
            return new Result(user.Id, user.UserName!, user.FullName, user.Email, user.UnitId, user.Unit!.Name, roles.GetValueOrDefault(user.Id, []),
                user.LockoutEnd > clock.GetUtcNow(), user.LockoutEnd, user.AccessFailedCount, user.IsDemo);
        }
    }
}
