using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Documents;

/// <summary>Forgets the saved certificate layout: certificates print with the configuration's again.</summary>
public static class ResetCertificateLayout
{
    public sealed record Command : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => CertificateLayoutSetting.SingletonId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var setting = await db.CertificateLayoutSettings.SingleAsync(cancellationToken);
            setting.Reset(user.UserName, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
