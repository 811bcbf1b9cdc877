using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Calendar;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

public class MessageAndTimerEventTests
{
    private const string Supplement = "ho-so-bo-sung-da-nhan";
    private const string Ministry = "quyet-dinh-bo-da-ve";

    [Fact]
    public void A_receive_task_waits_for_its_message_and_takes_its_variables()
    {
        var definition = new FlowBuilder().Start().Receive("wait", Supplement).Xor("gate", "ok").End("end", "approved").End("no", "refused")
            .Chain("start", "wait", "gate").Flow("gate", "no", "supplement.complete == false").Flow("gate", "end", id: "ok").Build();
        var driver = new Driver(definition).Start();
        Assert.Equal(InstanceStatus.Running, driver.State.Status);
        Assert.Equal(Supplement, Assert.Single(driver.State.AwaitedMessages).MessageName);
        Assert.Single(driver.LastEffects.OfType<MessageAwaited>());

        driver.Deliver(Supplement, new JsonObject { ["supplement"] = new JsonObject { ["complete"] = true } });

        Assert.Equal(("approved", InstanceStatus.Completed), (driver.State.Result, driver.State.Status));
        Assert.Contains(driver.State.Journal, j => j.Kind == JournalKind.MessageReceived && j.Comment == Supplement && j.Actor == "host");
    }

