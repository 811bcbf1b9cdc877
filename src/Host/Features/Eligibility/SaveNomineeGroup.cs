using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Eligibility;

/// <summary>Adds a group of people to an award type, or renames one (by its code); its criteria name the group by code.</summary>
public static class SaveNomineeGroup
{
    public sealed record Body(string? Code, string? Name, string? LegalBasis);

    public sealed record Command(int AwardTypeId, string? Code, string? Name, string? LegalBasis) : ICommand<Result>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Id, string Code);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().WithMessage("Hãy nhập mã nhóm đối tượng.");
            RuleFor(c => c.Name).NotEmpty().WithMessage("Hãy nhập tên nhóm đối tượng.").AtMost(512, "Tên nhóm đối tượng");
            RuleFor(c => c.LegalBasis).NotEmpty().WithMessage(EligibilityRule.LegalBasisNeeded).AtMost(1000, "Căn cứ pháp lý");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            if (!await db.AwardTypes.AnyAsync(a => a.Id == request.AwardTypeId, cancellationToken)) throw AwardType.NotFound(request.AwardTypeId);
            var code = request.Code!.Trim().ToLowerInvariant();
            var group = await db.NomineeGroups.SingleOrDefaultAsync(g => g.AwardTypeId == request.AwardTypeId && g.Code == code, cancellationToken);
            if (group is null)
            {
                var order = await db.NomineeGroups.Where(g => g.AwardTypeId == request.AwardTypeId).Select(g => (int?)g.Order).MaxAsync(cancellationToken) ?? 0;
                group = new NomineeGroup(request.AwardTypeId, code, request.Name!, request.LegalBasis!, order + 1);
                db.NomineeGroups.Add(group);
            }
            else
            {
                group.Update(request.Name!, request.LegalBasis!);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(group.Id, group.Code);
        }
    }
}
