using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Moves an account to another unit, changes its roles, name or e-mail; the person's sessions are renewed.</summary>
public static class UpdateAccount
{
    public sealed record Body(string? FullName, string? Email, int? UnitId, IReadOnlyList<string>? Roles);

    public sealed record Command(string Id, string? FullName, string? Email, int? UnitId, IReadOnlyList<string>? Roles) : ICommand<MediatR.Unit>, IAudited, IAccountFields
    {
        public string? AuditId => Id;
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AwardsDbContext db)
        {
            Include(new AccountFieldsValidator(db));
        }
    }

    internal sealed class Handler(UserManager<AppUser> users, Access access, CurrentUser me) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var user = await users.FindByIdAsync(request.Id) ?? throw new NotFoundException("Không tìm thấy tài khoản.");
            var wanted = request.Roles!.Distinct().ToHashSet();
            if (user.Id == me.UserId && !wanted.Contains(Roles.Admin))
                throw new DomainException("Anh/chị không thể tự bỏ vai trò quản trị của chính mình.", "roles");
            user.FullName = request.FullName!.Trim();
            user.Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
            user.UnitId = request.UnitId!.Value;
            AccountRules.Check(await users.UpdateAsync(user), "");
            var current = await users.GetRolesAsync(user);
            AccountRules.Check(await users.RemoveFromRolesAsync(user, current.Where(r => !wanted.Contains(r))), "");
            AccountRules.Check(await users.AddToRolesAsync(user, wanted.Where(r => !current.Contains(r))), "");
            AccountRules.Check(await users.UpdateSecurityStampAsync(user), "");
            return MediatR.Unit.Value;
        }
    }
}