    [Fact]
    public void A_message_nobody_waits_for_is_refused_naming_what_is_awaited()
    {
        var definition = new FlowBuilder().Start().MessageCatch("wait", Supplement).End().Chain("start", "wait", "end").Build();
        var driver = new Driver(definition).Start();

        var error = Assert.Throws<WorkflowException>(() => driver.Deliver(Ministry));

        Assert.Equal(WorkflowError.MessageNotAwaited, error.Error);
        Assert.Contains($"'{Ministry}'", error.Message);
        Assert.Contains($"'{Supplement}'", error.Message);
        driver.Deliver(Supplement);
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    [Fact]
    public void An_interrupting_message_boundary_closes_the_task_and_takes_its_path()
    {
        var definition = new FlowBuilder().Start().Task("pv05").MessageBoundary("decided", "pv05", true, Ministry).End("end").End("ministry", "approved")
            .Chain("start", "pv05", "end").Chain("decided", "ministry").Build();
        var driver = new Driver(definition).Start().Deliver(Ministry);

        Assert.Equal(("approved", InstanceStatus.Completed), (driver.State.Result, driver.State.Status));
        Assert.Contains(driver.LastEffects, e => e is TaskClosed { ElementId: "pv05", Reason: TaskCloseReason.Interrupted });
        Assert.Empty(driver.State.AwaitedMessages);
    }

    [Fact]
    public void A_non_interrupting_message_boundary_runs_beside_the_task_and_the_subscription_ends_with_the_task()
    {
        var definition = new FlowBuilder().Start().Task("pv05").MessageBoundary("note", "pv05", false, Supplement).Send("mail").End("end").End("noted")
            .Chain("start", "pv05", "end").Chain("note", "mail", "noted").Build();
        var driver = new Driver(definition).Start().Deliver(Supplement);

        Assert.Equal(["pv05"], driver.OpenElements);
        Assert.Single(driver.LastEffects.OfType<NotificationRequested>());
        Assert.Empty(driver.State.AwaitedMessages);
        driver.Complete("pv05", "approve");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    [Fact]
    public void A_message_boundary_on_a_still_open_task_ends_when_the_task_completes()
    {
        var definition = new FlowBuilder().Start().Task("pv05").MessageBoundary("note", "pv05", false, Supplement).End("end").End("noted")
            .Chain("start", "pv05", "end").Chain("note", "noted").Build();
        var driver = new Driver(definition).Start().Complete("pv05", "approve");

        Assert.Contains(driver.LastEffects, e => e is MessageAwaitEnded { MessageName: Supplement });
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    /// <summary>After the request for the ministry's decision: the decision arrives, or 10 working days pass.</summary>
    private static WorkflowDefinition Race() => new FlowBuilder()
        .Start().EventGateway("race").MessageCatch("decision", Ministry).TimerCatch("timeout", FlowBuilder.WorkingDays(10))
        .End("decided", "approved").Task("chase", role: "pv05-reviewer").End("chased")
        .Chain("start", "race").Chain("race", "decision", "decided").Chain("race", "timeout", "chase", "chased").Build();

    [Fact]
    public void At_an_event_based_gateway_the_message_wins_when_it_comes_first()
    {
        var driver = new Driver(Race()).Start();
        Assert.Single(driver.State.PendingTimers);
        Assert.Single(driver.State.AwaitedMessages);

        driver.Deliver(Ministry);

        Assert.Equal(("approved", InstanceStatus.Completed), (driver.State.Result, driver.State.Status));
        Assert.Contains(driver.LastEffects, e => e is TimerCancelled);
        Assert.Empty(driver.State.PendingTimers);
    }

    [Fact]
    public void At_an_event_based_gateway_the_timer_wins_when_it_comes_first()
    {
        var driver = new Driver(Race()).Start().FireTimer("timeout");

        Assert.Equal(["chase"], driver.OpenElements);
        Assert.Empty(driver.State.AwaitedMessages);
        Assert.Equal(WorkflowError.MessageNotAwaited, Assert.Throws<WorkflowException>(() => driver.Deliver(Ministry)).Error);
    }

    [Fact]
    public void A_timer_catch_event_waits_five_working_days_skipping_the_weekend_and_holidays()
    {
        var holidays = new WorkingCalendar([new DateOnly(2026, 3, 4)]);
        var definition = new FlowBuilder().Start().TimerCatch("disclosure", FlowBuilder.WorkingDays(5)).Task("sign", role: "director").End()
            .Chain("start", "disclosure", "sign", "end").Build();
        var driver = new Driver(definition, holidays).Start();

        var timer = Assert.Single(driver.State.PendingTimers);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(7)), timer.DueAt);
        Assert.Equal(WorkflowError.TimerNotDue, Assert.Throws<WorkflowException>(() => driver.Execute(new FireTimer(timer.Id))).Error);

        driver.FireTimer("disclosure");
        Assert.Equal(["sign"], driver.OpenElements);
    }

    [Fact]
    public void A_timer_catch_event_can_wait_until_a_date()
    {
        var date = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var definition = new FlowBuilder().Start().TimerCatch("until", new TimeSpec(TimeSpan.Zero, null, TimeAnchor.TaskOpened, "2026-04-01T08:00:00+07:00") { Date = date })
            .End().Chain("start", "until", "end").Build();

        var driver = new Driver(definition).Start();

        Assert.Equal(date, Assert.Single(driver.State.PendingTimers).DueAt);
        driver.FireTimer("until");
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    [Fact]
    public void Messages_in_parallel_branches_go_to_the_branch_that_waits()
    {
        var definition = new FlowBuilder().Start().And("split").Receive("a", Supplement).Receive("b", Ministry).And("join").End()
            .Chain("start", "split").Chain("split", "a", "join").Chain("split", "b", "join").Chain("join", "end").Build();

        var driver = new Driver(definition).Start().Deliver(Ministry);
        Assert.Equal(Supplement, Assert.Single(driver.State.AwaitedMessages).MessageName);
        driver.Deliver(Supplement);

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    [Fact]
    public void Cancelling_the_instance_ends_every_subscription()
    {
        var driver = new Driver(Race()).Start().Execute(new CancelInstance("admin", "rút"));

        Assert.Contains(driver.LastEffects, e => e is MessageAwaitEnded);
        Assert.Contains(driver.LastEffects, e => e is TimerCancelled);
        Assert.Empty(driver.State.AwaitedMessages);
    }
}
