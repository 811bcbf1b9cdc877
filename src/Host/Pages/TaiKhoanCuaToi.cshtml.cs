using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Me;

namespace ToanDan.Awards.Host.Pages;

public sealed class TaiKhoanCuaToiModel(IMediator mediator) : PageModel
{
    public GetMe.Result Me { get; private set; } = null!;
    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Me = await mediator.Send(new GetMe.Query(), ct);

    public async Task OnPostAsync(bool receivesReminders, CancellationToken ct)
    {
        await mediator.Send(new ChangePreferences.Command(receivesReminders), ct);
        Saved = true;
        Me = await mediator.Send(new GetMe.Query(), ct);
    }
}
