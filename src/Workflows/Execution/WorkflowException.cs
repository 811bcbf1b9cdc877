namespace ToanDan.Awards.Workflows.Execution;

/// <summary>Why a command was refused. The instance state the caller holds is unchanged.</summary>
public enum WorkflowError
{
    /// <summary>The instance has ended or was cancelled.</summary>
    InstanceNotRunning,
    /// <summary>No task with that id was ever opened in this instance.</summary>
    TaskNotFound,
    /// <summary>The task was already completed (e.g. a second click on an approval).</summary>
    TaskAlreadyCompleted,
    /// <summary>The task was closed without being completed (escalated, withdrawn, cancelled).</summary>
    TaskClosed,
    /// <summary>The outcome is not one the task offers.</summary>
    OutcomeNotAllowed,
    /// <summary>No pending timer has that id.</summary>
    TimerNotPending,
    /// <summary>The timer is not due yet at the command's clock.</summary>
    TimerNotDue,
    /// <summary>An exclusive gateway found no flow whose condition holds and has no default flow.</summary>
    NoFlowMatched,
    /// <summary>A condition could not be evaluated on the instance's variables.</summary>
    ConditionFailed,
    /// <summary>The command names another instance than the state given.</summary>
    WrongInstance,
    /// <summary>The state belongs to another workflow than the definition given.</summary>
    DefinitionMismatch,
    /// <summary>The definition has validation errors and cannot run.</summary>
    DefinitionInvalid,
    /// <summary>The flow kept moving without ever waiting (a loop of gateways); the command was stopped.</summary>
    StepLimitExceeded,
    /// <summary>No receive task, message event or message boundary event of the instance waits for that message.</summary>
    MessageNotAwaited,
    /// <summary>No call activity of the instance waits with that id.</summary>
    CallNotPending,
    /// <summary>An error was thrown that no boundary event catches.</summary>
    ErrorNotCaught,
    /// <summary>The task was claimed by someone else.</summary>
    TaskClaimedByOther,
    /// <summary>A multi-instance task's list or count could not be read from the variables.</summary>
    LoopInvalid,
}

/// <summary>
/// A command the engine refuses, with a code for programs and a Vietnamese message for people.
/// Thrown before any state is returned: the caller's state is unchanged.
/// </summary>
public sealed class WorkflowException(WorkflowError error, string message, string? elementId = null) : Exception(message)
{
    /// <summary>Why the command was refused.</summary>
    public WorkflowError Error { get; } = error;

    /// <summary>The BPMN element concerned, if any.</summary>
    public string? ElementId { get; } = elementId;
}
