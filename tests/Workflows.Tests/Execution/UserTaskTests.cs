using ToanDan.Awards.Workflows.Execution;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Execution;

public class UserTaskTests
{
    private static Driver Sequential() => new(new FlowBuilder()
        .Start().Task("commune", role: "commune-police", level: "commune", dueInWorkingDays: 5).Task("pv05").End("end", "approved")
        .Chain("start", "commune", "pv05", "end").Build());

    [Fact]
    public void Starting_opens_the_first_task_for_its_role_and_level()
    {
        var driver = Sequential().Start();

        var task = Assert.Single(driver.State.OpenTasks);
        Assert.Equal("commune", task.ElementId);
        Assert.Equal("commune-police", task.CandidateRole);
        Assert.Equal("commune", task.UnitLevel);
        var opened = Assert.Single(driver.LastEffects.OfType<TaskOpened>());
        Assert.Equal(task, opened.Task);
        Assert.Equal("Bước commune", opened.Name);
    }

    [Fact]
    public void Deadline_in_working_days_skips_the_weekend()
    {
        var driver = Sequential().Start();

        // Monday 2 March + 5 working days = Monday 9 March, same time of day.
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(7)), driver.TaskAt("commune").DueAt);
    }

    [Fact]
    public void Approvals_sign_off_in_sequence_and_end_with_the_result()
    {
        var driver = Sequential().Start().Complete("commune", "approve");
        Assert.Equal(["pv05"], driver.OpenElements);

        driver.Complete("pv05", "approve");

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal("approved", driver.State.Result);
        Assert.Empty(driver.State.OpenTasks);
        Assert.Empty(driver.State.Tokens);
        var ended = Assert.Single(driver.LastEffects.OfType<InstanceEnded>());
        Assert.Equal("approved", ended.Result);
    }

    [Fact]
    public void Completion_sets_outcome_variables_and_the_journal_keeps_who_and_why()
    {
        var driver = Sequential().Start().Complete("commune", "approve", actor: "ca.xa.dong.tien", comment: "Hồ sơ đầy đủ");

        Assert.Equal("approve", driver.State.Variables["outcome"]!.GetValue<string>());
        Assert.Equal("approve", driver.State.Variables["outcomes"]!["commune"]!.GetValue<string>());
        var entry = driver.State.Journal.Single(j => j.Kind == JournalKind.TaskCompleted);
        Assert.Equal(("ca.xa.dong.tien", "approve", "Hồ sơ đầy đủ"), (entry.Actor, entry.Outcome, entry.Comment));
    }

    [Fact]
    public void Outcome_is_matched_without_regard_to_case()
    {
        var driver = Sequential().Start().Complete("commune", " APPROVE ");

        Assert.Equal(["pv05"], driver.OpenElements);
    }

    [Fact]
    public void An_outcome_the_task_does_not_offer_is_refused_and_changes_nothing()
    {
        var driver = Sequential().Start();
        var before = InstanceStateJson.Serialize(driver.State);

        var error = Assert.Throws<WorkflowException>(() => driver.Complete("commune", "maybe"));

        Assert.Equal(WorkflowError.OutcomeNotAllowed, error.Error);
        Assert.Contains("approve, return, reject", error.Message);
        Assert.Equal(before, InstanceStateJson.Serialize(driver.State));
    }

    [Fact]
    public void A_second_completion_of_the_same_task_is_refused_as_already_completed()
    {
        var driver = Sequential().Start();
        var taskId = driver.TaskAt("commune").Id;
        driver.Complete("commune", "approve", actor: "nguyen.van.hung");

        var error = Assert.Throws<WorkflowException>(() => driver.Execute(new CompleteTask(taskId, "approve", "tran.thi.lan")));

        Assert.Equal(WorkflowError.TaskAlreadyCompleted, error.Error);
        Assert.Contains("nguyen.van.hung", error.Message);
    }

    [Fact]
    public void A_task_that_never_existed_is_refused_as_not_found()
    {
        var driver = Sequential().Start();

        var error = Assert.Throws<WorkflowException>(() => driver.Execute(new CompleteTask("t999", "approve", "x")));

        Assert.Equal(WorkflowError.TaskNotFound, error.Error);
    }

    [Fact]
    public void A_task_of_another_instance_is_refused_as_wrong_instance()
    {
        var driver = Sequential().Start();
        var taskId = driver.TaskAt("commune").Id;

        var error = Assert.Throws<WorkflowException>(() =>
            driver.Execute(new CompleteTask(taskId, "approve", "x") { ExpectedInstanceId = "another-dossier" }));

        Assert.Equal(WorkflowError.WrongInstance, error.Error);
        Assert.Equal(["commune"], driver.OpenElements);
    }

    [Fact]
    public void Commands_on_an_ended_instance_are_refused()
    {
        var driver = Sequential().Start().Complete("commune", "approve").Complete("pv05", "approve");

        var error = Assert.Throws<WorkflowException>(() => driver.Execute(new CancelInstance("admin", "thử")));

        Assert.Equal(WorkflowError.InstanceNotRunning, error.Error);
    }

    [Fact]
    public void A_state_of_another_workflow_is_refused()
    {
        var driver = Sequential().Start();
        var other = new FlowBuilder("other").Start().End().Chain("start", "end").Build();

        var error = Assert.Throws<WorkflowException>(() =>
            new WorkflowEngine().Execute(other, driver.State, new CancelInstance("a", null), Driver.Monday));

        Assert.Equal(WorkflowError.DefinitionMismatch, error.Error);
    }

    [Fact]
    public void Cancelling_closes_every_task_and_timer()
    {
        var driver = new Driver(new FlowBuilder().Start().Task("a", dueInWorkingDays: 3)
            .Timer("remind", "a", false, FlowBuilder.WorkingDays(1)).Send("mail").End()
            .Chain("start", "a", "end").Chain("remind", "mail", "end").Build()).Start();

        driver.Execute(new CancelInstance("admin", "Đơn vị rút hồ sơ"));

        Assert.Equal(InstanceStatus.Cancelled, driver.State.Status);
        Assert.Empty(driver.State.OpenTasks);
        Assert.Empty(driver.State.PendingTimers);
        Assert.Contains(driver.LastEffects, e => e is TaskClosed { Reason: TaskCloseReason.Cancelled });
        Assert.Contains(driver.LastEffects, e => e is TimerCancelled);
        Assert.Equal("Đơn vị rút hồ sơ", driver.State.Journal[^1].Comment);
    }

    [Fact]
    public void The_journal_only_grows()
    {
        var driver = Sequential().Start();
        var first = driver.State.Journal.ToList();

        driver.Complete("commune", "approve");

        Assert.Equal(first, driver.State.Journal.Take(first.Count));
        Assert.True(driver.State.Journal.Count > first.Count);
        Assert.Equal(Enumerable.Range(1, driver.State.Journal.Count), driver.State.Journal.Select(j => j.Seq));
    }
}
