using FluentValidation;
using MediatR;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Features.Nominations;

/// <summary>
/// Reads the nominees of an Excel file into the dossier form. Nothing is stored: the list is saved with the form. Only a
/// unit's clerk may have a file read (the parsing costs; the role is checked here, not only by the page that offers it).
/// </summary>
public static class ReadNomineeSpreadsheet
{
    public sealed record Query(Stream? File, string? FileName, long Length) : IRequest<NomineeSpreadsheet.Result>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        private const string ChooseFile = "Hãy chọn tệp Excel (.xlsx) để nhập danh sách.";

        public Validator()
        {
            RuleFor(q => q.File).NotNull().WithMessage(ChooseFile);
            RuleFor(q => q.Length).GreaterThan(0).WithMessage(ChooseFile)
                .LessThanOrEqualTo(NomineeSpreadsheet.MaxBytes)
                .WithMessage(q => $"Tệp '{q.FileName}' lớn quá {NomineeSpreadsheet.MaxBytes / 1024 / 1024} MB.");
            RuleFor(q => q.FileName).Must(name => Path.GetExtension(name ?? "").Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
                .When(q => q.Length > 0)
                .WithMessage(q => $"Tệp '{q.FileName}' không phải tệp Excel .xlsx. Hãy tải mẫu Excel, điền rồi nhập lại.");
        }
    }

    internal sealed class Handler(Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Query, NomineeSpreadsheet.Result>
    {
        public Task<NomineeSpreadsheet.Result> Handle(Query request, CancellationToken cancellationToken)
        {
            if (!access.IsClerkOf(user.UnitId)) throw new ForbiddenException(CreateNomination.OnlyClerks);
            return Task.FromResult(NomineeSpreadsheet.Read(request.File!, clock));
        }
    }
}
