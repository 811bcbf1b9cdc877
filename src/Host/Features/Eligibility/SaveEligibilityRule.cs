using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>
/// Adds a criterion to an award type (no <c>RuleId</c>) or changes one: dossiers are checked against it from the next
/// submission or review on. Every criterion names its legal basis.
/// </summary>
public static class SaveEligibilityRule
{
    public sealed record Body(RuleKind? Kind, string? GroupCode, string? Title, string? LegalBasis, int? MinYearsMen = null, int? MinYearsWomen = null,
        bool DoubleTimeCounts = false, string? Honour = null, PendingMatter? Matter = null, string? SourceNote = null);

    public sealed record Command(int AwardTypeId, int? RuleId, Body Rule) : ICommand<Result>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Rule.Kind).NotNull().WithMessage("Hãy chọn loại tiêu chuẩn.");
            RuleFor(c => c.Rule.Title).NotEmpty().WithMessage("Hãy nhập nội dung tiêu chuẩn.").AtMost(1000, "Nội dung tiêu chuẩn");
            RuleFor(c => c.Rule.LegalBasis).NotEmpty().WithMessage(EligibilityRule.LegalBasisNeeded)
                .AtMost(1000, "Căn cứ pháp lý");
            RuleFor(c => c.Rule.SourceNote).AtMost(TextLimits.Reason, "Ghi chú nguồn");
            RuleFor(c => c.Rule.Honour).AtMost(TextLimits.Line, "Tên hình thức khen thưởng");
            RuleFor(c => c.Rule.MinYearsMen).InclusiveBetween(1, 60).When(c => c.Rule.MinYearsMen is not null).WithMessage("Số năm phải từ 1 đến 60.");
            RuleFor(c => c.Rule.MinYearsWomen).InclusiveBetween(1, 60).When(c => c.Rule.MinYearsWomen is not null).WithMessage("Số năm phải từ 1 đến 60.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            if (!await db.AwardTypes.AnyAsync(a => a.Id == request.AwardTypeId, cancellationToken)) throw AwardType.NotFound(request.AwardTypeId);
            var b = request.Rule;
            if (b.GroupCode is { Length: > 0 } group
                && !await db.NomineeGroups.AnyAsync(g => g.AwardTypeId == request.AwardTypeId && g.Code == group.Trim().ToLowerInvariant(), cancellationToken))
                throw new DomainException($"Loại khen thưởng này không có nhóm đối tượng '{group}'.", "groupCode");
            EligibilityRule rule;
            if (request.RuleId is { } id)
            {
                rule = await db.EligibilityRules.SingleOrDefaultAsync(r => r.Id == id && r.AwardTypeId == request.AwardTypeId, cancellationToken)
                    ?? throw new NotFoundException($"Không tìm thấy tiêu chuẩn số {id}.");
                rule.Update(b.Kind!.Value, b.GroupCode, b.Title!, b.LegalBasis!, b.MinYearsMen, b.MinYearsWomen, b.DoubleTimeCounts, b.Honour, b.Matter, b.SourceNote);
            }
            else
            {
                var order = await db.EligibilityRules.Where(r => r.AwardTypeId == request.AwardTypeId).Select(r => (int?)r.Order).MaxAsync(cancellationToken) ?? 0;
                rule = new EligibilityRule(request.AwardTypeId, b.Kind!.Value, b.GroupCode, b.Title!, b.LegalBasis!, order + 1,
                    b.MinYearsMen, b.MinYearsWomen, b.DoubleTimeCounts, b.Honour, b.Matter, b.SourceNote);
                db.EligibilityRules.Add(rule);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(rule.Id);
        }
    }
}
