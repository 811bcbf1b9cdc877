using System.Text.Json;

namespace ToanDan.Awards.Host.Pages.Shared;

/// <summary>What the read-only diagram needs: where to fetch the BPMN, and which steps to mark.</summary>
public sealed record DiagramView(string XmlUrl, IReadOnlyList<string> Current, IReadOnlyList<string> Done)
{
    public string StateJson => JsonSerializer.Serialize(new { current = Current, done = Done });
}
