using System.Text.Json;

namespace ToanDan.Awards.Host.Pages.Shared;

/// <summary>What the read-only diagram needs: where to fetch the BPMN, and which steps to mark.</summary>
/// <param name="TraceUrl">For an administrator: the dossier on its workflow version, with who did what at each step.</param>
public sealed record DiagramView(string XmlUrl, IReadOnlyList<string> Current, IReadOnlyList<string> Done, string? TraceUrl = null)
{
    public string StateJson => JsonSerializer.Serialize(new { current = Current, done = Done });
}
