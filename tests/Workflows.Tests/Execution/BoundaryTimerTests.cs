using ToanDan.Awards.Workflows.Calendar;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

public class BoundaryTimerTests
{
    /// <summary>pv05 (due in 8 working days) with a reminder 2 working days before the deadline,
    /// one at the deadline, and an escalation 3 working days after it to the director.</summary>
    private static Driver Watched(IWorkingCalendar? calendar = null) => new(new FlowBuilder()
        .Start().Task("pv05", dueInWorkingDays: 8).Task("next").Task("escalated", role: "director")
        .Timer("before", "pv05", false, FlowBuilder.WorkingDays(-2, TimeAnchor.TaskDue))
        .Timer("atDue", "pv05", false, FlowBuilder.WorkingDays(0, TimeAnchor.TaskDue))
        .Timer("late", "pv05", true, FlowBuilder.WorkingDays(3, TimeAnchor.TaskDue))
        .Send("remind", "task-reminder", "pv05-reviewer").Send("escalate", "task-escalated", "director").End("quiet").End("end", "approved")
        .Chain("start", "pv05", "next", "end")
        .Chain("before", "remind", "quiet").Chain("atDue", "remind")
        .Chain("late", "escalate", "escalated", "next")
        .Build(), calendar);

    [Fact]
    public void Opening_a_task_schedules_its_timers_against_the_deadline()
    {
        var driver = Watched().Start();
        var due = driver.TaskAt("pv05").DueAt!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.FromHours(7)), due);
        var timers = driver.State.PendingTimers.ToDictionary(t => t.ElementId, t => t.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(7)), timers["before"]);
        Assert.Equal(due, timers["atDue"]);
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 9, 0, 0, TimeSpan.FromHours(7)), timers["late"]);
        Assert.Equal(3, driver.LastEffects.OfType<TimerScheduled>().Count());
    }

    [Fact]
    public void Holidays_push_the_deadline_back()
    {
        var calendar = new WorkingCalendar([new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 5)]);

        var driver = Watched(calendar).Start();

        Assert.Equal(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.FromHours(7)), driver.TaskAt("pv05").DueAt);
    }

    [Fact]
    public void A_reminder_sends_mail_and_leaves_the_task_open()
    {
        var driver = Watched().Start().FireTimer("before");

        var mail = Assert.Single(driver.LastEffects.OfType<NotificationRequested>());
        Assert.Equal(("task-reminder", "pv05-reviewer"), (mail.Template, mail.Recipient!.Role));
        Assert.Equal(driver.TaskAt("pv05").Id, mail.RelatedTaskId);
        Assert.Equal(["pv05"], driver.OpenElements);
        Assert.Equal(InstanceStatus.Running, driver.State.Status);
        Assert.Equal(["atDue", "late"], driver.State.PendingTimers.Select(t => t.ElementId).Order());
    }

    [Fact]
    public void An_escalation_closes_the_task_and_hands_the_dossier_up()
    {
        var driver = Watched().Start();
        var late = driver.TaskAt("pv05").Id;

        driver.FireTimer("late");

        Assert.Equal(["escalated"], driver.OpenElements);
        Assert.Contains(driver.LastEffects, e => e is TaskClosed { ElementId: "pv05", Reason: TaskCloseReason.Escalated });
        var mail = Assert.Single(driver.LastEffects.OfType<NotificationRequested>());
        Assert.Equal(("task-escalated", late), (mail.Template, mail.RelatedTaskId));
        Assert.DoesNotContain(driver.State.PendingTimers, t => t.TaskId == late);
        Assert.Equal(2, driver.LastEffects.OfType<TimerCancelled>().Count());
    }

    [Fact]
    public void Completing_the_escalated_task_is_refused_as_closed()
    {
        var driver = Watched().Start();
        var taskId = driver.TaskAt("pv05").Id;
        driver.FireTimer("late");

        var error = Assert.Throws<WorkflowException>(() => driver.Execute(new CompleteTask(taskId, "approve", "late.reviewer")));

        Assert.Equal(WorkflowError.TaskClosed, error.Error);
    }

    [Fact]
    public void A_timer_that_is_not_due_yet_does_not_fire()
    {
        var driver = Watched().Start();
        var timer = driver.State.PendingTimers.Single(t => t.ElementId == "late");

        var error = Assert.Throws<WorkflowException>(() => driver.Execute(new FireTimer(timer.Id)));

        Assert.Equal(WorkflowError.TimerNotDue, error.Error);
    }

    [Fact]
    public void Completing_a_task_cancels_its_timers()
    {
        var driver = Watched().Start().Complete("pv05", "approve");

        Assert.Empty(driver.State.PendingTimers);
        Assert.Equal(3, driver.LastEffects.OfType<TimerCancelled>().Count());
        Assert.Throws<WorkflowException>(() => driver.Execute(new FireTimer("m2")));
    }

    [Fact]
    public void Calendar_timers_count_hours_from_when_the_task_opened()
    {
        var driver = new Driver(new FlowBuilder().Start().Task("a").Timer("t", "a", false, FlowBuilder.Hours(36)).Send("s").End()
            .Chain("start", "a", "end").Chain("t", "s", "end").Build()).Start();

        Assert.Equal(Driver.Monday.AddHours(36), driver.State.PendingTimers.Single().DueAt);
    }
}
