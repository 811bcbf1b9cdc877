using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Infrastructure.Backup;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class SaoLuuModel(IMediator mediator, BackupFolder folder) : PageModel
{
    public bool Supported => folder.Supported;

    public IReadOnlyList<MakeBackup.Result> Backups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Supported) Backups = await mediator.Send(new ListBackups.Query(), ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        MakeBackup.Result? made = null;
        if (await ModelState.TryAsync(async () => made = await mediator.Send(new MakeBackup.Request(), ct)))
        {
            TempData["Notice"] = $"Đã sao lưu vào tệp {made!.Name}: {made.Counts.Dossiers} hồ sơ, {made.Counts.Decisions} quyết định, {made.Files} tệp đính kèm.";
            return RedirectToPage();
        }
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string name, CancellationToken ct)
    {
        var file = await mediator.Send(new DownloadBackup.Request(name), ct);
        return File(file.Content, "application/zip", file.FileName);
    }
}
