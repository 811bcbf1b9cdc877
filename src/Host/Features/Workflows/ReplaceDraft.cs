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

public static class ReplaceDraft
{
    /// <summary>
    /// The designer saves a draft in place: the same version gets the new XML. Only drafts change; the problems of the
    /// new XML come back so the designer can show them on the diagram. With <paramref name="ExpectedRevision"/> (the
    /// revision the editor loaded or last saved), a draft saved meanwhile from elsewhere is not overwritten: 409.
    /// </summary>
    public sealed record Command(string Key, int Version, string Xml, string? ExpectedRevision = null) : ICommand<Result>, IAudited
    {
        public string? AuditId => $"{Key}/{Version}";
    }

    public sealed record Result(string Key, int Version, string Name, DateTimeOffset SavedAt, string Revision, IReadOnlyList<ValidationError> Errors);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Xml).NotEmpty().WithMessage("Hãy gửi tệp quy trình BPMN (XML).");
            RuleFor(c => c.Xml.Length).LessThanOrEqualTo(BpmnReader.MaxDocumentCharacters).OverridePropertyName("xml")
                .WithMessage(WorkflowWords.TooLarge);
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var version = await db.WorkflowVersions.SingleOrDefaultAsync(v => v.Key == request.Key && v.Version == request.Version, cancellationToken)
                ?? throw WorkflowWords.NoVersion(request.Key, request.Version);
            var definition = BpmnReader.Read(request.Xml);
            if (definition.Key != request.Key)
                throw new ValidationException([new ValidationFailure("xml",
                    $"Mã quy trình trong tệp là '{definition.Key}', không trùng với quy trình '{request.Key}'. Hãy sửa id của process thành '{request.Key}'.")]);
            if (version.Status != WorkflowVersionStatus.Draft)
                throw new ConflictException($"Phiên bản {version.Version} của quy trình '{version.Key}' đã được công bố hoặc đã thôi dùng: không sửa được nữa. Hãy tạo bản nháp mới từ phiên bản này.");
            version.ReplaceDraft(string.IsNullOrWhiteSpace(definition.Name) ? request.Key : definition.Name, request.Xml, request.ExpectedRevision);
            return new Result(version.Key, version.Version, version.Name, clock.GetUtcNow(), version.Revision, definition.Validate());
        }
    }
}
