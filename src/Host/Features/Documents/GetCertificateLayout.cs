using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Documents;

/// <summary>The certificate form one award type prints with: the administrator's saved one, or the configuration's.</summary>
public static class GetCertificateLayout
{
    public sealed record Query(int AwardTypeId) : IRequest<Result>;

    /// <param name="Saved">False while the configuration's form applies.</param>
    public sealed record Result(int AwardTypeId, string AwardTypeCode, string AwardTypeName, CertificateLayout Layout, bool Saved,
        DateTimeOffset? ChangedAt, string? ChangedBy);

    internal sealed class Handler(AwardsDbContext db, Access access, IOptionsMonitor<DocumentOptions> options) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var awardType = await AwardTypeAsync(db, request.AwardTypeId, cancellationToken);
            var setting = await db.CertificateLayoutSettings.AsNoTracking().SingleOrDefaultAsync(s => s.AwardTypeId == awardType.Id, cancellationToken);
            var configured = options.CurrentValue.CertificateFor(awardType.Code);
            return setting is null
                ? new Result(awardType.Id, awardType.Code, awardType.Name, configured, false, null, null)
                : new Result(awardType.Id, awardType.Code, awardType.Name, setting.LayoutOr(configured), setting.IsSaved, setting.ChangedAt, setting.ChangedBy);
        }
    }

    /// <summary>For printing, which anyone who may see the decision does: no administrator check.</summary>
    internal static async Task<CertificateLayout> EffectiveAsync(AwardsDbContext db, DocumentOptions options, AwardType awardType, CancellationToken ct)
    {
        var setting = await db.CertificateLayoutSettings.AsNoTracking().SingleOrDefaultAsync(s => s.AwardTypeId == awardType.Id, ct);
        var configured = options.CertificateFor(awardType.Code);
        return setting?.LayoutOr(configured) ?? configured;
    }

    internal static async Task<AwardType> AwardTypeAsync(AwardsDbContext db, int id, CancellationToken ct) =>
        await db.AwardTypes.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct)
        ?? throw AwardType.NotFound(id);

    /// <summary>The award type's row to save or reset; the first save of an award type adds it.</summary>
    internal static async Task<CertificateLayoutSetting> SettingToChangeAsync(AwardsDbContext db, int awardTypeId, CancellationToken ct)
    {
        var awardType = await AwardTypeAsync(db, awardTypeId, ct);
        var setting = await db.CertificateLayoutSettings.SingleOrDefaultAsync(s => s.AwardTypeId == awardType.Id, ct);
        if (setting is null) db.CertificateLayoutSettings.Add(setting = new CertificateLayoutSetting(awardType));
        return setting;
    }
}
