using ToanDan.Awards.Workflows.Calendar;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Execution;

/// <summary>
/// Runs BPMN workflows: <c>(definition, state, command, clock) → (new state, effects)</c>. Pure and deterministic:
/// no I/O, no hidden clock, ids drawn from the state itself. Thread-safe; one engine serves every instance.
/// </summary>
/// <param name="calendar">The working calendar used for deadlines and timers counted in working days.</param>
public sealed class WorkflowEngine(IWorkingCalendar calendar)
{
    /// <summary>An engine with a Monday-to-Friday calendar and no holidays.</summary>
    public WorkflowEngine() : this(WorkingCalendar.WeekendsOnly) { }

    /// <summary>The calendar deadlines are counted in.</summary>
    public IWorkingCalendar Calendar { get; } = calendar;

    /// <summary>Starts a new instance.</summary>
    /// <param name="definition">A valid definition.</param>
    /// <param name="command">The instance id, version and initial variables.</param>
    /// <param name="at">The clock: when this happens.</param>
    /// <exception cref="WorkflowException">The definition cannot run, or the flow cannot move from the start.</exception>
    public StepResult Start(WorkflowDefinition definition, StartInstance command, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(command);
        var start = definition.StartEvent;
        if (start is null || definition.Nodes.Any(n => n is UnsupportedNode))
            throw new WorkflowException(WorkflowError.DefinitionInvalid,
                $"Quy trình '{definition.Key}' còn lỗi, chưa thể chạy. Hãy kiểm tra quy trình trước khi dùng.");

        var state = InstanceState.New(command.InstanceId, definition.Key, command.DefinitionVersion, at);
        state.CalledFrom = command.CalledFrom;
        if (command.Variables is not null)
            foreach (var (name, value) in command.Variables)
                state.VariableObject[name] = value?.DeepClone();
        var run = new Run(definition, state, Calendar, at);
        run.Journal(JournalKind.Started, start.Id, actor: command.Actor);
        run.LeaveNode(start, run.NewToken(start.Id, null, null), relatedTask: null);
        return run.Finish();
    }

    /// <summary>Applies a command to a running instance.</summary>
    /// <param name="definition">The definition (the version) the instance runs on.</param>
    /// <param name="state">The instance's current state; it is not modified.</param>
    /// <param name="command">What to do.</param>
    /// <param name="at">The clock: when this happens.</param>
    /// <exception cref="WorkflowException">The command is refused; <paramref name="state"/> is unchanged.</exception>
    public StepResult Execute(WorkflowDefinition definition, InstanceState state, WorkflowCommand command, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (command is StartInstance start) return Start(definition, start, at);
        if (state.DefinitionKey != definition.Key)
            throw new WorkflowException(WorkflowError.DefinitionMismatch,
                $"Hồ sơ đang chạy theo quy trình '{state.DefinitionKey}', không phải '{definition.Key}'.");
        if (command.ExpectedInstanceId is not null && command.ExpectedInstanceId != state.InstanceId)
            throw new WorkflowException(WorkflowError.WrongInstance, "Bước này thuộc một hồ sơ khác; thao tác không được thực hiện.");
        if (state.Status != InstanceStatus.Running)
            throw new WorkflowException(WorkflowError.InstanceNotRunning, "Quy trình của hồ sơ này đã kết thúc.");

        var run = new Run(definition, state.Copy(), Calendar, at);
        switch (command)
        {
            case CompleteTask complete: run.CompleteTask(complete); break;
            case FireTimer fire: run.FireTimer(fire); break;
            case CancelInstance cancel: run.Cancel(cancel); break;
            case DeliverMessage message: run.DeliverMessage(message); break;
            case CompleteCallActivity call: run.CompleteCall(call); break;
            case EscalateCallActivity escalate: run.EscalateCall(escalate); break;
            case SupplyRoleHolders holders: run.SupplyHolders(holders); break;
            case RecordCalledInstance record: run.RecordCall(record); break;
            case ClaimTask claim: run.Claim(claim); break;
            case ReleaseTask release: run.Release(release); break;
            default: throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command));
        }
        return run.Finish();
    }
}
