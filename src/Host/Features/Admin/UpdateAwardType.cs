using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Changes an award type's rules; nominations created afterwards follow them, running ones keep their workflow.</summary>
public static class UpdateAwardType
{
    public sealed record Body(string? Name, string? Decider, string? IssuerKind, bool AllowsCollectives, bool AllowsIndividuals,
        bool OncePerLifetime, string? WorkflowKey, string? Criteria, int? WomenCollectivePercent = null, string? TiePreferenceBasis = null);

    /// <param name="WomenCollectivePercent">The share of women that makes a collective preferred on a tie; null keeps it.</param>
    /// <param name="TiePreferenceBasis">The law of the tie preference; null keeps it.</param>
    public sealed record Command(int Id, string? Name, string? Decider, string? IssuerKind, bool AllowsCollectives, bool AllowsIndividuals,
        bool OncePerLifetime, string? WorkflowKey, string? Criteria, int? WomenCollectivePercent = null, string? TiePreferenceBasis = null)
        : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => Id.ToString(CultureInfo.InvariantCulture);

        public static Command From(int id, Body b) => new(id, b.Name, b.Decider, b.IssuerKind, b.AllowsCollectives, b.AllowsIndividuals,
            b.OncePerLifetime, b.WorkflowKey, b.Criteria, b.WomenCollectivePercent, b.TiePreferenceBasis);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AwardsDbContext db)
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Hãy nhập tên loại khen thưởng.").AtMost(TextLimits.Line, "Tên");
            RuleFor(c => c.Decider).NotEmpty().WithMessage("Hãy nhập người có thẩm quyền quyết định.").MaximumLength(256).WithMessage("Dài tối đa 256 ký tự.");
            RuleFor(c => c.IssuerKind).NotEmpty().WithMessage("Hãy chọn cấp ban hành quyết định.")
                .Must(k => k is null || IssuerKinds.Names.ContainsKey(k))
                .WithMessage($"Cấp ban hành quyết định là một trong: {string.Join(", ", IssuerKinds.Names.Values)}.");
            RuleFor(c => c.AllowsIndividuals).Must((c, individuals) => individuals || c.AllowsCollectives)
                .WithMessage("Hãy cho phép ít nhất tập thể hoặc cá nhân.");
            RuleFor(c => c.WorkflowKey).NotEmpty().WithMessage("Hãy chọn quy trình xét duyệt.")
                .MustAsync((key, ct) => db.WorkflowVersions.AnyAsync(v => v.Key == key && v.Status == WorkflowVersionStatus.Published, ct))
                .WithMessage(c => $"Không có quy trình đã công bố mang mã '{c.WorkflowKey}'.");
            RuleFor(c => c.WomenCollectivePercent).InclusiveBetween(1, 100).WithMessage(TiePreference.PercentRange);
            RuleFor(c => c.TiePreferenceBasis).Must(b => b is null || b.Trim().Length > 0).WithMessage(EligibilityRule.LegalBasisNeeded)
                .MaximumLength(2000).WithMessage("Căn cứ pháp lý dài tối đa 2000 ký tự.");
            RuleFor(c => c.Criteria).MaximumLength(4000).WithMessage("Tiêu chuẩn dài tối đa 4000 ký tự.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var awardType = await db.AwardTypes.SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException($"Không tìm thấy loại khen thưởng số {request.Id}.");
            awardType.Update(request.Name!, request.Decider!, request.IssuerKind!, request.AllowsCollectives, request.AllowsIndividuals,
                request.OncePerLifetime, request.WorkflowKey!, request.Criteria ?? "");
            if (request.WomenCollectivePercent is not null || request.TiePreferenceBasis is not null)
                awardType.SetTiePreference(request.WomenCollectivePercent ?? awardType.WomenCollectivePercent, request.TiePreferenceBasis ?? awardType.TiePreferenceBasis);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
