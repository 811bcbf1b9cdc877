using MediatR;
using Microsoft.AspNetCore.Mvc;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Infrastructure;

namespace ToanDan.Awards.Host.Pages.HoSo;

public sealed class SuaModel(IMediator mediator, Access access) : NominationFormModel(mediator)
{
    [FromRoute]
    public int Id { get; set; }

    /// <summary>Why the form is not offered (not the unit's clerk, or the dossier is under review or closed).</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new NominationInput
        {
            AwardTypeCode = Existing!.AwardTypeCode, RoundId = Existing.RoundId, SubmissionNumber = Existing.SubmissionNumber,
            SubmissionDate = FormDate.Format(Existing.SubmissionDate), Version = Existing.Version, Method = Existing.Method, Nominees = [.. Existing.Nominees.Select(NomineeRow.From)],
        };
        return await FormAsync(ct);
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Existing = await Mediator.Send(new GetNomination.Query(Id), ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        Input.AwardTypeCode = Existing.AwardTypeCode;
        Refusal = !access.IsClerkOf(Existing.UnitId)
            ? "Chỉ cán bộ thi đua của đơn vị đề nghị mới được sửa hồ sơ này."
            : Existing.Status is NominationStatus.Draft or NominationStatus.Returned
                ? null
                : $"Chỉ sửa được hồ sơ nháp hoặc hồ sơ bị trả lại; hồ sơ này đang ở trạng thái '{Existing.StatusName}'.";
        return true;
    }

    protected override async Task<int?> SendAsync(CancellationToken ct)
    {
        var command = new UpdateNomination.Command(Id, Input.RoundId, Input.SubmissionNumber, FormDate.Parse(Input.SubmissionDate), Input.NomineeInputs(), Input.Version,
            string.IsNullOrWhiteSpace(Input.Method) ? null : Input.Method);
        if (await TrySendAsync(() => Mediator.Send(command, ct))) return Id;
        if (Conflict && await LoadAsync(ct))
        {
            // Keep what was typed; a second save replaces the newer version on purpose.
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
            Input.Version = Existing!.Version;
        }
        return null;
    }
}
