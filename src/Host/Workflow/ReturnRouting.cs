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
    /// Where a "return" on this task would send the dossier, by a dry run of the (pure) engine on the instance's state: the
    /// role whose step it opens, and whether that step is a vote of several people (a multi-instance step, e.g. one ballot
    /// per council member over <c>roleHolders</c>, whose holders the host names only afterwards). A step of a parallel
    /// review only joins the others, so they are taken as approved until a step opens.
    /// </summary>
    public static ReturnTarget? ReturnsTo(WorkflowEngine engine, WorkflowDefinition definition, InstanceState state, string taskId, DateTimeOffset now)
    {
        var before = state.OpenTasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        if (!before.Contains(taskId)) return null;
        var loopsBefore = state.Loops.Select(l => l.TokenId).ToHashSet(StringComparer.Ordinal);
        try
        {
            var result = engine.Execute(definition, state, new CompleteTask(taskId, Outcomes.Return, "dry-run"), now);
            for (var guard = 0; guard < 10 && result.State.Status == InstanceStatus.Running; guard++)
            {
                if (result.State.OpenTasks.FirstOrDefault(t => !before.Contains(t.Id)) is { } opened)
                    return new ReturnTarget(opened.CandidateRole, definition.FindNode(opened.ElementId) is UserTask { Loop: not null });
                if (result.State.Loops.FirstOrDefault(l => l.AwaitingHolders == true && !loopsBefore.Contains(l.TokenId)) is { } vote)
                    return definition.FindNode(vote.ElementId) is UserTask { Candidate.Role: { } role } ? new ReturnTarget(role, true) : null;
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

    /// <summary>
    /// The returns that opened this task: steps completed with "return" since the step opened just before it. For one
    /// instance of a multi-instance step, its sibling instances do not count as that step: every member's ballot opened by
    /// the return says so, not only the first.
    /// </summary>
    public static IReadOnlyList<JournalEntry> ReturnsThatOpened(WorkflowDefinition definition, InstanceState state, string taskId)
    {
        var journal = state.Journal;
        var opened = -1;
        for (var i = journal.Count - 1; i >= 0 && opened < 0; i--)
            if (journal[i].Kind == JournalKind.TaskOpened && journal[i].TaskId == taskId) opened = i;
        var siblings = opened >= 0 && definition.FindNode(journal[opened].ElementId ?? "") is UserTask { Loop: not null } ? journal[opened].ElementId : null;
        var returns = new List<JournalEntry>();
        for (var i = opened - 1; i >= 0 && !(journal[i].Kind is JournalKind.Started
                 || journal[i].Kind is JournalKind.TaskOpened && (siblings is null || journal[i].ElementId != siblings)); i--)
            if (journal[i] is { Kind: JournalKind.TaskCompleted, Outcome: Outcomes.Return }) returns.Add(journal[i]);
        returns.Reverse();
        return returns;
    }
}

/// <summary>Where a return goes: the role whose step it opens, and whether that step is a vote of each of the role's holders.</summary>
public sealed record ReturnTarget(string? Role, bool Vote);
