using MediatR;
using Microsoft.AspNetCore.Mvc;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;

namespace ToanDan.Awards.Host.Pages.HoSo;

public sealed class TaoMoiModel(IMediator mediator) : NominationFormModel(mediator)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.UnitClerk)) return Forbid();
        return await FormAsync(ct);
    }

    protected override Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);

    protected override async Task<int?> SendAsync(CancellationToken ct)
    {
        CreateNomination.Result? created = null;
        var command = new CreateNomination.Command(Input.AwardTypeCode, Input.RoundId, Input.SubmissionNumber, FormDate.Parse(Input.SubmissionDate), Input.NomineeInputs());
        return await TrySendAsync(async () => created = await Mediator.Send(command, ct)) ? created!.Id : null;
    }
}
