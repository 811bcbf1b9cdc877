using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Admin;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>The issuers of decisions, and (with ?sua=id) a form that changes what one prints and who signs for it.</summary>
public sealed class CoQuanBanHanhModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sua")] public int? EditId { get; set; }
    [BindProperty] public IssuerInput Input { get; set; } = new();

    public IReadOnlyList<ListIssuers.Item> Issuers { get; private set; } = [];
    public ListIssuers.Item? Editing => Issuers.FirstOrDefault(i => i.Id == EditId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Issuers = await mediator.Send(new ListIssuers.Query(), ct);
        if (Editing is { } issuer) Input = IssuerInput.From(issuer.Text);
        else EditId = null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (EditId is not int id) return Redirect("/quan-tri/co-quan-ban-hanh");
        if (await ModelState.TryAsync(() => mediator.Send(new SaveIssuer.Command(id, null, null, null, Input.Text.ToText()), ct), "Input"))
        {
            TempData["Notice"] = $"Đã lưu {Input.Text.Name}.";
            return Redirect("/quan-tri/co-quan-ban-hanh");
        }
        Issuers = await mediator.Send(new ListIssuers.Query(), ct);
        return Page();
    }

    public sealed class IssuerInput
    {
        public TextInput Text { get; set; } = new();

        public static IssuerInput From(IssuerText t) => new()
        {
            Text = new TextInput
            {
                Name = t.Name, ParentAuthority = t.ParentAuthority, Place = t.Place, DecisionSymbol = t.DecisionSymbol, DeciderTitle = t.DeciderTitle,
                DeciderName = t.DeciderName, DeputyTitle = t.DeputyTitle, Deputies = t.Deputies, SignerRole = t.SignerRole,
                LegalBases = t.LegalBases, Recipients = t.Recipients,
            },
        };
    }

    /// <summary>The form's fields; multi-line ones hold one item per line, as <see cref="Issuer"/> keeps them.</summary>
    public sealed class TextInput
    {
        public string? Name { get; set; }
        public string? ParentAuthority { get; set; }
        public string? Place { get; set; }
        public string? DecisionSymbol { get; set; }
        public string? DeciderTitle { get; set; }
        public string? DeciderName { get; set; }
        public string? DeputyTitle { get; set; }
        public string? Deputies { get; set; }
        public string? SignerRole { get; set; }
        public string? LegalBases { get; set; }
        public string? Recipients { get; set; }

        public IssuerText ToText() => new(Name, ParentAuthority, Place, DecisionSymbol, DeciderTitle, DeciderName, DeputyTitle,
            Deputies?.Replace("\r", "", StringComparison.Ordinal), SignerRole, LegalBases?.Replace("\r", "", StringComparison.Ordinal),
            Recipients?.Replace("\r", "", StringComparison.Ordinal));
    }
}
