using System.Collections.Immutable;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Execution;

/// <summary>What a command produced: the new state and the effects for the host, in the order they happened.</summary>
/// <param name="State">The instance's new state.</param>
/// <param name="Effects">Tasks opened and closed, timers set, messages to send, the end.</param>
public sealed record StepResult(InstanceState State, ImmutableArray<WorkflowEffect> Effects);
