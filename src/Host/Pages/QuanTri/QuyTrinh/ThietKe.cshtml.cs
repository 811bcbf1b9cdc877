using System.Text;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.AwardTypes;
using ToanDan.Awards.Host.Features.Workflows;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Pages.Shared;
using ToanDan.Awards.Host.Workflow;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Pages.QuanTri.QuyTrinh;

/// <summary>The modeler of one version: drafts are edited and saved in place, other versions are shown read-only.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class ThietKeModel(IMediator mediator, IAntiforgery antiforgery) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>For the JSON inlined in a script element: the default encoder escapes &lt; and &amp;.</summary>
    private static readonly JsonSerializerOptions InlineJson = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Version { get; set; }

    public ListWorkflows.Item Workflow { get; private set; } = null!;
    public ListWorkflows.VersionItem Current { get; private set; } = null!;
    public IReadOnlyList<ListAwardTypes.Item> AwardTypes { get; private set; } = [];
    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];
    public IReadOnlyList<ListWorkflows.Item> Workflows { get; private set; } = [];
    public bool Editable => Current.Status == WorkflowVersionStatus.Draft;
    public string BaseUrl => $"/quan-tri/quy-trinh/{Key}/{Version}";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetXmlAsync(CancellationToken ct) =>
        Content(await mediator.Send(new GetWorkflowVersion.Query(Key, Version), ct), "application/xml", Encoding.UTF8);

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct) =>
        File(Encoding.UTF8.GetBytes(await mediator.Send(new GetWorkflowVersion.Query(Key, Version), ct)), "application/bpmn+xml", $"{Key}-v{Version}.bpmn");

    /// <summary>The modeler's auto-save: the XML in the body, the antiforgery token in a header.</summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync(ct);
        try
        {
            var result = await mediator.Send(new ReplaceDraft.Command(Key, Version, xml, WorkflowEndpoints.ExpectedRevision(Request)), ct);
            return new JsonResult(new
            {
                savedAt = VietnamTime.Local(result.SavedAt).ToString("HH:mm", VietnamTime.Culture), revision = result.Revision, errors = result.Errors,
            }, Json);
        }
        catch (Exception e) when (e is FluentValidation.ValidationException or DomainException or BpmnFormatException)
        {
            var problem = ProblemMapping.Map(e);
            return new JsonResult(new { message = problem.Detail }, Json) { StatusCode = problem.Status };
        }
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new DiscardDraft.Command(Key, Version), ct)))
        {
            TempData["Notice"] = $"Đã xóa bản nháp {Version} của quy trình '{Key}'.";
            return Redirect("/quan-tri/quy-trinh");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken ct)
    {
        if (await ModelState.TryAsync(() => mediator.Send(new PublishWorkflowVersion.Command(Key, Version), ct)))
        {
            TempData["Notice"] = $"Đã công bố phiên bản {Version} của quy trình '{Key}'. Hồ sơ mới chạy theo phiên bản này; hồ sơ đang chạy giữ phiên bản cũ.";
            return Redirect("/quan-tri/quy-trinh");
        }
        await LoadAsync(ct);
        return Page();
    }

    public string DesignerJson() => JsonSerializer.Serialize(new
    {
        key = Key,
        xmlUrl = $"{BaseUrl}?handler=Xml",
        saveUrl = $"{BaseUrl}?handler=Save",
        editable = Editable,
        antiforgery = antiforgery.GetAndStoreTokens(HttpContext).RequestToken,
        roles = Roles.Names.Where(r => r.Key != Roles.Admin).Select(r => new { code = r.Key, name = r.Value }),
        templates = EmailTemplateKeys.All.Select(t => new { code = t.Key, name = t.Name }),
        awardTypes = AwardTypes.Select(a => new { code = a.Code, name = a.Name }),
        // What a call activity may call: every other workflow, and its versions one may pin (drafts do not run).
        workflows = Workflows.Where(w => w.Key != Key).Select(w => new
        {
            key = w.Key, name = w.Name, versions = w.Versions.Where(v => v.Status != WorkflowVersionStatus.Draft).Select(v => v.Version),
        }),
        errors = Errors,
        revision = Revision,
    }, InlineJson);

    /// <summary>The revision of the XML this page was opened on, which the first save names.</summary>
    public string Revision { get; private set; } = "";

    private async Task LoadAsync(CancellationToken ct)
    {
        (Workflow, AwardTypes) = await WorkflowPages.WorkflowAsync(mediator, Key, ct);
        Workflows = await mediator.Send(new ListWorkflows.Query(), ct);
        Current = Workflow.Versions.SingleOrDefault(v => v.Version == Version)
            ?? throw new NotFoundException($"Không có phiên bản {Version} của quy trình '{Key}'.");
        var xml = await mediator.Send(new GetWorkflowVersion.Query(Key, Version), ct);
        Revision = WorkflowVersion.RevisionOf(xml);
        try
        {
            Errors = BpmnReader.Read(xml).Validate();
        }
        catch (BpmnFormatException e)
        {
            Errors = [new ValidationError(null, "bpmn-invalid", e.Message)];
        }
    }
}
