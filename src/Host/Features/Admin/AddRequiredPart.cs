using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>
/// Asks dossiers of an award type for one more part under a procedure, at the end of the list. Dossiers sent from now
/// on need it; those already under review are not held back. A code (from the name when not given) that was removed
/// before is asked for again, with the files that fulfilled it.
/// </summary>
public static class AddRequiredPart
{
    public sealed record Body(string? Procedure, string? Name, bool PerNominee, string? Note, string? Code);

    public sealed record Command(int AwardTypeId, string? Procedure, string? Name, bool PerNominee, string? Note, string? Code)
        : ICommand<Result>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(CultureInfo.InvariantCulture);

        public static Command From(int awardTypeId, Body b) => new(awardTypeId, b.Procedure, b.Name, b.PerNominee, b.Note, b.Code);
    }

    public sealed record Result(int Id, string Code);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Hãy nhập tên thành phần hồ sơ.")
                .MaximumLength(RequiredPart.MaxNameLength).WithMessage(RequiredPart.NameTooLong);
            RuleFor(c => c.Note).MaximumLength(RequiredPart.MaxNoteLength).WithMessage(RequiredPart.NoteTooLong);
            RuleFor(c => c.Code).MaximumLength(RequiredPart.MaxCodeLength).WithMessage($"Mã dài tối đa {RequiredPart.MaxCodeLength} ký tự.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var procedure = RequiredPartRules.ParseProcedure(request.Procedure);
            var awardType = await RequiredPartRules.AwardTypeAsync(db, request.AwardTypeId, cancellationToken);
            var code = RequiredPart.CodeFor(string.IsNullOrWhiteSpace(request.Code) ? request.Name! : request.Code);
            var siblings = await db.RequiredParts.Where(p => p.AwardTypeId == awardType.Id && p.Procedure == procedure).ToListAsync(cancellationToken);
            var order = siblings.Where(p => p.IsRequired).Select(p => p.Order).DefaultIfEmpty(0).Max() + 1;
            var part = siblings.Find(p => p.Code == code);
            if (part is null)
            {
                part = new RequiredPart(awardType.Id, procedure, code, request.Name!, request.PerNominee, order, request.Note);
                db.RequiredParts.Add(part);
            }
            else
            {
                part.Restore(request.Name!, request.PerNominee, order, request.Note);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(part.Id, part.Code);
        }
    }
}
