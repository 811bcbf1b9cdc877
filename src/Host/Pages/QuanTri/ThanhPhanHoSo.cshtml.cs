using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>The parts a dossier of one award type must hold, under each procedure: add, rename, move up or down, remove.</summary>
public sealed class ThanhPhanHoSoModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty] public PartInput Input { get; set; } = new();

    public ListRequiredParts.Result Result { get; private set; } = null!;

    /// <summary>The procedure whose add form was just refused, so its typed values and errors show there.</summary>
    public string? FailedProcedure { get; private set; }

    public static string Api(Procedure procedure) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(procedure.ToString());

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var command = new AddRequiredPart.Command(Id, Input.Procedure, Input.Name, Input.PerNominee, Input.Note, null);
        if (await ModelState.TryAsync(() => mediator.Send(command, ct), nameof(Input)))
            return Done($"Đã thêm thành phần '{Input.Name?.Trim()}'. Hồ sơ gửi từ nay phải có thành phần này.");
        FailedProcedure = Input.Procedure;
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRenameAsync(int partId, string? name, string? note, CancellationToken ct) =>
        await ModelState.TryAsync(() => mediator.Send(new RenameRequiredPart.Command(Id, partId, name, note), ct))
            ? Done($"Đã sửa tên thành phần thành '{name?.Trim()}'.")
            : await ShowAsync(ct);

    public async Task<IActionResult> OnPostMoveAsync(string procedure, int partId, int by, CancellationToken ct)
    {
        var current = await mediator.Send(new ListRequiredParts.Query(Id), ct);
        var ids = current.Procedures.Where(p => Api(p.Procedure) == procedure).SelectMany(p => p.Parts).Select(p => p.Id).ToList();
        var at = ids.IndexOf(partId);
        var to = at + Math.Sign(by);
        if (at >= 0 && to >= 0 && to < ids.Count) (ids[at], ids[to]) = (ids[to], ids[at]);
        return await ModelState.TryAsync(() => mediator.Send(new ReorderRequiredParts.Command(Id, procedure, ids), ct))
            ? Done("Đã sắp xếp lại thành phần hồ sơ.")
            : await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int partId, string? name, CancellationToken ct) =>
        await ModelState.TryAsync(() => mediator.Send(new RemoveRequiredPart.Command(Id, partId), ct))
            ? Done($"Đã bỏ thành phần '{name}'. Các tệp đã nộp cho thành phần này vẫn ở trong hồ sơ.")
            : await ShowAsync(ct);

    private RedirectResult Done(string notice)
    {
        TempData["Notice"] = notice;
        return Redirect($"/quan-tri/loai-khen-thuong/{Id}/thanh-phan");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        try
        {
            Result = await mediator.Send(new ListRequiredParts.Query(Id), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }

    public sealed class PartInput
    {
        public string? Procedure { get; set; }
        public string? Name { get; set; }
        public bool PerNominee { get; set; }
        public string? Note { get; set; }
    }
}
