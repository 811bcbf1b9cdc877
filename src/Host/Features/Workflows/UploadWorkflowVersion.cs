using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Features.Workflows;

public static class UploadWorkflowVersion
{
    /// <summary>
    /// A BPMN file becomes the next draft version of workflow <paramref name="Key"/>. A file that cannot be read is refused;
    /// a file that reads but has problems is kept as a draft, and the problems come back for the designer to show.
    /// </summary>
    public sealed record Command(string Key, string Xml) : ICommand<Result>, IAudited
    {
        public string? AuditId => Key;
    }

    public sealed record Result(string Key, int Version, WorkflowVersionStatus Status, IReadOnlyList<ValidationError> Errors) : IAudited
    {
        public string? AuditId => $"{Key}/{Version}";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Xml).NotEmpty().WithMessage("Hãy gửi tệp quy trình BPMN (XML).");
            RuleFor(c => c.Xml.Length).LessThanOrEqualTo(BpmnReader.MaxDocumentCharacters).OverridePropertyName("xml")
                .WithMessage($"Tệp quy trình vượt quá {BpmnReader.MaxDocumentCharacters / 1_000_000} triệu ký tự.");
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var definition = BpmnReader.Read(request.Xml);
            if (definition.Key != request.Key)
                throw new ValidationException([new ValidationFailure("xml",
                    $"Mã quy trình trong tệp là '{definition.Key}', không trùng với quy trình '{request.Key}'. Hãy sửa id của process thành '{request.Key}'.")]);

            var last = await db.WorkflowVersions.Where(v => v.Key == request.Key).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
            var version = new WorkflowVersion(request.Key, last + 1, definition.Name ?? request.Key, request.Xml, user.UserName, clock.GetUtcNow());
            db.WorkflowVersions.Add(version);
            return new Result(version.Key, version.Version, version.Status, definition.Validate());
        }
    }
}
