using MediatR;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Workflows.Bpmn;

namespace ToanDan.Awards.Host.Features.Workflows;

public static class PublishWorkflowVersion
{
    /// <summary>
    /// New nominations start on the published version; the one published before is retired. Running instances keep
    /// the version they started on.
    /// </summary>
    public sealed record Command(string Key, int Version) : ICommand<Result>, IAudited
    {
        public string? AuditId => $"{Key}/{Version}";
    }

    public sealed record Result(string Key, int Version, WorkflowVersionStatus Status, DateTimeOffset PublishedAt, IReadOnlyList<int> Retired);

    internal sealed class Handler(AwardsDbContext db, Access access, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            access.RequireAdmin();
            var versions = await db.WorkflowVersions.Where(v => v.Key == request.Key).ToListAsync(cancellationToken);
            var version = versions.SingleOrDefault(v => v.Version == request.Version)
                ?? throw WorkflowWords.NoVersion(request.Key, request.Version);
            if (version.Status != WorkflowVersionStatus.Draft)
                throw new ConflictException($"Phiên bản {version.Version} của quy trình '{version.Key}' đã được công bố hoặc đã thôi dùng.");

            var errors = BpmnReader.Read(version.BpmnXml).Validate();
            if (errors.Count > 0)
                throw new DomainErrorsException(
                    $"Phiên bản {version.Version} của quy trình '{version.Key}' còn {errors.Count} lỗi, chưa công bố được. Hãy sửa rồi tải lên bản mới.",
                    [.. errors], "workflow-invalid");

            var retired = versions.Where(v => v.Status == WorkflowVersionStatus.Published).ToList();
            foreach (var old in retired) old.Retire();
            version.Publish(clock.GetUtcNow());
            return new Result(version.Key, version.Version, version.Status, version.PublishedAt!.Value, [.. retired.Select(v => v.Version)]);
        }
    }
}
