using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Disclosure;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.CongKhai;

/// <summary>
/// Public, without login: the list of a round under disclosure and the feedback form (anti-forgery token, rate-limited
/// per address by the endpoint's policy). A round outside its period gets a "not disclosed" page with status 404.
/// </summary>
public sealed class ChiTietModel(IMediator mediator) : PageModel
{
    public GetDisclosedRound.Result? Round { get; private set; }

    [BindProperty] public FeedbackInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken ct)
    {
        await LoadAsync(roundId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int roundId, CancellationToken ct)
    {
        if (!await LoadAsync(roundId, ct)) return Page();
        var command = new SendFeedback.Command(roundId, Input.Name, Input.Contact, Input.Content, Input.NomineeId, HttpContext.Connection.RemoteIpAddress);
        SendFeedback.Result? sent = null;
        if (await ModelState.TryAsync(async () => sent = await mediator.Send(command, ct), nameof(Input)))
        {
            TempData["Notice"] = sent!.Message;
            return Redirect($"/cong-khai/{roundId}#gop-y");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int roundId, CancellationToken ct)
    {
        try
        {
            Round = await mediator.Send(new GetDisclosedRound.Query(roundId), ct);
            return true;
        }
        catch (NotFoundException)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }
    }

    public sealed class FeedbackInput
    {
        public string? Name { get; set; }
        public string? Contact { get; set; }
        public string? Content { get; set; }
        public int? NomineeId { get; set; }
    }
}
