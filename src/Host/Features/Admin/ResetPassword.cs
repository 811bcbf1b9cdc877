using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Gives an account a new password (told to the person another way); the password never reaches the audit trail.</summary>
public static class ResetPassword
{
    public sealed record Body(string? NewPassword);

    public sealed record Command(string Id, [property: JsonIgnore] string? NewPassword) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id;
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.NewPassword).NotEmpty().WithMessage("Hãy nhập mật khẩu mới.")
            .MinimumLength(8).WithMessage("Mật khẩu phải có ít nhất 8 ký tự.");
    }

    internal sealed class Handler(UserManager<AppUser> users, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var user = await users.FindByIdAsync(request.Id) ?? throw new NotFoundException("Không tìm thấy tài khoản.");
            var token = await users.GeneratePasswordResetTokenAsync(user);
            AccountRules.Check(await users.ResetPasswordAsync(user, token, request.NewPassword!), "NewPassword");
            AccountRules.Check(await users.ResetAccessFailedCountAsync(user), "NewPassword");
            return MediatR.Unit.Value;
        }
    }
}
