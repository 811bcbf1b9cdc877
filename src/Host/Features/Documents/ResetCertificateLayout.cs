using MediatR;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Documents;

/// <summary>Forgets one award type's saved certificate layout: its certificates print with the configuration's form again.</summary>
public static class ResetCertificateLayout
{
    public sealed record Command(int AwardTypeId) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var setting = await GetCertificateLayout.SettingToChangeAsync(db, request.AwardTypeId, cancellationToken);
            setting.Reset(user.UserName, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
