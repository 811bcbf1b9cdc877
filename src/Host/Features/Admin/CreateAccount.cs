using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

public static class CreateAccount
{
    public sealed record Body(string? UserName, string? FullName, string? Email, int? UnitId, IReadOnlyList<string>? Roles, string? InitialPassword);

    /// <summary>The initial password never reaches the audit trail.</summary>
    public sealed record Command(string? UserName, string? FullName, string? Email, int? UnitId, IReadOnlyList<string>? Roles,
        [property: JsonIgnore] string? InitialPassword) : ICommand<Result>, IAccountFields
    {
        public static Command From(Body b) => new(b.UserName, b.FullName, b.Email, b.UnitId, b.Roles, b.InitialPassword);
    }

    public sealed record Result(string Id, string UserName) : IAudited
    {
        [JsonIgnore]
        public string? AuditId => Id;
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AwardsDbContext db)
        {
            // Stop at the first failure: the look-up below reads the name, which may be missing.
            RuleFor(c => c.UserName).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Hãy nhập tên đăng nhập.")
                .MaximumLength(64).WithMessage("Tên đăng nhập dài tối đa 64 ký tự.")
                .Matches("^[a-z0-9._-]+$").WithMessage("Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và các dấu . _ - (ví dụ thidua.dongtien).")
                .MustAsync(async (name, ct) =>
                {
                    var normalized = name!.Trim().ToUpperInvariant();
                    return !await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct);
                }).WithMessage("Tên đăng nhập này đã có người dùng.");
            Include(new AccountFieldsValidator(db));
            RuleFor(c => c.InitialPassword).NotEmpty().WithMessage("Hãy nhập mật khẩu ban đầu.")
                .MinimumLength(8).WithMessage("Mật khẩu phải có ít nhất 8 ký tự.");
        }
    }

    internal sealed class Handler(UserManager<AppUser> users, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var user = new AppUser
            {
                UserName = request.UserName!.Trim(), FullName = request.FullName!.Trim(), UnitId = request.UnitId!.Value,
                Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(), EmailConfirmed = true,
            };
            AccountRules.Check(await users.CreateAsync(user, request.InitialPassword!), "InitialPassword");
            AccountRules.Check(await users.AddToRolesAsync(user, request.Roles!.Distinct()), "InitialPassword");
            return new Result(user.Id, user.UserName);
        }
    }
}
