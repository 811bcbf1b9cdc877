using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>
/// The unit tree one level at a time (the children of a unit, or the roots), with the way up; or, with a search,
/// the units whose code or name matches anywhere in the tree ("dong tien" finds "Xã Đông Tiến").
/// </summary>
public static class ListUnits
{
    public sealed record Query(int? ParentId = null, string? Search = null, int Page = 1, int PageSize = 50) : IRequest<Result>;

    public sealed record Result(Crumb? Parent, IReadOnlyList<Crumb> Ancestors, Paged<Item> Units);

    public sealed record Crumb(int Id, string Code, string Name);

    public sealed record Item(int Id, string Code, string Name, string Level, int? ParentId, string Path, int Depth,
        DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool Active, int Children);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.AddPaging(q => q.Page, q => q.PageSize);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var units = db.Units.AsNoTracking();
            Domain.Unit? parent = null;
            if (request.ParentId is int parentId)
                parent = await units.SingleOrDefaultAsync(u => u.Id == parentId, cancellationToken)
                    ?? throw new NotFoundException($"Không tìm thấy đơn vị số {parentId}.");

            List<int> ids;
            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                var key = VietnameseText.Key(request.Search);
                var found = units.Where(u => u.SearchKey.Contains(key));
                if (parent is not null) found = found.Where(u => u.Path.StartsWith(parent.Path));
                var matches = await found.Select(u => new { u.Id, u.Path }).ToListAsync(cancellationToken);
                ids = [.. matches.OrderBy(u => u.Path, StringComparer.Ordinal).Select(u => u.Id)];
            }
            else
            {
                var children = await units.Where(u => u.ParentId == request.ParentId).Select(u => new { u.Id, u.Code }).ToListAsync(cancellationToken);
                ids = [.. children.OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => u.Id)];
            }

            var pageIds = ids.PageOf(request.Page, request.PageSize).ToList();
            var rows = await units.Where(u => pageIds.Contains(u.Id))
                .Select(u => new { Unit = u, Children = db.Units.Count(c => c.ParentId == u.Id) })
                .ToListAsync(cancellationToken);
            var today = VietnamTime.Today(clock);
            var items = rows.OrderBy(r => pageIds.IndexOf(r.Unit.Id)).Select(r => new Item(r.Unit.Id, r.Unit.Code, r.Unit.Name, r.Unit.Level,
                r.Unit.ParentId, r.Unit.Path, r.Unit.Path.Count(c => c == '/') - 2, r.Unit.EffectiveFrom, r.Unit.EffectiveTo,
                r.Unit.IsActiveOn(today), r.Children)).ToList();

            var ancestors = parent is null ? [] : await AncestorsAsync(db, parent, cancellationToken);
            return new Result(parent is null ? null : new Crumb(parent.Id, parent.Code, parent.Name), ancestors,
                new Paged<Item>(items, ids.Count, request.Page, request.PageSize));
        }
    }

    /// <summary>The units above <paramref name="unit"/>, from the root down (not the unit itself).</summary>
    public static async Task<IReadOnlyList<Crumb>> AncestorsAsync(AwardsDbContext db, Domain.Unit unit, CancellationToken ct)
    {
        var codes = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[..^1];
        var found = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).Select(u => new Crumb(u.Id, u.Code, u.Name)).ToListAsync(ct);
        return [.. found.OrderBy(c => Array.IndexOf(codes, c.Code))];
    }
}
