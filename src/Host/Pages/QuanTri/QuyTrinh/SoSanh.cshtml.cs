using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Workflows;

namespace ToanDan.Awards.Host.Pages.QuanTri.QuyTrinh;

[Authorize(Roles = Roles.Admin)]
public sealed class SoSanhModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "tu")] public int From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den")] public int To { get; set; }

    public CompareWorkflowVersions.Result Result { get; private set; } = null!;
    public ListWorkflows.Item Workflow { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Workflow, _) = await WorkflowPages.WorkflowAsync(mediator, Key, ct);
        if (From == 0 && To == 0 && Workflow.Versions.Count > 1) (From, To) = (Workflow.Versions[^2].Version, Workflow.Versions[^1].Version);
        Result = await mediator.Send(new CompareWorkflowVersions.Query(Key, From, To), ct);
    }

    /// <summary>Markers for one side's diagram: what was removed shows on the old one, what was added on the new one.</summary>
    public string Marks(bool oldSide) => JsonSerializer.Serialize(new
    {
        marks = Result.Changes
            .Where(c => oldSide ? c.Kind != ChangeKind.Added : c.Kind != ChangeKind.Removed)
            .GroupBy(c => c.ElementId).ToDictionary(g => g.Key, g => g.First().Kind.ToString().ToLowerInvariant()),
    });
}
