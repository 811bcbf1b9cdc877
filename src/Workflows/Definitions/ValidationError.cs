namespace ToanDan.Awards.Workflows.Definitions;

/// <summary>One problem in a definition, for an administrator: which element, and what is wrong.</summary>
/// <param name="ElementId">The BPMN id of the element at fault, or null for the whole process.</param>
/// <param name="Code">A stable code for programs (e.g. <c>no-start-event</c>, <c>unreachable</c>).</param>
/// <param name="Message">What is wrong, in Vietnamese, naming the element.</param>
public sealed record ValidationError(string? ElementId, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => ElementId is null ? Message : $"{ElementId}: {Message}";
}
