using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Features.EmailTemplates;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

public sealed class MauThuModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public IReadOnlyList<ListEmailTemplates.Item> Templates { get; private set; } = [];
    public RenderedEmail? Preview { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Templates = await mediator.Send(new ListEmailTemplates.Query(), ct);
        if (Key is null) return Page();
        if (Templates.All(t => t.Key != Key)) return NotFound();
        var template = await mediator.Send(new GetEmailTemplate.Query(Key), ct);
        Input = new TemplateInput { Subject = template.Subject, HtmlBody = template.HtmlBody, TextBody = template.TextBody };
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Key is null) return NotFound();
        await ModelState.TryAsync(async () => Preview = await mediator.Send(new PreviewEmailTemplate.Query(Key, Input.Subject, Input.HtmlBody, Input.TextBody), ct));
        Templates = await mediator.Send(new ListEmailTemplates.Query(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (Key is null) return NotFound();
        Saved = await ModelState.TryAsync(() => mediator.Send(new SaveEmailTemplate.Command(Key, Input.Subject, Input.HtmlBody, Input.TextBody), ct));
        Templates = await mediator.Send(new ListEmailTemplates.Query(), ct);
        return Page();
    }

    public static string Describe(string key) => DefaultEmailTemplates.Purpose(key);

    public sealed class TemplateInput
    {
        public string Subject { get; set; } = "";
        public string HtmlBody { get; set; } = "";
        public string TextBody { get; set; } = "";
    }
}
