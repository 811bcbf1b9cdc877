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
    /// A process id of its own (Camunda Modeler writes <c>Process_1x2y3z</c>) is replaced by the workflow's key; the id
    /// of another workflow is refused, since that file most likely belongs there. A file with several processes none of
    /// which is marked executable is refused with the list of its processes (<c>choose-process</c>); sent again with
    /// <paramref name="ProcessId"/>, the one chosen is imported.
    /// </summary>
    public sealed record Command(string Key, string Xml, string? ProcessId = null) : ICommand<Result>, IAudited
    {
        public string? AuditId => Key;
    }

    /// <param name="RenamedFrom">The process id the file had, when it was replaced by the workflow's key.</param>
    public sealed record Result(string Key, int Version, WorkflowVersionStatus Status, IReadOnlyList<ValidationError> Errors, string? RenamedFrom = null) : IAudited
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? AuditId => $"{Key}/{Version}";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Xml).NotEmpty().WithMessage("Hãy gửi tệp quy trình BPMN (XML).");
            RuleFor(c => c.Xml.Length).LessThanOrEqualTo(BpmnReader.MaxDocumentCharacters).OverridePropertyName("xml")
                .WithMessage(WorkflowWords.TooLarge);
        }
    }

    internal sealed class Handler(AwardsDbContext db, Access access, CurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var definition = BpmnReader.Read(request.Xml, string.IsNullOrWhiteSpace(request.ProcessId) ? null : request.ProcessId.Trim());
            var xml = request.Xml;
            string? renamedFrom = null;
            if (!string.IsNullOrWhiteSpace(request.ProcessId))
            {
                // The chosen process is written back as the file's executable one.
                xml = BpmnWriter.Write(definition);
            }
            if (definition.Key != request.Key)
            {
                if (await db.WorkflowVersions.AnyAsync(v => v.Key == definition.Key, cancellationToken))
                    throw new ValidationException([new ValidationFailure("xml",
                        $"Tệp này là của quy trình '{definition.Key}', không trùng với quy trình '{request.Key}'. Hãy tải lên đúng quy trình, hoặc sửa id của process thành '{request.Key}'.")]);
                renamedFrom = definition.Key;
                definition = definition.WithKey(request.Key);
                xml = BpmnWriter.Write(definition);
            }

            var last = await db.WorkflowVersions.Where(v => v.Key == request.Key).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
            var version = new WorkflowVersion(request.Key, last + 1, definition.Name ?? request.Key, xml, user.UserName, clock.GetUtcNow());
            db.WorkflowVersions.Add(version);
            return new Result(version.Key, version.Version, version.Status, definition.Validate(), renamedFrom);
        }
    }
}
