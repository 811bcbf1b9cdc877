using ToanDan.Awards.Host.Features.Admin;

namespace ToanDan.Awards.Host.Pages.QuanTri;

/// <summary>What the award type forms (add and edit) share: the settings <see cref="UpdateAwardType"/> checks for both.</summary>
public class AwardTypeFields
{
    public string? Name { get; set; }
    public string? Decider { get; set; }
    public string? IssuerKind { get; set; }
    public bool AllowsCollectives { get; set; }
    public bool AllowsIndividuals { get; set; }
    public bool OncePerLifetime { get; set; }
    public string? WorkflowKey { get; set; }
    public string? Criteria { get; set; }
}

/// <param name="IsNew">An award type being added has no running dossiers to tell about when its workflow changes.</param>
public sealed record AwardTypeFieldsView(AwardTypeFields Input, IReadOnlyList<ListAwardTypeSettings.WorkflowChoice> Workflows, bool IsNew);
