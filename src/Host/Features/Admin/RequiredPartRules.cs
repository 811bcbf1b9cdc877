using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>What the use cases on an award type's required parts share: the procedure as the API writes it, and the look-ups.</summary>
internal static class RequiredPartRules
{
    public static string Api(Procedure procedure) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(procedure.ToString());

    public static Procedure ParseProcedure(string? value)
    {
        foreach (var procedure in Enum.GetValues<Procedure>())
            if (string.Equals(Api(procedure), value?.Trim(), StringComparison.OrdinalIgnoreCase)) return procedure;
        throw new DomainException($"Thủ tục '{value}' không hợp lệ: dùng 'standard' (thủ tục thông thường, hồ sơ theo đợt) " +
            "hoặc 'simplified' (thủ tục đơn giản, hồ sơ đột xuất).", "procedure");
    }

    public static async Task<AwardType> AwardTypeAsync(AwardsDbContext db, int id, CancellationToken ct) =>
        await db.AwardTypes.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw AwardType.NotFound(id);

    public static async Task<RequiredPart> PartAsync(AwardsDbContext db, int awardTypeId, int partId, CancellationToken ct) =>
        await db.RequiredParts.SingleOrDefaultAsync(p => p.Id == partId && p.AwardTypeId == awardTypeId && p.RemovedAt == null, ct)
            ?? throw new NotFoundException($"Loại khen thưởng số {awardTypeId} không có thành phần hồ sơ số {partId}.");
}
