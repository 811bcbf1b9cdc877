using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Auth;

public static class Login
{
    public sealed record Command(string UserName, string Password) : IRequest<Result>;

    public sealed record Result(string AccessToken, DateTimeOffset ExpiresAt);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UserName).NotEmpty().WithMessage("Hãy nhập tên đăng nhập.");
            RuleFor(c => c.Password).NotEmpty().WithMessage("Hãy nhập mật khẩu.");
        }
    }

    internal sealed class Handler(UserManager<AppUser> users, SignInManager<AppUser> signIn, TokenIssuer tokens, AwardsDbContext db,
        CurrentUser caller, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByNameAsync(request.UserName.Trim());
            var outcome = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                : await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), request.UserName, outcome.Succeeded ? "Login" : "LoginFailed",
                "Auth", user?.Id, outcome.IsLockedOut ? "locked out" : null, caller.IpAddress));
            await db.SaveChangesAsync(cancellationToken);

            if (outcome.IsLockedOut)
                throw new LoginRefusedException("Tài khoản tạm bị khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau 15 phút hoặc liên hệ quản trị viên.");
            if (!outcome.Succeeded || user is null)
                throw new LoginRefusedException("Tên đăng nhập hoặc mật khẩu không đúng.");
            var (token, expiresAt) = await tokens.IssueAsync(user);
            return new Result(token, expiresAt);
        }
    }
}

public sealed class LoginRefusedException(string message) : DomainException(message, "login");

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", async (Login.Command command, IMediator mediator, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(await mediator.Send(command, ct));
            }
            catch (LoginRefusedException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Đăng nhập không thành công", detail: e.Message);
            }
        }).AllowAnonymous().WithTags("Auth").WithSummary("Đăng nhập, nhận mã truy cập (bearer token).");
    }
}
