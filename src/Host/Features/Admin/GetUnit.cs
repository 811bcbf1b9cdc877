using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>One unit, the way up to it, and what refers to it (which decides whether it may still be deleted).</summary>
public static class GetUnit
{
    public sealed record Query(int Id) : IRequest<Result>;

    public sealed record Result(int Id, string Code, string Name, string Level, int? ParentId, string Path, DateOnly EffectiveFrom,
        DateOnly? EffectiveTo, IReadOnlyList<ListUnits.Crumb> Ancestors, UnitReferences References, IReadOnlyList<FormerName>? FormerNames = null)
    {
        public bool CanDelete => References.IsEmpty;
    }

    /// <summary>A name the unit used from one day until (not including) another.</summary>
    public sealed record FormerName(string Name, DateOnly From, DateOnly Until);

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var unit = await db.Units.AsNoTracking().Include(u => u.FormerNames).SingleOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException($"Không tìm thấy đơn vị số {request.Id}.");
            return new Result(unit.Id, unit.Code, unit.Name, unit.Level, unit.ParentId, unit.Path, unit.EffectiveFrom, unit.EffectiveTo,
                await ListUnits.AncestorsAsync(db, unit, cancellationToken), await UnitReferences.CountAsync(db, unit.Id, cancellationToken),
                [.. unit.FormerNames.OrderByDescending(n => n.Until).Select(n => new FormerName(n.Name, n.From, n.Until))]);
        }
    }
}

/// <summary>What refers to a unit: while anything does, the unit is retired, never deleted.</summary>
public sealed record UnitReferences(int Children, int Accounts, int Nominations, int Tasks)
{
    public bool IsEmpty => Children + Accounts + Nominations + Tasks == 0;

    public string Describe() => string.Join(", ", new[]
    {
        Children > 0 ? $"{Children} đơn vị trực thuộc" : null,
        Accounts > 0 ? $"{Accounts} tài khoản" : null,
        Nominations > 0 ? $"{Nominations} hồ sơ đề nghị" : null,
        Tasks > 0 ? $"{Tasks} bước xử lý hồ sơ" : null,
    }.OfType<string>());

    public static async Task<UnitReferences> CountAsync(AwardsDbContext db, int unitId, CancellationToken ct) => new(
        await db.Units.CountAsync(u => u.ParentId == unitId, ct),
        await db.Users.CountAsync(u => u.UnitId == unitId, ct),
        await db.Nominations.CountAsync(n => n.UnitId == unitId, ct),
        await db.WorkItems.CountAsync(w => w.UnitId == unitId, ct));
}
