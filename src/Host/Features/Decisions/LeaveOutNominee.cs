using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Decisions;

/// <summary>The office takes a nominee out of a draft decision, with a reason; they wait for a later decision.</summary>
public static class LeaveOutNominee
{
    public sealed record Body(int NomineeId, string? Reason);

    public sealed record Command(int DecisionId, int NomineeId, string? Reason) : ICommand<Result>, IAudited
    {
        public string? AuditId => DecisionId.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Result(int DecisionId, int Awardees);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Hãy ghi lý do để lại quyết định sau.")
                .MaximumLength(1000).WithMessage("Lý do dài tối đa 1.000 ký tự.");
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var decision = await OfficeDraftAsync(access, request.DecisionId, cancellationToken);
            var nominee = await db.Nominees.SingleOrDefaultAsync(n => n.Id == request.NomineeId && n.DecisionId == decision.Id, cancellationToken)
                ?? throw new NotFoundException($"Người được đề nghị số {request.NomineeId} không có trong dự thảo này.");
            decision.LeaveOut(nominee, request.Reason!);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(decision.Id, decision.Awardees.Count);
        }
    }

    /// <summary>A decision the caller's office may change: one it consolidated (PV05 of the province); administrators any.</summary>
    internal static async Task<Decision> OfficeDraftAsync(Access access, int id, CancellationToken ct)
    {
        var decision = await access.VisibleDecisions().Include(d => d.Awardees).SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException(Decision.NotFound(id));
        if (!access.IsOfficeOf(decision.OfficeUnitId))
            throw new ForbiddenException("Chỉ Phòng PV05 đã tổng hợp dự thảo mới sửa hoặc hủy được dự thảo này.");
        return decision;
    }
}
