using MediatR;
using Microsoft.AspNetCore.Mvc;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;

namespace ToanDan.Awards.Host.Pages.HoSo;

/// <summary>Only a unit's clerk opens a dossier: the role guards every handler of the form (add a row, import, save), not only its GET.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.UnitClerk)]
public sealed class TaoMoiModel(IMediator mediator) : NominationFormModel(mediator)
{
    public Task<IActionResult> OnGetAsync(CancellationToken ct) => FormAsync(ct);

    protected override Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);

    protected override async Task<int?> SendAsync(CancellationToken ct)
    {
        CreateNomination.Result? created = null;
        var command = new CreateNomination.Command(Input.AwardTypeCode, Input.RoundId, Input.SubmissionNumber, FormDate.Parse(Input.SubmissionDate), Input.NomineeInputs(),
            string.IsNullOrWhiteSpace(Input.Method) ? null : Input.Method);
        return await TrySendAsync(async () => created = await Mediator.Send(command, ct)) ? created!.Id : null;
    }
}
