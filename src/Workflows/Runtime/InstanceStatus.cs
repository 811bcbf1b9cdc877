namespace ToanDan.Awards.Workflows.Runtime;

/// <summary>Where an instance is in its life.</summary>
public enum InstanceStatus
{
    /// <summary>Waiting on at least one task or timer.</summary>
    Running,
    /// <summary>Reached an end: every token is consumed, or a terminate end event was reached.</summary>
    Completed,
    /// <summary>Cancelled from outside (the nomination was withdrawn).</summary>
    Cancelled,
    /// <summary>A called instance ended by an error it did not catch; the error went to its caller's call activity.</summary>
    Failed,
}
