using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Features.Tasks;

namespace ToanDan.Awards.Host.Pages.NhiemVu;

/// <summary>An attachment of the task's dossier, so the approver downloads it without leaving the task.</summary>
public sealed class TepModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, int attachmentId, CancellationToken ct)
    {
        try
        {
            var step = await mediator.Send(new GetTask.Query(id), ct);
            var file = await mediator.Send(new DownloadAttachment.Query(step.NominationId, attachmentId), ct);
            Response.Headers.XContentTypeOptions = "nosniff";
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
