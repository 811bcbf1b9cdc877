using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>
/// PV05 lifts a postponement (the discipline, complaint or inspection has ended): the nominee waits for a later decision
/// of the same award, and the office's next consolidation takes them in. The reason is kept in the audit trail.
/// </summary>
public static class ResumeNominee
{
    public sealed record Body(string? Reason);

    public sealed record Command(int NominationId, int NomineeId, string? Reason) : ICommand<Result>, IAudited
    {
        public string? AuditId => NominationId.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Result(int NominationId, int NomineeId, NominationStatus Status);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Hãy ghi căn cứ tiếp tục xét (ví dụ: kết luận thanh tra, quyết định giải quyết khiếu nại).")
                .MaximumLength(1000).WithMessage("Căn cứ dài tối đa 1.000 ký tự.");
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var nomination = await access.VisibleNominationAsync(request.NominationId, cancellationToken, forUpdate: true);
            var province = await Workflow.UnitResolver.ResolveAsync(db, nomination.Unit!, Workflow.UnitResolver.Province, cancellationToken);
            if (!access.IsOfficeOf(province.Id))
                throw new ForbiddenException("Chỉ Phòng PV05 của tỉnh mới tiếp tục xét được người đã tạm hoãn.");
            nomination.ResumeNominee(request.NomineeId);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(nomination.Id, request.NomineeId, nomination.Status);
        }
    }
}
