using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Workflows;

namespace ToanDan.Awards.Host.Pages.QuanTri.QuyTrinh;

[Authorize(Roles = Roles.Admin)]
public sealed class NhietModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Version { get; set; }

    public GetWorkflowHeat.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new GetWorkflowHeat.Query(Key, Version), ct);

    public string HeatJson() => JsonSerializer.Serialize(Result.Steps, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static string Days(double days) => days is > 0 and < 0.1 ? "dưới 0,1" : days.ToString("0.#", ToanDan.Awards.Host.Workflow.VietnamTime.Culture);
}
