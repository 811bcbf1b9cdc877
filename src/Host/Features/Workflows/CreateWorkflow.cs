using System.Text.RegularExpressions;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Features.Workflows;

/// <summary>
/// A new workflow, as draft version 1: a copy of a version of another workflow, or the starter (one review, then awarded
/// or not). Award types can choose it once it is published.
/// </summary>
public static partial class CreateWorkflow
{
    /// <param name="Key">The process id: lower-case letters, digits and dashes (<c>khen-dot-xuat</c>).</param>
    /// <param name="CopyFromKey">The workflow to copy; none: the starter.</param>
    /// <param name="CopyFromVersion">Its version; none: the one in use.</param>
    public sealed record Command(string? Key, string? Name, string? CopyFromKey = null, int? CopyFromVersion = null)
        : ICommand<UploadWorkflowVersion.Result>, IAudited
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? AuditId => Key;
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AwardsDbContext db)
        {
            RuleFor(c => c.Key).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Hãy nhập mã quy trình (ví dụ: khen-dot-xuat).")
                .Length(3, 64).WithMessage("Mã quy trình dài từ 3 đến 64 ký tự.")
                .Matches(KeyPattern()).WithMessage("Mã quy trình chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng một chữ (ví dụ: khen-dot-xuat).")
                .MustAsync(async (key, ct) => !await db.WorkflowVersions.AnyAsync(v => v.Key == key, ct))
                .WithMessage(c => $"Đã có quy trình mang mã '{c.Key}': hãy chọn mã khác, hoặc tạo bản nháp mới của quy trình đó.");
            RuleFor(c => c.Name).NotEmpty().WithMessage("Hãy nhập tên quy trình.").AtMost(TextLimits.Line, "Tên quy trình");
            RuleFor(c => c.CopyFromVersion).Null().When(c => string.IsNullOrEmpty(c.CopyFromKey))
                .WithMessage("Hãy chọn quy trình để sao chép phiên bản này.");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    internal sealed class Handler(IMediator mediator, AwardsDbContext db, Access access) : IRequestHandler<Command, UploadWorkflowVersion.Result>
    {
        public async Task<UploadWorkflowVersion.Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var key = request.Key!;
            var name = request.Name!.Trim();
            WorkflowDefinition definition;
            if (string.IsNullOrEmpty(request.CopyFromKey))
            {
                definition = DefaultWorkflows.Starter(key, name);
            }
            else
            {
                var version = request.CopyFromVersion ?? await db.WorkflowVersions
                    .Where(v => v.Key == request.CopyFromKey && v.Status == WorkflowVersionStatus.Published)
                    .MaxAsync(v => (int?)v.Version, cancellationToken)
                    ?? throw new NotFoundException($"Quy trình '{request.CopyFromKey}' chưa có phiên bản đang dùng: hãy chọn một phiên bản cụ thể.");
                var xml = await mediator.Send(new GetWorkflowVersion.Query(request.CopyFromKey, version), cancellationToken);
                definition = BpmnReader.Read(xml).WithKey(key).WithName(name);
            }
            // The copy is stored as any uploaded file would be: the next (first) version of its key, a draft.
            return await mediator.Send(new UploadWorkflowVersion.Command(key, BpmnWriter.Write(definition)), cancellationToken);
        }
    }
}
