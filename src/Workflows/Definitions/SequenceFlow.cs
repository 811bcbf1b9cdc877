using ToanDan.Awards.Workflows.Expressions;

namespace ToanDan.Awards.Workflows.Definitions;

/// <summary>A directed connection between two nodes, optionally guarded by a condition.</summary>
/// <param name="Id">The BPMN element id.</param>
/// <param name="Name">The display name (often the outcome in words: "Đồng ý", "Trả lại").</param>
/// <param name="SourceId">The node the flow leaves.</param>
/// <param name="TargetId">The node the flow enters.</param>
/// <param name="ConditionText">The condition as written (inside <c>bpmn:conditionExpression</c>), or null.</param>
public sealed record SequenceFlow(string Id, string? Name, string SourceId, string TargetId, string? ConditionText)
{
    /// <summary>The parsed condition; null when there is none or when it does not parse.</summary>
    public ConditionExpression? Condition { get; init; }

    /// <summary>Why <see cref="ConditionText"/> does not parse, or null.</summary>
    public string? ConditionError { get; init; }

    /// <summary>The text of the flow's <c>bpmn:documentation</c>, if any.</summary>
    public string? Documentation { get; init; }

    /// <summary>True when the flow carries a condition (parsed or not).</summary>
    public bool HasCondition => !string.IsNullOrWhiteSpace(ConditionText);
}
