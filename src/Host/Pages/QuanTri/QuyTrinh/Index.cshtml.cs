using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.AwardTypes;
using ToanDan.Awards.Host.Features.Workflows;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri.QuyTrinh;

[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ListWorkflows.Item> Workflows { get; private set; } = [];
    public IReadOnlyList<ListAwardTypes.Item> AwardTypes { get; private set; } = [];

    /// <summary>The form that starts a new workflow.</summary>
    [BindProperty] public NewWorkflowInput New { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var (fromKey, fromVersion) = NewWorkflowInput.Source(New.From);
        if (await ModelState.TryAsync(() => mediator.Send(new CreateWorkflow.Command(New.Key?.Trim(), New.Name, fromKey, fromVersion), ct), "New"))
        {
            TempData["Notice"] = $"Đã tạo quy trình '{New.Name!.Trim()}' (bản nháp 1). Sửa xong, hãy công bố rồi chọn quy trình này cho loại khen thưởng.";
            return Redirect($"/quan-tri/quy-trinh/{New.Key!.Trim()}/1");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostNewDraftAsync(string key, int from, CancellationToken ct)
    {
        UploadWorkflowVersion.Result? draft = null;
        if (await ModelState.TryAsync(async () =>
            {
                var xml = await mediator.Send(new GetWorkflowVersion.Query(key, from), ct);
                draft = await mediator.Send(new UploadWorkflowVersion.Command(key, xml), ct);
            }))
        {
            TempData["Notice"] = $"Đã tạo bản nháp {draft!.Version} từ phiên bản {from}. Sửa xong, hãy công bố để hồ sơ mới chạy theo.";
            return Redirect($"/quan-tri/quy-trinh/{key}/{draft.Version}");
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>A file with several processes, none marked executable: the administrator chooses which one to import.</summary>
    public ProcessChoice? Choice { get; private set; }

    /// <param name="key">The workflow the draft is for.</param>
    /// <param name="file">The uploaded file; or, once a process is chosen, none and <paramref name="xml"/> sent back.</param>
    /// <param name="process">The process chosen, when the file holds several.</param>
    /// <param name="xml">The file's text, kept by the choice form.</param>
    /// <param name="fileName">The file's name, kept by the choice form.</param>
    public async Task<IActionResult> OnPostUploadAsync(string key, IFormFile? file, string? process, string? xml, string? fileName, CancellationToken ct)
    {
        if ((file is null || file.Length == 0) && !string.IsNullOrEmpty(xml) && !string.IsNullOrWhiteSpace(process))
            return await UploadAsync(key, fileName ?? "", xml, process, ct);
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("", "Hãy chọn một tệp .bpmn để tải lên.");
            await LoadAsync(ct);
            return Page();
        }
        string text;
        await using (var stream = file.OpenReadStream())
            text = await WorkflowEndpoints.ReadLimitedAsync(stream, ToanDan.Awards.Workflows.Bpmn.BpmnReader.MaxDocumentCharacters, ct);
        return await UploadAsync(key, file.FileName, text, null, ct);
    }

    private async Task<IActionResult> UploadAsync(string key, string fileName, string xml, string? process, CancellationToken ct)
    {
        UploadWorkflowVersion.Result? draft = null;
        try
        {
            if (await ModelState.TryAsync(async () => draft = await mediator.Send(new UploadWorkflowVersion.Command(key, xml, process), ct)))
            {
                var renamed = draft!.RenamedFrom is { } from ? $" Mã process '{from}' trong tệp đã đổi thành '{key}'." : "";
                TempData["Notice"] = (draft.Errors.Count == 0
                    ? $"Đã tải lên tệp «{fileName}» thành bản nháp {draft.Version}. Quy trình hợp lệ, có thể công bố."
                    : $"Đã tải lên tệp «{fileName}» thành bản nháp {draft.Version}; còn {draft.Errors.Count} lỗi, xem trên sơ đồ.") + renamed;
                return Redirect($"/quan-tri/quy-trinh/{key}/{draft.Version}");
            }
        }
        catch (ToanDan.Awards.Workflows.Bpmn.BpmnFormatException e) when (e.Processes.Count > 0)
        {
            Choice = new ProcessChoice(key, fileName, xml, e.Processes);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The file kept while the administrator chooses one of its processes.</summary>
    public sealed record ProcessChoice(string Key, string FileName, string Xml, IReadOnlyList<ToanDan.Awards.Workflows.Bpmn.BpmnProcessChoice> Processes);

    public async Task<IActionResult> OnPostPublishAsync(string key, int version, CancellationToken ct)
    {
        PublishWorkflowVersion.Result? result = null;
        if (await ModelState.TryAsync(async () => result = await mediator.Send(new PublishWorkflowVersion.Command(key, version), ct)))
        {
            TempData["Notice"] = $"Đã công bố phiên bản {version} của quy trình '{key}'. Hồ sơ mới chạy theo phiên bản này; hồ sơ đang chạy giữ phiên bản cũ.";
            return RedirectToPage();
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Workflows = await mediator.Send(new ListWorkflows.Query(), ct);
        AwardTypes = await mediator.Send(new ListAwardTypes.Query(), ct);
    }

    public sealed class NewWorkflowInput
    {
        public string? Key { get; set; }
        public string? Name { get; set; }

        /// <summary>Empty for the starter, else <c>key/version</c> of the version to copy.</summary>
        public string? From { get; set; }

        public static (string? Key, int? Version) Source(string? from) =>
            from?.Split('/') is [var key, var version] && int.TryParse(version, out var v) ? (key, v) : (null, null);
    }
}
