using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Locks an account (the person can no longer log in) or unlocks it, also after too many wrong passwords.</summary>
public static class LockAccount
{
    public sealed record Command(string Id, bool Locked) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id;
    }

    internal sealed class Handler(UserManager<AppUser> users, Access access, CurrentUser me) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var user = await users.FindByIdAsync(request.Id) ?? throw new NotFoundException("Không tìm thấy tài khoản.");
            if (request.Locked && user.Id == me.UserId)
                throw new DomainException("Anh/chị không thể tự khóa tài khoản của chính mình.");
            AccountRules.Check(await users.SetLockoutEnabledAsync(user, true), "");
            AccountRules.Check(await users.SetLockoutEndDateAsync(user, request.Locked ? DateTimeOffset.MaxValue : null), "");
            if (!request.Locked) AccountRules.Check(await users.ResetAccessFailedCountAsync(user), "");
            AccountRules.Check(await users.UpdateSecurityStampAsync(user), "");
            return MediatR.Unit.Value;
        }
    }
}
