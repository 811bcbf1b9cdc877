using FluentValidation;
using MediatR;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>
/// The office records that what the dossier's workflow waits for has arrived (a named BPMN message, e.g.
/// "ho-so-bo-sung-da-nhan"): the receive task or message event that waits for it goes on.
/// </summary>
public static class DeliverMessage
{
    public sealed record Body(string? Message, string? Comment);

    public sealed record Command(int NominationId, string? Message, string? Comment) : ICommand<Result>, IAudited
    {
        public string? AuditId => NominationId.ToString();
    }

    public sealed record Result(int NominationId, NominationStatus Status, IReadOnlyList<string> AwaitedMessages);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Message).NotEmpty().WithMessage("Hãy chọn thông điệp cần ghi nhận.").AtMost(TextLimits.Line, "Tên thông điệp");
            RuleFor(c => c.Comment).AtMost(TextLimits.Reason, "Ghi chú");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, WorkflowRunner runner) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var nomination = await access.VisibleNominationAsync(request.NominationId, cancellationToken, forUpdate: true);
            if (!access.MayDeliverMessages)
                throw new ForbiddenException("Chỉ Phòng PV05, Cục V05 hoặc quản trị viên mới ghi nhận thông điệp cho hồ sơ.");
            var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
            await runner.DeliverMessageAsync(nomination, request.Message!.Trim(), user.UserName, comment, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(nomination.Id, nomination.Status, await runner.AwaitedMessagesAsync(nomination.Id, cancellationToken));
        }
    }
}
