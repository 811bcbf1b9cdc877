using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Host.Workflow;

/// <summary>
/// Where a return goes and which returns brought a step about, read from the workflow itself rather than from step ids,
/// so that an administrator's own diagram is described as truly as the defaults: the unit's clerk, or PV05 when an upper
/// level (Sở Nội vụ, Văn phòng UBND, Cục V05, Văn phòng Bộ, the council, the decider) returns a dossier.
/// </summary>
public static class ReturnRouting
{
    /// <summary>
    /// The role whose step a "return" on this task would open, by a dry run of the (pure) engine on the instance's state.
    /// A step of a parallel review only joins the others, so they are taken as approved until a step opens.
    /// </summary>
    public static string? ReturnsTo(WorkflowEngine engine, WorkflowDefinition definition, InstanceState state, string taskId, DateTimeOffset now)
    {
        var before = state.OpenTasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        if (!before.Contains(taskId)) return null;
        try
        {
            var result = engine.Execute(definition, state, new CompleteTask(taskId, Outcomes.Return, "dry-run"), now);
            for (var guard = 0; guard < 10 && result.State.Status == InstanceStatus.Running; guard++)
            {
                if (result.State.OpenTasks.FirstOrDefault(t => !before.Contains(t.Id)) is { } opened) return opened.CandidateRole;
                var sibling = result.State.OpenTasks.FirstOrDefault(t => definition.FindNode(t.ElementId) is UserTask u && u.Offered(Outcomes.Approve) is not null);
                if (sibling is null) return null;
                result = engine.Execute(definition, result.State, new CompleteTask(sibling.Id, Outcomes.Approve, "dry-run"), now);
            }
        }
        catch (WorkflowException)
        {
            // A diagram whose return cannot run says nothing about where it goes; the button keeps its plain word.
        }
        return null;
    }

    /// <summary>The returns that opened this task: steps completed with "return" since the step opened just before it.</summary>
    public static IReadOnlyList<JournalEntry> ReturnsThatOpened(InstanceState state, string taskId)
    {
        var journal = state.Journal;
        var opened = -1;
        for (var i = journal.Count - 1; i >= 0 && opened < 0; i--)
            if (journal[i].Kind == JournalKind.TaskOpened && journal[i].TaskId == taskId) opened = i;
        var returns = new List<JournalEntry>();
        for (var i = opened - 1; i >= 0 && journal[i].Kind is not (JournalKind.TaskOpened or JournalKind.Started); i--)
            if (journal[i] is { Kind: JournalKind.TaskCompleted, Outcome: Outcomes.Return }) returns.Add(journal[i]);
        returns.Reverse();
        return returns;
    }
}
