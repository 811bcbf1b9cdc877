using FluentValidation;
using MediatR;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Me;

public static class ChangePreferences
{
    /// <summary>Only reminders can be turned off: mail that asks the person to act is always sent.</summary>
    public sealed record Command(bool? ReceivesReminders) : ICommand<Result>;

    public sealed record Result(bool ReceivesReminders);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.ReceivesReminders).NotNull().WithMessage("Hãy cho biết anh/chị có muốn nhận thư nhắc hạn hay không.");
    }

    internal sealed class Handler(AwardsDbContext db, CurrentUser caller) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await db.Users.FindAsync([caller.UserId], cancellationToken)
                ?? throw new NotFoundException("Không tìm thấy tài khoản của anh/chị.");
            user.ReceivesReminders = request.ReceivesReminders!.Value;
            return new Result(user.ReceivesReminders);
        }
    }
}
