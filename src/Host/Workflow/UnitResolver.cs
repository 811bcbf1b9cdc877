using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>Finds the unit that <c>award:unitLevel</c> names, relative to the nominating unit.</summary>
public static class UnitResolver
{
    /// <summary>The level of a province: where PV05, the emulation council and the director sit.</summary>
    public const string Province = "province";

    /// <summary>The units of a path (its codes), as every step's routing reads them.</summary>
    private static readonly PerModel<Func<AwardsDbContext, string[], IAsyncEnumerable<Unit>>> Chain =
        new(() => EF.CompileAsyncQuery((AwardsDbContext db, string[] codes) => db.Units.Where(u => codes.Contains(u.Code))));

    public static async Task<Unit> ResolveAsync(AwardsDbContext db, Unit nominating, string level, CancellationToken ct)
    {
        switch (level)
        {
            case "self":
                return nominating;
            case "parent":
                return nominating.ParentId is int parentId
                    ? await db.Units.SingleAsync(u => u.Id == parentId, ct)
                    : throw new DomainException($"Đơn vị '{nominating.Name}' không có đơn vị cấp trên.", "routing");
        }
        var codes = nominating.Path.Trim('/').Split('/');
        var chain = new List<Unit>();
        await foreach (var unit in Chain.For(db)(db, codes).WithCancellation(ct)) chain.Add(unit);
        return chain.Where(u => u.Level == level).OrderByDescending(u => u.Path.Length).FirstOrDefault()
            ?? throw new DomainException(
                $"Không tìm thấy đơn vị cấp '{level}' phía trên '{nominating.Name}' để giao bước xử lý. Hãy kiểm tra cây đơn vị hoặc quy trình.",
                "routing");
    }
}
