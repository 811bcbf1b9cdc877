using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Documents;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Documents;

/// <summary>The layout certificates print with: the administrator's saved one, or the configuration's.</summary>
public static class GetCertificateLayout
{
    public sealed record Query : IRequest<Result>;

    /// <param name="Saved">False while the configuration's layout applies.</param>
    public sealed record Result(CertificateLayout Layout, bool Saved, DateTimeOffset? ChangedAt, string? ChangedBy);

    internal sealed class Handler(AwardsDbContext db, Access access, IOptionsMonitor<DocumentOptions> options) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var setting = await db.CertificateLayoutSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            var configured = options.CurrentValue.Certificate;
            return setting is null
                ? new Result(configured, false, null, null)
                : new Result(setting.LayoutOr(configured), setting.IsSaved, setting.ChangedAt, setting.ChangedBy);
        }
    }

    /// <summary>For printing, which anyone who may see the decision does: no administrator check.</summary>
    internal static async Task<CertificateLayout> EffectiveAsync(AwardsDbContext db, DocumentOptions options, CancellationToken ct)
    {
        var setting = await db.CertificateLayoutSettings.AsNoTracking().SingleOrDefaultAsync(ct);
        return setting?.LayoutOr(options.Certificate) ?? options.Certificate;
    }
}
