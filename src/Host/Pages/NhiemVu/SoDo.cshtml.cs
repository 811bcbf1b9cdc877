using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Features.Tasks;

namespace ToanDan.Awards.Host.Pages.NhiemVu;

/// <summary>The BPMN of the workflow the task's dossier runs on, for the diagram viewer on the task page.</summary>
public sealed class SoDoModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var step = await mediator.Send(new GetTask.Query(id), ct);
            var diagram = await mediator.Send(new GetNominationDiagram.Query(step.NominationId), ct);
            return diagram is null ? NotFound() : Content(diagram.BpmnXml, "application/xml; charset=utf-8");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
