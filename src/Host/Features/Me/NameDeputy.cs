using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Features.Me;

/// <summary>
/// An approver going on leave or a mission names a colleague of their unit to act for them from one day to another:
/// the tasks offered to the approver then are offered to the deputy too.
/// </summary>
public static class NameDeputy
{
    public sealed record Command(string? Deputy, DateOnly? From, DateOnly? To, string? Reason) : ICommand<SubstitutionView>, IAudited
    {
        public string? AuditId => Deputy;
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Deputy).NotEmpty().WithMessage("Hãy chọn người được ủy quyền xử lý thay.");
            RuleFor(c => c.From).NotNull().WithMessage("Hãy nhập ngày bắt đầu ủy quyền.");
            RuleFor(c => c.To).NotNull().WithMessage("Hãy nhập ngày kết thúc ủy quyền.");
            RuleFor(c => c.To).Must((c, to) => Periods.InOrder(c.From, to)).WithMessage(Periods.EndsBeforeStart);
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Hãy ghi lý do ủy quyền (nghỉ phép, đi công tác…).")
                .AtMost(TextLimits.Reason, "Lý do ủy quyền");
        }
    }

    internal sealed class Handler(AwardsDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, SubstitutionView>
    {
        public async Task<SubstitutionView> Handle(Command request, CancellationToken cancellationToken)
        {
            if (!user.Roles.Any(Roles.Reviewers.Contains))
                throw new ForbiddenException("Chỉ người thẩm định, xét duyệt hồ sơ mới ủy quyền xử lý thay.");
            var deputy = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == request.Deputy!.Trim(), cancellationToken);
            if (deputy is null || deputy.UnitId != user.UnitId)
                throw new DomainException($"Không có tài khoản '{request.Deputy!.Trim()}' trong đơn vị của anh/chị: người được ủy quyền phải cùng đơn vị.", "deputy");

            var (from, to) = (request.From!.Value, request.To!.Value);
            var me = user.UserName;
            var overlapping = await db.Substitutions.AsNoTracking()
                .Where(s => s.Principal == me && s.EndedAt == null && s.From <= to && from <= s.To).FirstOrDefaultAsync(cancellationToken);
            if (overlapping is not null)
                throw new ConflictException($"Anh/chị đã ủy quyền cho {overlapping.Deputy} từ {VietnamTime.Date(overlapping.From)} đến " +
                    $"{VietnamTime.Date(overlapping.To)}: hãy kết thúc ủy quyền đó trước khi ủy quyền mới trùng thời gian.");

            var substitution = Substitution.Name(me, deputy.UserName!, from, to, request.Reason!, VietnamTime.Today(clock), clock.GetUtcNow());
            db.Substitutions.Add(substitution);
            await db.SaveChangesAsync(cancellationToken);
            return SubstitutionView.Of(substitution, null, deputy.FullName, VietnamTime.Today(clock));
        }
    }
}

/// <summary>A substitution as the approver and the deputy see it, with the names of both.</summary>
public sealed record SubstitutionView(int Id, string Principal, string? PrincipalName, string Deputy, string? DeputyName,
    DateOnly From, DateOnly To, string Reason, bool IsActiveToday, DateTimeOffset? EndedAt, string Period)
{
    public static SubstitutionView Of(Substitution s, string? principalName, string? deputyName, DateOnly today) =>
        new(s.Id, s.Principal, principalName, s.Deputy, deputyName, s.From, s.To, s.Reason, s.IsActiveOn(today), s.EndedAt,
            $"{VietnamTime.Date(s.From)} – {VietnamTime.Date(s.To)}");
}
