using MediatR;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.AwardTypes;
using ToanDan.Awards.Host.Features.Workflows;

namespace ToanDan.Awards.Host.Pages.QuanTri.QuyTrinh;

/// <summary>What the workflow pages share: words for statuses, and the confirmation a publication asks for.</summary>
public static class WorkflowPages
{
    public static string Status(WorkflowVersionStatus status) => status switch
    {
        WorkflowVersionStatus.Draft => "Bản nháp",
        WorkflowVersionStatus.Published => "Đang dùng",
        _ => "Đã thôi dùng",
    };

    public static string StatusClass(WorkflowVersionStatus status) => status switch
    {
        WorkflowVersionStatus.Draft => "draft",
        WorkflowVersionStatus.Published => "approved",
        _ => "withdrawn",
    };

    public static string PublishConfirmation(ListWorkflows.Item workflow, int version, IReadOnlyList<ListAwardTypes.Item> awardTypes)
    {
        var names = awardTypes.Where(a => a.WorkflowKey == workflow.Key).Select(a => $"{a.Name} ({a.Code})").ToList();
        var running = workflow.Versions.Where(v => v.Version != version).Sum(v => v.RunningInstances);
        var uses = names.Count == 0 ? "Chưa có hình thức khen thưởng nào dùng quy trình này." : $"Từ nay hồ sơ MỚI của {string.Join(", ", names)} sẽ chạy theo phiên bản {version}.";
        return $"Công bố phiên bản {version} của quy trình «{workflow.Name}»?\n{uses}\n{running} hồ sơ đang chạy vẫn giữ nguyên phiên bản cũ của mình.";
    }

    public static async Task<(ListWorkflows.Item Workflow, IReadOnlyList<ListAwardTypes.Item> AwardTypes)> WorkflowAsync(IMediator mediator, string key, CancellationToken ct)
    {
        var workflows = await mediator.Send(new ListWorkflows.Query(), ct);
        var workflow = workflows.SingleOrDefault(w => w.Key == key) ?? throw new NotFoundException($"Không có quy trình '{key}'.");
        return (workflow, await mediator.Send(new ListAwardTypes.Query(), ct));
    }
}
