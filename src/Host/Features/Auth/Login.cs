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
            RuleFor(c => c.UserName).NotEmpty().WithMessage(LoginProtection.UserNameRequired)
                .MaximumLength(LoginProtection.MaxUserNameLength).WithMessage(LoginProtection.UserNameTooLong);
            RuleFor(c => c.Password).NotEmpty().WithMessage(LoginProtection.PasswordRequired)
                .MaximumLength(LoginProtection.MaxPasswordLength).WithMessage(LoginProtection.PasswordTooLong);
        }
    }

    internal sealed class Handler(LoginGate gate, TokenIssuer tokens) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await gate.CheckAsync(request.UserName, request.Password, "api", cancellationToken);
            var (token, expiresAt) = await tokens.IssueAsync(user);
            return new Result(token, expiresAt);
        }
    }
}

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
            catch (LoginThrottledException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: StatusWords.TooManyLogins, detail: e.Message);
            }
        }).AllowAnonymous().RequireRateLimiting(LoginProtection.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests).WithTags("Auth").WithSummary("Đăng nhập, nhận mã truy cập (bearer token). Số lần thử có giới hạn theo địa chỉ và theo tài khoản (429).");
    }
}
