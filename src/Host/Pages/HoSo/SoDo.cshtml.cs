using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;

namespace ToanDan.Awards.Host.Pages.HoSo;

/// <summary>The BPMN XML of the workflow a dossier runs on, for the diagram viewer.</summary>
public sealed class SoDoModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(new GetNominationDiagram.Query(id), ct) is { } diagram
                ? Content(diagram.BpmnXml, "application/xml; charset=utf-8")
                : NotFound();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
