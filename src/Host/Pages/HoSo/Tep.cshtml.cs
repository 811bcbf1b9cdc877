using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;

namespace ToanDan.Awards.Host.Pages.HoSo;

/// <summary>A dossier's file, always as a download (never shown inline), to those who may see the dossier.</summary>
public sealed class TepModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int attachmentId, CancellationToken ct)
    {
        try
        {
            var file = await mediator.Send(new DownloadAttachment.Query(id, attachmentId), ct);
            Response.Headers.XContentTypeOptions = "nosniff";
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
