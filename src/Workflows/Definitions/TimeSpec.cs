namespace ToanDan.Awards.Workflows.Definitions;

/// <summary>What a time is measured from.</summary>
public enum TimeAnchor
{
    /// <summary>From the moment the task opened (the default).</summary>
    TaskOpened,
    /// <summary>From the task's deadline: <c>-P2D</c> is two days before it (<c>award:anchor="due"</c>).</summary>
    TaskDue,
}

/// <summary>
/// A duration in calendar time (an ISO 8601 duration such as <c>P10D</c> or <c>PT12H</c>) or in working days,
/// measured from an anchor.
/// </summary>
/// <param name="Calendar">A calendar duration; used when <paramref name="WorkingDays"/> is null.</param>
/// <param name="WorkingDays">A number of working days (may be negative before an anchor), or null.</param>
/// <param name="Anchor">What the duration is measured from.</param>
/// <param name="Text">The text as written in the diagram, kept for export.</param>
public sealed record TimeSpec(TimeSpan Calendar, int? WorkingDays, TimeAnchor Anchor, string Text)
{
    /// <summary>True when the duration counts working days.</summary>
    public bool InWorkingDays => WorkingDays is not null;

    /// <summary>A fixed date and time (<c>timeDate</c>) instead of a duration, or null.</summary>
    public DateTimeOffset? Date { get; init; }
}
