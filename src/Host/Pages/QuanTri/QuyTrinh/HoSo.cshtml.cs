using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Workflows;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host.Pages.QuanTri.QuyTrinh;

/// <summary>A dossier on its workflow's diagram: completed steps, the open ones, who did what and when.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class HoSoModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public int NominationId { get; set; }

    public GetNominationTrace.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new GetNominationTrace.Query(NominationId), ct);

    public string StateJson() => JsonSerializer.Serialize(new { current = Result.Current, done = Result.Done });

    public string LoopsJson() => JsonSerializer.Serialize(Result.Loops.Select(l => new
    {
        elementId = l.ElementId, total = l.Total, completed = l.Completed, active = l.Active, sequential = l.Sequential, summary = l.Summary,
        instances = l.Instances.Select(i => new { index = i.Index, @for = i.For, state = i.State, status = i.Status }),
    }));

    public string HistoryJson() => JsonSerializer.Serialize(Result.History.Select(h => new
    {
        elementId = h.ElementId, kind = h.Kind, outcome = h.Outcome, actor = h.Actor, at = VietnamTime.DateTime(h.At),
    }));
}
