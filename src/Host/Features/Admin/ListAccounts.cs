using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Accounts with their unit and roles; the search finds "Nguyễn Thị Mai" when typed "nguyen thi mai".</summary>
public static class ListAccounts
{
    public sealed record Query(string? Search = null, int? UnitId = null, string? Role = null, int Page = 1, int PageSize = 20) : IRequest<Paged<Item>>;

    public sealed record Item(string Id, string UserName, string FullName, string? Email, int UnitId, string UnitName,
        IReadOnlyList<string> Roles, bool Locked, bool IsDemo);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.AddPaging(q => q.Page, q => q.PageSize);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Query, Paged<Item>>
    {
        public async Task<Paged<Item>> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var users = db.Users.AsNoTracking();
            if (request.UnitId is int unitId) users = users.Where(u => u.UnitId == unitId);
            if (!string.IsNullOrWhiteSpace(request.Role))
                users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == request.Role)));

            if (VietnameseText.Key(request.Search) is { Length: > 0 } key) users = users.Where(u => u.SearchKey.Contains(key));
            var candidates = await users.Select(u => new { u.Id, u.UserName }).ToListAsync(cancellationToken);
            var ids = candidates.OrderBy(u => u.UserName, StringComparer.Ordinal).Select(u => u.Id).ToList();

            var pageIds = ids.PageOf(request.Page, request.PageSize).ToList();
            var rows = await db.Users.AsNoTracking().Where(u => pageIds.Contains(u.Id))
                .Select(u => new { u.Id, u.UserName, u.FullName, u.Email, u.UnitId, UnitName = u.Unit!.Name, u.LockoutEnd, u.IsDemo })
                .ToListAsync(cancellationToken);
            var roles = await RolesOfAsync(db, pageIds, cancellationToken);
            var now = clock.GetUtcNow();
            var items = rows.OrderBy(r => pageIds.IndexOf(r.Id)).Select(r => new Item(r.Id, r.UserName!, r.FullName, r.Email, r.UnitId, r.UnitName,
                roles.GetValueOrDefault(r.Id, []), r.LockoutEnd > now, r.IsDemo)).ToList();
            return new Paged<Item>(items, ids.Count, request.Page, request.PageSize);
        }
    }

    public static async Task<Dictionary<string, IReadOnlyList<string>>> RolesOfAsync(AwardsDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var pairs = await db.UserRoles.Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Name!).Order(StringComparer.Ordinal)]);
    }
}
