using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>What account forms share: the unit, the roles, and Identity's refusals said in Vietnamese next to their field.</summary>
/// <summary>The fields both account forms have.</summary>
public interface IAccountFields
{
    string? FullName { get; }
    string? Email { get; }
    int? UnitId { get; }
    IReadOnlyList<string>? Roles { get; }
}

internal sealed class AccountFieldsValidator : AbstractValidator<IAccountFields>
{
    public AccountFieldsValidator(AwardsDbContext db)
    {
        RuleFor(c => c.FullName).NotEmpty().WithMessage("Hãy nhập họ và tên.").MaximumLength(128).WithMessage("Họ và tên dài tối đa 128 ký tự.");
        RuleFor(c => c.Email).AtMost(TextLimits.Line, "Địa chỉ thư điện tử");
        RuleFor(c => c.Email).EmailAddress().When(c => !string.IsNullOrWhiteSpace(c.Email)).WithMessage("Địa chỉ thư điện tử không hợp lệ.");
        RuleFor(c => c.UnitId).NotNull().WithMessage("Hãy chọn đơn vị của tài khoản.")
            .MustAsync((id, ct) => id is null ? Task.FromResult(true) : db.Units.AnyAsync(u => u.Id == id && u.EffectiveTo == null, ct))
            .WithMessage("Đơn vị không tồn tại hoặc đã thôi hiệu lực.");
        RuleFor(c => c.Roles).NotEmpty().WithMessage("Hãy chọn ít nhất một vai trò.")
            .Must(r => r is null || r.All(Domain.Roles.Names.ContainsKey)).WithMessage("Có vai trò không hợp lệ.");
    }
}

/// <summary>Identity's refusals said in Vietnamese next to their field.</summary>
internal static class AccountRules
{
    /// <summary>Throws Identity's refusals as validation errors on <paramref name="passwordField"/> (or the user name).</summary>
    public static void Check(IdentityResult result, string passwordField)
    {
        if (result.Succeeded) return;
        throw new ValidationException(result.Errors.Select(e => e.Code switch
        {
            "DuplicateUserName" => new ValidationFailure("UserName", "Tên đăng nhập này đã có người dùng."),
            "InvalidUserName" => new ValidationFailure("UserName", "Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -"),
            "InvalidEmail" => new ValidationFailure("Email", "Địa chỉ thư điện tử không hợp lệ."),
            "PasswordTooShort" => new ValidationFailure(passwordField, "Mật khẩu phải có ít nhất 8 ký tự."),
            "PasswordRequiresDigit" => new ValidationFailure(passwordField, "Mật khẩu phải có ít nhất một chữ số."),
            "PasswordRequiresLower" => new ValidationFailure(passwordField, "Mật khẩu phải có ít nhất một chữ thường."),
            "PasswordRequiresUpper" => new ValidationFailure(passwordField, "Mật khẩu phải có ít nhất một chữ hoa."),
            _ => new ValidationFailure("", "Không lưu được tài khoản: " + e.Description),
        }));
    }
}
