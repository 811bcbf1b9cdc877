using System.Globalization;
using FluentValidation;
using MediatR;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Features.Admin;

/// <summary>Changes the name and note of a required part; its code, and the files that fulfil it, stay.</summary>
public static class RenameRequiredPart
{
    public sealed record Body(string? Name, string? Note);

    public sealed record Command(int AwardTypeId, int PartId, string? Name, string? Note) : ICommand<MediatR.Unit>, IAudited
    {
        public string? AuditId => AwardTypeId.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Hãy nhập tên thành phần hồ sơ.")
                .MaximumLength(RequiredPart.MaxNameLength).WithMessage(RequiredPart.NameTooLong);
            RuleFor(c => c.Note).MaximumLength(RequiredPart.MaxNoteLength).WithMessage(RequiredPart.NoteTooLong);
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var part = await RequiredPartRules.PartAsync(db, request.AwardTypeId, request.PartId, cancellationToken);
            part.Rename(request.Name!, request.Note);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
